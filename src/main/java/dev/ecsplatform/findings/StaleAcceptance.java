package dev.ecsplatform.findings;

import java.util.List;
import java.util.Optional;

/**
 * An acceptance in the configuration that covers no finding any more: the whole acceptance (one that names no
 * resources), or one resource it names that its control no longer flags (renamed, removed, or fixed).
 *
 * @param control  the control id
 * @param resource the named resource without a finding; empty for an acceptance of every resource of the control
 * @param blocking resources where the same control blocks now: what to fix or accept, not this stale entry
 */
public record StaleAcceptance(String control, Optional<String> resource, List<String> blocking) {

    public StaleAcceptance {
        blocking = List.copyOf(blocking);
    }

    /** One sentence for the reports. */
    public String describe() {
        var text = new StringBuilder("acceptance of ").append(control)
                .append(resource.map(r -> " for " + r + " matches no " + control + " finding on " + r
                        + " any more; remove " + r + " from it").orElse(" matches no finding any more; remove it"));
        if (!blocking.isEmpty()) {
            text.append(" (not the cause of what blocks: ").append(control).append(" blocks on ")
                    .append(String.join(", ", blocking)).append(", which no acceptance names)");
        }
        return text.toString();
    }
}
