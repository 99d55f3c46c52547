package dev.ecsplatform.observability;

import dev.ecsplatform.callgraph.CallGraph;
import dev.ecsplatform.config.ServiceSettings;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where a service's request metrics come from. Its 5xx counts and response time are published only by the proxies of
 * its ECS callers (outbound, {@code TargetDiscoveryName}; see {@link ServiceConnectMetric}) and, for a public
 * service, by the load balancer for its target group. Standalone callers have no proxy: what they get is measured
 * nowhere. Pure.
 *
 * @param ecsCallers         the ECS services that call it through Service Connect, by name
 * @param loadBalancer       whether the public load balancer sends it traffic
 * @param standaloneCallers  the standalone servers that call it (not measured)
 */
public record RequestSources(SortedSet<String> ecsCallers, boolean loadBalancer, SortedSet<String> standaloneCallers) {

    public RequestSources {
        ecsCallers = Collections.unmodifiableSortedSet(new TreeSet<>(ecsCallers));
        standaloneCallers = Collections.unmodifiableSortedSet(new TreeSet<>(standaloneCallers));
    }

    public static RequestSources of(CallGraph graph, ServiceSettings service) {
        return new RequestSources(graph.callers(service.name()), service.publicEntry().isPresent(),
                graph.externalCallers(service.name()));
    }

    /** True when some proxy or the load balancer measures the requests it answers. */
    public boolean measured() {
        return !ecsCallers.isEmpty() || loadBalancer;
    }
}
