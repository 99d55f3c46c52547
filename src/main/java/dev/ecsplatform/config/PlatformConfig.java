package dev.ecsplatform.config;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The whole validated configuration of one environment. Knows nothing of Pulumi.
 *
 * @param region            {@code aws:region}
 * @param network           {@code ecs-platform:network}
 * @param namespace         {@code ecs-platform:namespace}: the private DNS namespace name
 * @param cluster           {@code ecs-platform:cluster}
 * @param protect           {@code ecs-platform:protect}: protect stateful resources from deletion
 * @param logRetentionDays  {@code ecs-platform:logs.retentionDays}: retention of service log groups
 * @param serviceConnect    {@code ecs-platform:serviceConnect}: the proxy reserve per task and Service Connect TLS
 * @param images            {@code ecs-platform:images}: which image references are accepted
 * @param ingress           {@code ecs-platform:ingress}: the public load balancer's settings
 * @param services          {@code ecs-platform:services}, by name
 * @param externalClients   {@code ecs-platform:externalClients}, by name
 * @param acceptedFindings  {@code ecs-platform:acceptedFindings}: findings accepted on purpose, with reasons
 * @param observability     {@code ecs-platform:observability}: alarm thresholds and who is notified
 * @param warnings          settings that are valid but do nothing here (shown, never silently ignored)
 */
public record PlatformConfig(
        String region,
        NetworkSettings network,
        String namespace,
        ClusterSettings cluster,
        boolean protect,
        int logRetentionDays,
        ServiceConnectSettings serviceConnect,
        ImagePolicy images,
        IngressSettings ingress,
        SortedMap<String, ServiceSettings> services,
        SortedMap<String, ExternalClientSettings> externalClients,
        java.util.List<AcceptedFinding> acceptedFindings,
        ObservabilitySettings observability,
        java.util.List<ConfigWarning> warnings) {

    public PlatformConfig {
        services = Collections.unmodifiableSortedMap(new TreeMap<>(services));
        externalClients = Collections.unmodifiableSortedMap(new TreeMap<>(externalClients));
        acceptedFindings = java.util.List.copyOf(acceptedFindings);
        warnings = java.util.List.copyOf(warnings);
    }

    /** The services that face the internet, by name. */
    public java.util.List<ServiceSettings> publicServices() {
        return services.values().stream().filter(s -> s.publicEntry().isPresent()).toList();
    }
}
