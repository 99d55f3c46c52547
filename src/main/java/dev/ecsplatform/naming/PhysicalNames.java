package dev.ecsplatform.naming;

import dev.ecsplatform.contract.NameFit;

/** Fits a derived name into an AWS length limit without losing uniqueness or stability. */
public final class PhysicalNames {

    private PhysicalNames() {
    }

    /**
     * The name itself when it fits; otherwise its start, a dash and eight hex characters of its SHA-256,
     * so two long names that share a start still differ, and the same input always gives the same name.
     * One implementation for both projects ({@link NameFit}): the deploy roles' name patterns rely on it.
     */
    public static String fit(String name, int maxLength) {
        return NameFit.fit(name, maxLength);
    }
}
