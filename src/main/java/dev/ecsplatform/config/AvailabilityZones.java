package dev.ecsplatform.config;

import java.util.List;

/**
 * The zones to spread over: either a count (the first {@code count} zones AWS reports as available in
 * the region) or explicit names, kept sorted so that the order written in the file does not matter.
 */
public record AvailabilityZones(int count, List<String> explicitNames) {

    public AvailabilityZones {
        explicitNames = explicitNames.stream().sorted().toList();
        if (!explicitNames.isEmpty() && explicitNames.size() != count) {
            throw new IllegalArgumentException("count must match the explicit zones");
        }
    }

    public static AvailabilityZones count(int count) {
        return new AvailabilityZones(count, List.of());
    }

    public static AvailabilityZones named(List<String> names) {
        return new AvailabilityZones(names.size(), names);
    }

    public boolean isExplicit() {
        return !explicitNames.isEmpty();
    }
}
