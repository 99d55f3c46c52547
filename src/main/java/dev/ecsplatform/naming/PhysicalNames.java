package dev.ecsplatform.naming;

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
        var hash = StableHash.of(name);
        var head = name.substring(0, maxLength - hash.length() - 1);
        while (head.endsWith("-")) {
            head = head.substring(0, head.length() - 1);
        }
        return head + "-" + hash;
    }
}
