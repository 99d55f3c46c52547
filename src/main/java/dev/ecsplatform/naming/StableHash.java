package dev.ecsplatform.naming;

import dev.ecsplatform.contract.NameFit;

/** A short, stable digest of a text, for names whose readable parts alone could collide. */
public final class StableHash {

    public static final int LENGTH = 8;

    private StableHash() {
    }

    /** The first eight hex characters of the SHA-256 of {@code text}: the same text always gives the same hash. */
    public static String of(String text) {
        // The same digest NameFit shortens names with (shared/), so there is one implementation.
        return NameFit.shortHash(text);
    }
}
