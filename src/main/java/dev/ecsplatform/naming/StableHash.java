package dev.ecsplatform.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short, stable digest of a text, for names whose readable parts alone could collide. */
public final class StableHash {

    public static final int LENGTH = 8;

    private StableHash() {
    }

    /** The first eight hex characters of the SHA-256 of {@code text}: the same text always gives the same hash. */
    public static String of(String text) {
        return sha256(text).substring(0, LENGTH);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
