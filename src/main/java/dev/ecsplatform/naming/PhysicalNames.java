package dev.ecsplatform.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Fits a derived name into an AWS length limit without losing uniqueness or stability. */
public final class PhysicalNames {

    private PhysicalNames() {
    }

    /**
     * The name itself when it fits; otherwise its start, a dash and eight hex characters of its SHA-256,
     * so two long names that share a start still differ, and the same input always gives the same name.
     */
    public static String fit(String name, int maxLength) {
        if (name.length() <= maxLength) {
            return name;
        }
        var hash = sha256(name).substring(0, 8);
        var head = name.substring(0, maxLength - hash.length() - 1);
        while (head.endsWith("-")) {
            head = head.substring(0, head.length() - 1);
        }
        return head + "-" + hash;
    }

    /** Eight hex characters of the SHA-256 of a text: a short, stable tag for names that must differ. */
    public static String shortHash(String text) {
        return sha256(text).substring(0, 8);
    }

    /**
     * A name for a resource that AWS replaces create-before-delete while something still points at it, and whose
     * name must be unique (a target group: the new one must exist before the listener rule and the ECS service
     * move to it). The name ends in eight hex characters of the SHA-256 of the inputs that force a replacement, so
     * a replacement gets a new name and an update keeps the old one; the stem is fitted into what is left.
     */
    public static String replaceable(String stem, int maxLength, List<String> replacingInputs) {
        var hash = sha256(String.join("\n", replacingInputs)).substring(0, 8);
        return fit(stem, maxLength - hash.length() - 1) + "-" + hash;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
