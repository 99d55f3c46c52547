package dev.ecsplatform.findings;

import java.util.Optional;

/**
 * One thing a check found.
 *
 * @param control  the control id, e.g. {@code ECS.5} (Security Hub) or {@code PLAT.2} (this product's own)
 * @param resource the logical name of the resource it concerns
 * @param message  what is wrong and what would make it right
 * @param severity whether it blocks
 * @param accepted the reason given in config for accepting it, if it was
 */
public record Finding(String control, String resource, String message, Severity severity, Optional<String> accepted) {

    public static Finding of(String control, String resource, String message, Severity severity) {
        return new Finding(control, resource, message, severity, Optional.empty());
    }

    /** A mandatory finding nobody accepted: the run stops. */
    public boolean blocks() {
        return severity == Severity.MANDATORY && accepted.isEmpty();
    }

    public Finding accept(String reason) {
        return new Finding(control, resource, message, severity, Optional.of(reason));
    }
}
