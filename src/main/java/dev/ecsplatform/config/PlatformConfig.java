package dev.ecsplatform.config;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The whole validated configuration of one environment. Knows nothing of Pulumi.
 *
 * @param region          {@code aws:region}
 * @param network         {@code ecs-platform:network}
 * @param namespace       {@code ecs-platform:namespace}: the private DNS namespace name
 * @param cluster         {@code ecs-platform:cluster}
 * @param protect         {@code ecs-platform:protect}: protect stateful resources from deletion
 * @param services        {@code ecs-platform:services}, by name
 * @param externalClients {@code ecs-platform:externalClients}, by name
 */
public record PlatformConfig(
        String region,
        NetworkSettings network,
        String namespace,
        ClusterSettings cluster,
        boolean protect,
        SortedMap<String, ServiceSettings> services,
        SortedMap<String, ExternalClientSettings> externalClients) {

    public PlatformConfig {
        services = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(services));
        externalClients = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(externalClients));
    }
}
