package dev.ecsplatform.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Fits a derived name into an AWS length limit without losing uniqueness or stability. */
public final class NameFit {

    /** The dash and eight hex characters a shortened name ends in. */
    public static final int HASH_SUFFIX_LENGTH = 9;

    private NameFit() {
    }

    /**
     * The name itself when it fits; otherwise its start, a dash and eight hex characters of its SHA-256, so two long
     * names that share a start still differ, and the same input always gives the same name. The start keeps at least
     * {@code maxLength - 9} characters (fewer only by trailing dashes), which is what lets a name pattern such as
     * {@code ecs-platform-dev-*} hold for shortened names too: see {@link StackContract}.
     */
    public static String fit(String name, int maxLength) {
        if (name.length() <= maxLength) {
            return name;
        }
        var hash = shortHash(name);
        var head = name.substring(0, maxLength - HASH_SUFFIX_LENGTH);
        while (head.endsWith("-")) {
            head = head.substring(0, head.length() - 1);
        }
        return head + "-" + hash;
    }

    /** Eight hex characters of the SHA-256 of {@code text}: stable, and unlikely to repeat for different texts. */
    public static String shortHash(String text) {
        return sha256(text).substring(0, HASH_SUFFIX_LENGTH - 1);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
