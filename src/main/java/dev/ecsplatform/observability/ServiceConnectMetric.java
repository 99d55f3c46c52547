package dev.ecsplatform.observability;

import dev.ecsplatform.config.Protocol;

import java.util.EnumSet;
import java.util.Set;

/**
 * The metrics the Service Connect proxy publishes to CloudWatch, with the names, units and dimensions AWS documents:
 * ECS developer guide, "Amazon ECS CloudWatch metrics", Service Connect section
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/available-metrics.html).
 *
 * <p>Namespace {@code AWS/ECS}. A server-side metric is published by the proxies in the tasks of the service that
 * receives the traffic, with dimensions {@code ClusterName}, {@code ServiceName} and {@code DiscoveryName} (its
 * discovery name); it counts everything that reaches the service through its proxy, whoever sent it (Service Connect
 * callers, the load balancer, standalone servers). A client-side metric is published by the proxies of the caller,
 * with {@code ClusterName}, {@code ServiceName} (the caller) and {@code TargetDiscoveryName} (the callee): one call
 * edge as the caller sees it.
 *
 * <p>Which protocols: with no {@code appProtocol} (this program's {@code tcp}) ECS adds no protocol-specific
 * telemetry (ECS API, PortMapping.appProtocol), so a TCP service has the connection and byte metrics only. Request
 * counts and response time need {@code appProtocol} http, http2 or grpc; HTTP status-code counts need http or http2;
 * {@code GrpcRequestCount} needs grpc. The status-code split is from the guide's table and kept in this one place
 * ({@link #appliesTo}) so that it is easy to change. The TLS counters appear only with Service Connect TLS, which
 * this program does not turn on.
 */
public enum ServiceConnectMetric {
    ACTIVE_CONNECTION_COUNT("ActiveConnectionCount", "Count", Side.SERVER, Applies.ANY),
    NEW_CONNECTION_COUNT("NewConnectionCount", "Count", Side.SERVER, Applies.ANY),
    PROCESSED_BYTES("ProcessedBytes", "Bytes", Side.SERVER, Applies.ANY),
    REQUEST_COUNT("RequestCount", "Count", Side.BOTH, Applies.REQUESTS),
    GRPC_REQUEST_COUNT("GrpcRequestCount", "Count", Side.BOTH, Applies.GRPC),
    HTTP_CODE_TARGET_2XX_COUNT("HTTPCode_Target_2XX_Count", "Count", Side.BOTH, Applies.HTTP_STATUS),
    HTTP_CODE_TARGET_3XX_COUNT("HTTPCode_Target_3XX_Count", "Count", Side.BOTH, Applies.HTTP_STATUS),
    HTTP_CODE_TARGET_4XX_COUNT("HTTPCode_Target_4XX_Count", "Count", Side.BOTH, Applies.HTTP_STATUS),
    HTTP_CODE_TARGET_5XX_COUNT("HTTPCode_Target_5XX_Count", "Count", Side.BOTH, Applies.HTTP_STATUS),
    REQUEST_COUNT_PER_TARGET("RequestCountPerTarget", "Count", Side.SERVER, Applies.REQUESTS),
    TARGET_PROCESSED_BYTES("TargetProcessedBytes", "Bytes", Side.CLIENT, Applies.ANY),
    TARGET_RESPONSE_TIME("TargetResponseTime", "Milliseconds", Side.BOTH, Applies.REQUESTS),
    CLIENT_TLS_NEGOTIATION_ERROR_COUNT("ClientTLSNegotiationErrorCount", "Count", Side.SERVER, Applies.TLS),
    TARGET_TLS_NEGOTIATION_ERROR_COUNT("TargetTLSNegotiationErrorCount", "Count", Side.CLIENT, Applies.TLS);

    public static final String NAMESPACE = "AWS/ECS";
    public static final String CLUSTER_NAME = "ClusterName";
    public static final String SERVICE_NAME = "ServiceName";
    public static final String DISCOVERY_NAME = "DiscoveryName";
    public static final String TARGET_DISCOVERY_NAME = "TargetDiscoveryName";

    /** Which proxy publishes it: the receiving service's (server), the caller's (client), or both. */
    public enum Side { SERVER, CLIENT, BOTH }

    private enum Applies {
        ANY(EnumSet.allOf(Protocol.class)),
        REQUESTS(EnumSet.of(Protocol.HTTP, Protocol.HTTP2, Protocol.GRPC)),
        HTTP_STATUS(EnumSet.of(Protocol.HTTP, Protocol.HTTP2)),
        GRPC(EnumSet.of(Protocol.GRPC)),
        /** Only with Service Connect TLS. */
        TLS(EnumSet.noneOf(Protocol.class));

        private final Set<Protocol> protocols;

        Applies(Set<Protocol> protocols) {
            this.protocols = protocols;
        }
    }

    private final String metricName;
    private final String unit;
    private final Side side;
    private final Applies applies;

    ServiceConnectMetric(String metricName, String unit, Side side, Applies applies) {
        this.metricName = metricName;
        this.unit = unit;
        this.side = side;
        this.applies = applies;
    }

    public String metricName() {
        return metricName;
    }

    /** The unit CloudWatch reports; {@code TargetResponseTime} is in milliseconds (the load balancer's is in seconds). */
    public String unit() {
        return unit;
    }

    public Side side() {
        return side;
    }

    /** Whether the proxy publishes this metric for a port of the given protocol (TLS counters: never here). */
    public boolean appliesTo(Protocol protocol) {
        return applies.protocols.contains(protocol);
    }

    public boolean serverSide() {
        return side != Side.CLIENT;
    }

    public boolean clientSide() {
        return side != Side.SERVER;
    }
}
