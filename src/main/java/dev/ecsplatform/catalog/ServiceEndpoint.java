package dev.ecsplatform.catalog;

import java.util.SortedSet;

/**
 * How to reach one service, the same for every caller inside the VPC.
 *
 * @param service         the service
 * @param url             {@code <scheme>://<service>.<namespace>:<port>}
 * @param host            {@code <service>.<namespace>}
 * @param port            the port
 * @param protocol        {@code http}, {@code http2}, {@code grpc} or {@code tcp}
 * @param callers         services allowed to call it
 * @param externalCallers standalone servers allowed to call it (they resolve the name through DNS)
 */
public record ServiceEndpoint(String service, String url, String host, int port, String protocol,
                              SortedSet<String> callers, SortedSet<String> externalCallers) {
}
