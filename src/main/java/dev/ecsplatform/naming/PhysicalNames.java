package dev.ecsplatform.naming;

import dev.ecsplatform.contract.NameFit;

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
        // One implementation for both projects (shared/): the deploy roles' name patterns rely on it.
        return NameFit.fit(name, maxLength);
    }

    /**
     * A name for a resource that AWS replaces create-before-delete while something still points at it, and whose
     * name must be unique (a target group: the new one must exist before the listener rule and the ECS service
     * move to it). The name ends in eight hex characters of the SHA-256 of the inputs that force a replacement, so
     * a replacement gets a new name and an update keeps the old one; the stem is fitted into what is left.
     */
    public static String replaceable(String stem, int maxLength, List<String> replacingInputs) {
        var hash = StableHash.of(String.join("\n", replacingInputs));
        return fit(stem, maxLength - hash.length() - 1) + "-" + hash;
    }
}
