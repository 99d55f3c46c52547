package dev.ecsplatform.config;

import dev.ecsplatform.aws.Arn;
import dev.ecsplatform.configkit.ConfigNode;
import java.util.regex.Pattern;

/** Name and DNS rules shared by the readers. */
public final class NameRules {

    /**
     * Service and client names become DNS labels, Service Connect discovery names, ECS service names
     * and parts of IAM role and log group names. 32 characters keeps every derived name inside
     * its AWS limit (IAM role names allow 64 with the project and stack prefix in front).
     */
    public static final int MAX_NAME_LENGTH = 32;
    private static final Pattern LABEL = Pattern.compile("[a-z]([a-z0-9-]*[a-z0-9])?");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    public static final String NAME_EXPECTED = "a DNS label: lowercase letters, digits and '-', starting with a letter, "
            + "not ending with '-', at most " + MAX_NAME_LENGTH + " characters";

    private NameRules() {
    }

    public static boolean isName(String name) {
        return name.length() <= MAX_NAME_LENGTH && LABEL.matcher(name).matches();
    }

    /** A DNS name of one or more labels, such as {@code dev.internal}; lowercase, at most 253 characters. */
    public static boolean isDnsName(String name) {
        if (name.isEmpty() || name.length() > 253 || name.endsWith(".") || name.startsWith(".")) {
            return false;
        }
        for (var label : name.split("\\.", -1)) {
            if (!DNS_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        // A top-level label made only of digits would read as an IP address.
        var last = name.substring(name.lastIndexOf('.') + 1);
        return !last.chars().allMatch(Character::isDigit);
    }

    public static boolean isRegion(String region) {
        return Arn.isRegion(region);
    }

    /**
     * Names the platform's own resources use beside the services' (e.g. {@code <stack>-alb-sg},
     * {@code <stack>-endpoints-sg}); a service of that name would make two resources share a name.
     */
    public static final java.util.List<String> RESERVED = java.util.List.of("alb", "endpoints", "default", "public", "private");

    public static boolean checkNotReserved(ConfigNode entry, String name) {
        if (!RESERVED.contains(name)) {
            return true;
        }
        entry.problems().add(entry.path(), "the name " + ConfigNode.quote(name),
                "a name other than " + String.join(", ", RESERVED) + " (the platform uses them for its own resources)");
        return false;
    }

    /** Checks the name of a map entry, recording a problem at its path when it is not a valid name. */
    public static boolean checkEntryName(ConfigNode entry, String name) {
        if (isName(name)) {
            return true;
        }
        entry.problems().add(entry.path(), "the name " + ConfigNode.quote(name), NAME_EXPECTED);
        return false;
    }
}
