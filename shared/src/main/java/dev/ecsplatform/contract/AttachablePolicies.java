package dev.ecsplatform.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The managed policies a stack may attach to its roles ({@code services.<name>.taskRolePolicies}), which is exactly
 * what its deploy roles may attach ({@code iam:PolicyARN}) and what the stack roles' permissions boundary lets through:
 * one list for the main program's validation and the bootstrap's policies.
 *
 * <p>AWS managed policies are listed one by one with the part of each a task uses (copied from the AWS Managed Policy
 * Reference, where the whole document of each is published); the boundary allows those actions and nothing more, so
 * a policy's console-only extras (AmazonDynamoDBReadOnlyAccess also reads CloudWatch, Data Pipeline, IAM and Lambda)
 * never reach a task. Customer managed policies of the stack's own account are attachable too, except the
 * bootstrap's own (path {@code /bootstrap/}: the deploy policies and the boundaries); what they grant is capped by the
 * same boundary, so they can narrow a task's access (one bucket rather than all) but never widen it. Adding an AWS
 * managed policy here is a change to what every stack role can be given: review it like one, then re-run the
 * bootstrap.
 */
public final class AttachablePolicies {

    /**
     * One AWS managed policy a stack may attach.
     *
     * @param pathAndName what follows {@code policy/} in its ARN
     * @param taskActions the actions of it a task uses, which the permissions boundary lets through
     */
    public record AwsManaged(String pathAndName, List<String> taskActions) {

        public AwsManaged {
            taskActions = List.copyOf(taskActions);
        }

        public String arn(String partition) {
            return "arn:" + partition + ":iam::aws:policy/" + pathAndName;
        }
    }

    /**
     * Not AmazonECSTaskExecutionRolePolicy: the program writes each execution role a narrower policy (its own
     * repository, log groups and secrets), and the managed one would let a role write every log group of the account.
     */
    public static final List<AwsManaged> AWS_MANAGED = List.of(
            new AwsManaged("AmazonS3ReadOnlyAccess", List.of(
                    "s3:Get*", "s3:List*", "s3:Describe*", "s3-object-lambda:Get*", "s3-object-lambda:List*")),
            new AwsManaged("AmazonDynamoDBReadOnlyAccess", List.of(
                    "dynamodb:BatchGetItem", "dynamodb:Describe*", "dynamodb:List*", "dynamodb:GetItem",
                    "dynamodb:Query", "dynamodb:Scan", "dynamodb:PartiQLSelect")),
            new AwsManaged("AWSXRayDaemonWriteAccess", List.of(
                    "xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules",
                    "xray:GetSamplingTargets", "xray:GetSamplingStatisticSummaries")));

    private static final Pattern AWS_MANAGED_ARN = Pattern.compile("arn:aws(?:-[a-z]+)*:iam::aws:policy/(.+)");
    private static final Pattern CUSTOMER_MANAGED_ARN = Pattern.compile("arn:aws(?:-[a-z]+)*:iam::\\d{12}:policy/(.+)");
    private static final String BOOTSTRAP_PATH = StackContract.BOOTSTRAP_IAM_PATH.substring(1);

    private AttachablePolicies() {
    }

    /** The catalogue entry of an AWS managed policy ARN, if it is one a stack may attach. */
    public static Optional<AwsManaged> awsManaged(String policyArn) {
        var matcher = AWS_MANAGED_ARN.matcher(policyArn);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return AWS_MANAGED.stream().filter(policy -> policy.pathAndName().equals(matcher.group(1))).findFirst();
    }

    public static boolean isAwsManaged(String policyArn) {
        return AWS_MANAGED_ARN.matcher(policyArn).matches();
    }

    /**
     * Whether a stack may attach the policy: a catalogued AWS managed one, or a customer managed one outside the
     * bootstrap's path (its account must be the stack's own, which only the deploy policy can check).
     */
    public static boolean isAttachable(String policyArn) {
        if (isAwsManaged(policyArn)) {
            return awsManaged(policyArn).isPresent();
        }
        var matcher = CUSTOMER_MANAGED_ARN.matcher(policyArn);
        return matcher.matches() && !matcher.group(1).startsWith(BOOTSTRAP_PATH);
    }

    /** The ARN patterns a stack may attach, for the deploy policy's {@code ArnLike iam:PolicyARN}. */
    public static List<String> arnPatterns(AwsAccount account) {
        var patterns = new ArrayList<String>();
        AWS_MANAGED.forEach(policy -> patterns.add(policy.arn(account.partition())));
        patterns.add(account.iamArn("policy/*"));
        return patterns;
    }

    /** The customer managed policies no stack may attach, for the deploy policy's {@code ArnNotLike iam:PolicyARN}. */
    public static String bootstrapPolicies(AwsAccount account) {
        return account.iamArn("policy/" + BOOTSTRAP_PATH + "*");
    }

    /** For messages: what a stack may attach. */
    public static String expected() {
        var names = new ArrayList<String>();
        AWS_MANAGED.forEach(policy -> names.add(policy.arn("aws")));
        return "a managed policy the deploy roles may attach: one of " + String.join(", ", names)
                + ", or a customer managed policy of the stack's account outside /bootstrap/ (the list is"
                + " shared/src/main/java/dev/ecsplatform/contract/AttachablePolicies.java; the bootstrap grants exactly"
                + " it, and the stack roles' permissions boundary lets through only what those AWS managed policies"
                + " give a task)";
    }
}
