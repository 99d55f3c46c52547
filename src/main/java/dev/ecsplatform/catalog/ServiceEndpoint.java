package dev.ecsplatform.catalog;

import java.util.List;
import java.util.SortedSet;

/**
 * How to reach one service, the same for every caller inside the VPC (and in the VPCs associated with the namespace).
 *
 * @param service         the service
 * @param url             {@code <scheme>://<service>.<namespace>:<port>}
 * @param host            {@code <service>.<namespace>}
 * @param port            the port
 * @param protocol        {@code http}, {@code http2}, {@code grpc} or {@code tcp}
 * @param callers         services allowed to call it
 * @param externalCallers standalone servers allowed to call it (they resolve the name through DNS)
 * @param resolvableFrom  the VPCs whose servers resolve the name: the stack's, then those of
 *                        {@code namespace.associatedVpcs}
 */
public record ServiceEndpoint(String service, String url, String host, int port, String protocol,
                              SortedSet<String> callers, SortedSet<String> externalCallers, List<String> resolvableFrom) {

    public ServiceEndpoint {
        resolvableFrom = List.copyOf(resolvableFrom);
    }
}
