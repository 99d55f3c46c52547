package dev.ecsplatform.catalog;

import dev.ecsplatform.callgraph.CallGraph;
import dev.ecsplatform.config.PlatformConfig;
import dev.ecsplatform.aws.ConnectNames;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The endpoint catalog: every service with a port, how to reach it and who may. Pure. */
public final class ServiceEndpoints {

    /** The stack's own VPC where its id is known only once built. */
    static final String STACK_VPC = "the stack's VPC";

    private ServiceEndpoints() {
    }

    public static SortedMap<String, ServiceEndpoint> of(PlatformConfig config, CallGraph graph) {
        var endpoints = new TreeMap<String, ServiceEndpoint>();
        var resolvers = new java.util.ArrayList<String>();
        resolvers.add(config.network().existing().map(e -> e.vpcId()).orElse(STACK_VPC));
        config.network().associatedVpcs().forEach(vpc -> resolvers.add(vpc.vpcId()));
        for (var service : config.services().values()) {
            service.port().ifPresent(port -> {
                var host = ConnectNames.dnsName(service.name(), config.namespace());
                endpoints.put(service.name(), new ServiceEndpoint(service.name(),
                        service.protocol().scheme() + "://" + host + ":" + port, host, port, service.protocol().word(),
                        graph.callers(service.name()), graph.externalCallers(service.name()), resolvers));
            });
        }
        return endpoints;
    }

    /** The shape published in the stack output and in SSM: plain maps and lists. */
    public static Map<String, Object> shape(ServiceEndpoint endpoint) {
        var shape = new LinkedHashMap<String, Object>();
        shape.put("url", endpoint.url());
        shape.put("host", endpoint.host());
        shape.put("port", endpoint.port());
        shape.put("protocol", endpoint.protocol());
        shape.put("callers", endpoint.callers().stream().toList());
        shape.put("externalCallers", endpoint.externalCallers().stream().toList());
        // Only with associated VPCs, where it says more than "inside the VPC": other stacks' catalogs stay as they were.
        if (endpoint.resolvableFrom().size() > 1) {
            shape.put("resolvableFrom", endpoint.resolvableFrom());
        }
        return shape;
    }
}
