package dev.ecsplatform.config;

import java.util.List;

/**
 * A finding the configuration accepts on purpose ({@code ecs-platform:acceptedFindings.<control>}).
 *
 * @param control   the control id
 * @param reason    why it is acceptable here
 * @param resources the logical names it applies to; empty means every resource the control flags
 */
public record AcceptedFinding(String control, String reason, List<String> resources) {

    public AcceptedFinding {
        resources = List.copyOf(resources);
    }

    /** Whether this acceptance covers a finding of {@code findingControl} on {@code resource}. */
    public boolean covers(String findingControl, String resource) {
        return findingControl.equals(control) && (resources.isEmpty() || resources.contains(resource));
    }
}
