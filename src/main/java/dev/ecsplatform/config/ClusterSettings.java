package dev.ecsplatform.config;

import java.util.List;

/**
 * The ECS cluster.
 *
 * @param containerInsights {@code enabled} (default), {@code enhanced} or {@code disabled}
 * @param capacityProviders the default capacity provider strategy, sorted by provider name
 */
public record ClusterSettings(String containerInsights, List<CapacityProviderShare> capacityProviders) {

    public ClusterSettings {
        capacityProviders = List.copyOf(capacityProviders);
    }
}
