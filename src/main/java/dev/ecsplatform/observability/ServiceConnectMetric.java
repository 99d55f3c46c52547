package dev.ecsplatform.observability;

import dev.ecsplatform.config.Protocol;

import java.util.EnumSet;
import java.util.Set;

/**
 * The metrics the Service Connect proxy publishes to CloudWatch, with the names, units and dimensions AWS documents:
 * ECS developer guide, "Amazon ECS CloudWatch metrics", Service Connect metrics and "Dimensions for Amazon ECS
 * metrics" (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/available-metrics.html; the guide's source,
 * awsdocs/amazon-ecs-developer-guide doc_source/cloudwatch-metrics.md), and the App Mesh metrics extension that
 * Service Connect's proxy runs (App Mesh user guide, "Metrics extension": inbound and outbound metrics).
 *
 * <p>Namespace {@code AWS/ECS}. Each metric is published on one side only:
 * <ul>
 *   <li>{@link Side#SERVER inbound}: by the proxies in the tasks of the service that receives the traffic, with
 *       {@code DiscoveryName} or {@code DiscoveryName, ServiceName, ClusterName} (ServiceName = the receiving
 *       service). It counts everything that reaches the service through its proxy: Service Connect callers, the
 *       load balancer, standalone servers. Connection counts, bytes, {@code RequestCount}, {@code GrpcRequestCount}.</li>
 *   <li>{@link Side#CLIENT outbound}: by the proxies of the caller, with {@code TargetDiscoveryName} or
 *       {@code TargetDiscoveryName, ServiceName, ClusterName} (ServiceName = the <em>calling</em> service; "use this
 *       dimension to see the inbound traffic metrics that come from a specific client"). Only traffic from ECS tasks
 *       with Service Connect in the namespace: never the load balancer or standalone servers. The status-code counts
 *       {@code HTTPCode_Target_*}, {@code RequestCountPerTarget}, {@code TargetProcessedBytes},
 *       {@code TargetResponseTime}.</li>
 * </ul>
 * So a service's 5xx responses and response time exist only per caller; a service that only standalone servers
 * call has none (see {@code AlarmPlanner}).
 *
 * <p>Which protocols: with no {@code appProtocol} (this program's {@code tcp}) ECS adds no protocol-specific
 * telemetry (ECS API, PortMapping.appProtocol), so a TCP service has the connection and byte metrics only. Request
 * counts and response time need {@code appProtocol} http, http2 or grpc; HTTP status-code counts need http or http2
 * (the guide: "the appProtocol is HTTP or HTTP2"); {@code GrpcRequestCount} needs grpc. The TLS counters appear only
 * with Service Connect TLS, which this program does not turn on.
 */
public enum ServiceConnectMetric {
    ACTIVE_CONNECTION_COUNT("ActiveConnectionCount", "Count", Side.SERVER, Applies.ANY),
    NEW_CONNECTION_COUNT("NewConnectionCount", "Count", Side.SERVER, Applies.ANY),
    PROCESSED_BYTES("ProcessedBytes", "Bytes", Side.SERVER, Applies.ANY),
    REQUEST_COUNT("RequestCount", "Count", Side.SERVER, Applies.REQUESTS),
    GRPC_REQUEST_COUNT("GrpcRequestCount", "Count", Side.SERVER, Applies.GRPC),
    HTTP_CODE_TARGET_2XX_COUNT("HTTPCode_Target_2XX_Count", "Count", Side.CLIENT, Applies.HTTP_STATUS),
    HTTP_CODE_TARGET_3XX_COUNT("HTTPCode_Target_3XX_Count", "Count", Side.CLIENT, Applies.HTTP_STATUS),
    HTTP_CODE_TARGET_4XX_COUNT("HTTPCode_Target_4XX_Count", "Count", Side.CLIENT, Applies.HTTP_STATUS),
    HTTP_CODE_TARGET_5XX_COUNT("HTTPCode_Target_5XX_Count", "Count", Side.CLIENT, Applies.HTTP_STATUS),
    REQUEST_COUNT_PER_TARGET("RequestCountPerTarget", "Count", Side.CLIENT, Applies.REQUESTS),
    TARGET_PROCESSED_BYTES("TargetProcessedBytes", "Bytes", Side.CLIENT, Applies.ANY),
    TARGET_RESPONSE_TIME("TargetResponseTime", "Milliseconds", Side.CLIENT, Applies.REQUESTS),
    CLIENT_TLS_NEGOTIATION_ERROR_COUNT("ClientTLSNegotiationErrorCount", "Count", Side.SERVER, Applies.TLS),
    TARGET_TLS_NEGOTIATION_ERROR_COUNT("TargetTLSNegotiationErrorCount", "Count", Side.CLIENT, Applies.TLS);

    public static final String NAMESPACE = "AWS/ECS";
    public static final String CLUSTER_NAME = "ClusterName";
    public static final String SERVICE_NAME = "ServiceName";
    public static final String DISCOVERY_NAME = "DiscoveryName";
    public static final String TARGET_DISCOVERY_NAME = "TargetDiscoveryName";

    /** Which proxy publishes it: the receiving service's (server, inbound) or the caller's (client, outbound). */
    public enum Side { SERVER, CLIENT }

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
        return side == Side.SERVER;
    }

    public boolean clientSide() {
        return side == Side.CLIENT;
    }
}
