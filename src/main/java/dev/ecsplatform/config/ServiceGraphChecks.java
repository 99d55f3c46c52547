package dev.ecsplatform.config;

import dev.ecsplatform.aws.AlarmMetricLimits;
import dev.ecsplatform.aws.ConnectNames;
import dev.ecsplatform.aws.ImageReference;
import dev.ecsplatform.configkit.ConfigNode;
import dev.ecsplatform.configkit.DidYouMean;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/** Rules that look across services and clients: who calls whom, name collisions, registries without NAT. */
final class ServiceGraphChecks {

    private ServiceGraphChecks() {
    }

    /** {@code region} is empty when the stack's region is invalid (the registry check then waits for a valid one). */
    static void check(SortedMap<String, ServiceSettings> services, SortedMap<String, ExternalClientSettings> clients,
                      ConfigLoader.Entries entries, String namespace, Optional<String> region, NatGateways nat) {
        // Which service owns each Service Connect discovery name: built once for every service's check.
        var discoveryOwners = new HashMap<String, String>();
        for (var service : services.values()) {
            if (!service.isClientOnly()) {
                discoveryOwners.put(ConnectNames.discoveryName(service.name()), service.name());
            }
        }
        for (var service : services.values()) {
            var node = entries.serviceNodes.get(service.name());
            checkCalls(node.field("calls"), services, entries);
            checkNames(service, node, discoveryOwners, namespace);
            if (nat == NatGateways.NONE && region.isPresent()) {
                ImageReference.parse(service.image()).filter(image -> !image.isPrivateEcrIn(region.get())).ifPresent(image ->
                        node.field("image").problem("an image in this account's ECR in " + region.get()
                                + " (e.g. through a pull-through cache): natGateways is none, so tasks cannot reach "
                                + image.registry()));
            }
        }
        for (var client : clients.values()) {
            checkCalls(entries.clientNodes.get(client.name()).field("calls"), services, entries);
        }
        for (var service : services.values()) {
            checkAlarmMetrics(service, services, entries.serviceNodes.get(service.name()));
        }
    }

    /**
     * A service's 5xx and latency alarms read one metric per ECS caller (Service Connect publishes them on the
     * caller's side only), and CloudWatch reads at most 10 metrics per metric-math alarm, a hard limit. Rather than
     * silently watching only some callers, such a service is refused with the ways out.
     */
    private static void checkAlarmMetrics(ServiceSettings service, SortedMap<String, ServiceSettings> services,
                                          ConfigNode node) {
        if (service.isClientOnly() || !service.alarms().enabled() || service.protocol() == Protocol.TCP) {
            return;
        }
        var callers = services.values().stream().filter(s -> s.calls().contains(service.name())).map(ServiceSettings::name)
                .toList();
        boolean loadBalancer = service.publicEntry().isPresent();
        int needed = Math.max(service.protocol() == Protocol.GRPC ? 0
                        : AlarmMetricLimits.errorRateMetrics(callers.size(), loadBalancer),
                AlarmMetricLimits.latencyMetrics(callers.size(), loadBalancer));
        if (needed > AlarmMetricLimits.MAX_METRICS_PER_ALARM) {
            var alarms = node.field("alarms");
            node.problems().add(alarms.isPresent() ? alarms.path() : node.path(), callers.size() + " ECS callers ("
                            + String.join(", ", callers) + ")" + (loadBalancer ? " and the load balancer" : ""),
                    "at most " + AlarmMetricLimits.MAX_METRICS_PER_ALARM + " metrics per alarm: its 5xx and latency "
                            + "exist only per caller, so its request alarms would read " + needed + " metrics, and "
                            + "CloudWatch's limit for metric-math alarms is a hard " + AlarmMetricLimits.MAX_METRICS_PER_ALARM
                            + ". Set services." + service.name() + ".alarms.enabled: false and alarm on it yourself "
                            + "(e.g. a Metrics Insights query over TargetDiscoveryName), or give it fewer callers");
        }
    }

    /**
     * Every callee must be a service with a port. A callee that was itself refused (its settings are not a
     * mapping, or its port is invalid) has had its problem reported; its callers are not told again.
     */
    private static void checkCalls(ConfigNode callsNode, SortedMap<String, ServiceSettings> services,
                                   ConfigLoader.Entries entries) {
        if (!callsNode.isList()) {
            return;
        }
        for (var item : callsNode.items("a list of service names")) {
            if (!item.isPresent() || item.hasProblem() || !item.isString()) {
                continue;
            }
            var callee = item.string("a service name").orElseThrow();
            var target = services.get(callee);
            if (entries.isRefused(callee)) {
                continue;
            }
            if (target == null) {
                item.problem("the name of a service in ecs-platform:services (" + String.join(", ", services.keySet()) + ")",
                        DidYouMean.hint(callee, services.keySet()));
            } else if (target.isClientOnly() && !entries.serviceNodes.get(callee).field("port").isPresent()) {
                item.problem("a service with a port: " + callee + " is client-only, so nothing can call it");
            }
        }
    }

    /** Discovery names and (dnsName, port) pairs must be unique in the namespace; DNS names have a length limit. */
    private static void checkNames(ServiceSettings service, ConfigNode node, Map<String, String> discoveryOwners,
                                   String namespace) {
        var clash = discoveryOwners.get(ConnectNames.dnsRegistrationName(service.name()));
        if (clash != null && !clash.equals(service.name())) {
            node.problems().add(node.path(), "the name " + ConfigNode.quote(service.name()),
                    "a name that is not the Service Connect discovery name of service " + clash
                            + " (" + clash + ConnectNames.DISCOVERY_SUFFIX + "); rename one of them");
        }
        var dnsName = ConnectNames.dnsName(service.name(), namespace);
        if (!service.isClientOnly() && dnsName.length() > ConnectNames.MAX_DNS_NAME) {
            node.problems().add(node.path(), "the DNS name " + ConfigNode.quote(dnsName),
                    "at most " + ConnectNames.MAX_DNS_NAME + " characters for <service>.<namespace> (a Service Connect limit)");
        }
    }
}
