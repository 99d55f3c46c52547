package dev.ecsplatform.contract;

import java.util.regex.Pattern;

/**
 * Which stack names the platform accepts. A stack name becomes part of IAM role and policy names, the access-log
 * bucket, load balancer and target group names, log groups and parameters, and the deploy roles' name patterns, so it
 * must be valid in all of them: lowercase (S3, ELB), no '_' or '.' (ELB, DNS), short enough that every derived name
 * keeps the stack prefix inside its limit.
 */
public final class StackNameRule {

    public static final int MAX_LENGTH = 24;

    private static final Pattern NAME = Pattern.compile("[a-z](?:[a-z0-9-]{0," + (MAX_LENGTH - 2) + "}[a-z0-9])?");

    /** What a valid name looks like, for messages. */
    public static final String EXPECTED = "a stack name of 1 to " + MAX_LENGTH + " characters: lowercase letters,"
            + " digits and '-', starting with a letter and not ending with '-' (it becomes part of IAM role, bucket,"
            + " load balancer and log group names)";

    private StackNameRule() {
    }

    public static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
