package dev.ecsplatform.contract;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for stack names, used by the config loader and the {@code plan} command. Pulumi itself
 * accepts capitals, {@code _} and {@code .} and up to 100 characters, but the stack name becomes part of S3
 * bucket, load balancer, target group, ECS cluster, task family and IAM role names, which accept lowercase
 * letters, digits and {@code -} only, and within tight lengths (a load balancer or target group name at most
 * 32 characters). So: 1 to 24 characters, lowercase letters, digits and {@code -}, starting with a letter,
 * not ending with {@code -}.
 */
public final class StackNameRule {

    public static final int MAX_LENGTH = 24;
    public static final String EXPECTED = "a stack name of 1 to " + MAX_LENGTH + " characters: lowercase letters, digits "
            + "and '-', starting with a letter, not ending with '-' (it becomes part of bucket, load balancer, "
            + "target group, cluster and role names, which allow no capitals, '_' or '.')";
    private static final Pattern NAME = Pattern.compile("[a-z]([a-z0-9-]*[a-z0-9])?");

    private StackNameRule() {
    }

    public static boolean isValid(String stack) {
        return stack.length() <= MAX_LENGTH && NAME.matcher(stack).matches();
    }

    /** A valid name close to {@code stack} ({@code Eu.Dev} gives {@code eu-dev}), when there is one. */
    public static Optional<String> suggestion(String stack) {
        var lower = stack.toLowerCase().replaceAll("[^a-z0-9-]+", "-").replaceAll("^[^a-z]+|-+$", "");
        var shortened = lower.length() > MAX_LENGTH ? lower.substring(0, MAX_LENGTH).replaceAll("-+$", "") : lower;
        return isValid(shortened) && !shortened.equals(stack) ? Optional.of(shortened) : Optional.empty();
    }
}
