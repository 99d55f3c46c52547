package dev.ecsplatform.config;

import dev.ecsplatform.aws.CertificateAuthorityArn;
import dev.ecsplatform.configkit.ConfigNode;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Rules about east-west traffic that need more than one service: where request-based scaling has a metric to read,
 * and whether the TLS CA belongs to the stack's account.
 */
final class TrafficChecks {

    private TrafficChecks() {
    }

    static void check(SortedMap<String, ServiceSettings> services, Map<String, ConfigNode> serviceNodes,
                      Map<String, Set<String>> ecsCallers, ClusterSettings cluster, ServiceConnectSettings serviceConnect,
                      IngressSettings ingress, ConfigNode serviceConnectNode) {
        for (var service : services.values()) {
            var node = serviceNodes.get(service.name());
            service.autoscaling().flatMap(AutoscalingSettings::requestsPerTask).ifPresent(requests ->
                    checkRequestScaling(service, node.field("autoscaling").field("requestsPerTask"),
                            ecsCallers.getOrDefault(service.name(), Set.of()), cluster));
        }
        serviceConnect.tls().ifPresent(tls -> ingress.certificateArn().ifPresent(certificate -> {
            var caAccount = CertificateAuthorityArn.accountOf(tls.certificateAuthorityArn());
            var stackAccount = CertificateAuthorityArn.accountOf(certificate);
            if (caAccount.isPresent() && stackAccount.isPresent() && !caAccount.equals(stackAccount)) {
                serviceConnectNode.field("tls").field("certificateAuthorityArn").problem("a CA of the stack's account "
                        + stackAccount.get() + " (the account of ingress.certificateArn), not " + caAccount.get());
            }
        }));
    }

    /**
     * Requests per task is Service Connect's inbound RequestCount over Container Insights' RunningTaskCount (and the
     * load balancer's own per-target count for a public service): both must be published for the service.
     */
    private static void checkRequestScaling(ServiceSettings service, ConfigNode node, Set<String> callers,
                                            ClusterSettings cluster) {
        // callers holds every service that calls this one, itself included when it calls itself.
        boolean viaProxy = !callers.isEmpty();
        if (!viaProxy && service.publicEntry().isEmpty()) {
            node.problem("a service that ECS services or the load balancer call: only standalone servers call "
                    + service.name() + ", they bypass the Service Connect proxy, so no request count is published; "
                    + "scale it on cpuTarget");
        } else if (viaProxy && cluster.containerInsights().equals("disabled")) {
            node.problem("cluster.containerInsights enabled or enhanced: the per-task request rate divides Service "
                    + "Connect's RequestCount by Container Insights' RunningTaskCount, which a cluster without "
                    + "Container Insights does not publish");
        }
    }
}
