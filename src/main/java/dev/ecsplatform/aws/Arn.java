package dev.ecsplatform.aws;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An Amazon Resource Name, {@code arn:<partition>:<service>:<region>:<account>:<resource>}, and where it can be
 * used from. A stack lives in one partition (AWS Regions, China, GovCloud, the isolated ones): a principal of one
 * partition can never reach a resource of another, so an ARN whose partition is not the stack region's is a
 * resource the tasks cannot read, and a region field that is not a region (a zone such as {@code us-east-1a}) names
 * nothing. Partition from region follows the AWS General Reference ("Amazon Resource Names": partitions
 * {@code aws}, {@code aws-cn}, {@code aws-us-gov}; the isolated {@code aws-iso*} partitions by their region prefixes).
 *
 * @param partition the partition, e.g. {@code aws}
 * @param service   the service namespace, e.g. {@code secretsmanager}
 * @param region    the region, empty for global resources (IAM)
 * @param account   the account id, {@code aws} for AWS managed policies, or empty
 * @param resource  everything after the account (may hold further colons)
 */
public record Arn(String partition, String service, String region, String account, String resource) {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d{1,2}");
    private static final Pattern PARTITION = Pattern.compile("aws(-[a-z-]+)?");

    /** The parts of an ARN, or empty when the text does not have the six fields of one. */
    public static Optional<Arn> parse(String text) {
        var parts = text.split(":", 6);
        if (parts.length < 6 || !parts[0].equals("arn") || !PARTITION.matcher(parts[1]).matches() || parts[2].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Arn(parts[1], parts[2], parts[3], parts[4], parts[5]));
    }

    /** An AWS region name such as {@code us-east-1} or {@code us-gov-west-1} (not a zone such as {@code us-east-1a}). */
    public static boolean isRegion(String region) {
        return REGION.matcher(region).matches();
    }

    /** The partition a region belongs to. */
    public static String partitionOf(String region) {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        if (region.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        if (region.startsWith("us-isob-")) {
            return "aws-iso-b";
        }
        if (region.startsWith("us-iso-")) {
            return "aws-iso";
        }
        if (region.startsWith("eu-isoe-")) {
            return "aws-iso-e";
        }
        if (region.startsWith("us-isof-")) {
            return "aws-iso-f";
        }
        return "aws";
    }

    /**
     * Why a stack in {@code stackRegion} cannot use the resource {@code arn}, or empty when it can, or when the stack's
     * region or the ARN's shape is not known (those are refused where they are read).
     */
    public static Optional<String> unreachable(String arn, Optional<String> stackRegion) {
        return stackRegion.flatMap(region -> parse(arn).flatMap(parsed -> parsed.unreachableFrom(region)));
    }

    /**
     * Why a stack in {@code stackRegion} cannot use this resource, or empty when it can: a partition other than the
     * stack's, a region field that is no region, or a region of another partition.
     */
    public Optional<String> unreachableFrom(String stackRegion) {
        var stackPartition = partitionOf(stackRegion);
        if (!region.isEmpty() && !isRegion(region)) {
            return Optional.of("a region in its region field, such as " + stackRegion + " (" + region
                    + (region.matches(REGION.pattern() + "[a-z]") ? " is an availability zone, not a region)" : " is no region)"));
        }
        if (!partition.equals(stackPartition)) {
            return Optional.of("an ARN of partition " + stackPartition + ", the stack region " + stackRegion
                    + "'s (arn:" + stackPartition + ":…; it says arn:" + partition + ": nothing in one partition can "
                    + "reach a resource of another)");
        }
        if (!region.isEmpty() && !partitionOf(region).equals(partition)) {
            return Optional.of("a region of partition " + partition + " (" + region + " belongs to "
                    + partitionOf(region) + ")");
        }
        return Optional.empty();
    }
}
