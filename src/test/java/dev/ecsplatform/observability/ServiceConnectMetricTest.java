package dev.ecsplatform.observability;

import dev.ecsplatform.config.Protocol;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The metric catalog: names and units as AWS documents them, and which protocol gets which metrics. */
class ServiceConnectMetricTest {

    private static java.util.List<String> published(Protocol protocol) {
        return Arrays.stream(ServiceConnectMetric.values()).filter(m -> m.appliesTo(protocol))
                .map(ServiceConnectMetric::metricName).toList();
    }

    @Test
    void aTcpPortHasConnectionAndByteMetricsOnly() {
        assertThat(published(Protocol.TCP)).containsExactly(
                "ActiveConnectionCount", "NewConnectionCount", "ProcessedBytes", "TargetProcessedBytes");
    }

    @Test
    void httpPortsAddRequestsStatusCodesAndResponseTime() {
        var http = published(Protocol.HTTP);
        assertThat(http).containsExactly("ActiveConnectionCount", "NewConnectionCount", "ProcessedBytes", "RequestCount",
                "HTTPCode_Target_2XX_Count", "HTTPCode_Target_3XX_Count", "HTTPCode_Target_4XX_Count",
                "HTTPCode_Target_5XX_Count", "RequestCountPerTarget", "TargetProcessedBytes", "TargetResponseTime");
        assertThat(published(Protocol.HTTP2)).isEqualTo(http);
    }

    @Test
    void grpcHasRequestsAndResponseTimeButNoHttpStatusCodes() {
        assertThat(published(Protocol.GRPC)).containsExactly("ActiveConnectionCount", "NewConnectionCount", "ProcessedBytes",
                "RequestCount", "GrpcRequestCount", "RequestCountPerTarget", "TargetProcessedBytes", "TargetResponseTime");
    }

    @Test
    void responseTimeIsInMillisecondsUnlikeTheLoadBalancers() {
        assertThat(ServiceConnectMetric.TARGET_RESPONSE_TIME.unit()).isEqualTo("Milliseconds");
        assertThat(ServiceConnectMetric.PROCESSED_BYTES.unit()).isEqualTo("Bytes");
        assertThat(ServiceConnectMetric.REQUEST_COUNT.unit()).isEqualTo("Count");
    }

    @Test
    void serverSideIsTheServicesOwnProxiesAndClientSideOneCallEdge() {
        assertThat(Metrics.server(ServiceConnectMetric.REQUEST_COUNT, "ecs-platform-dev", "orders"))
                .isEqualTo(new MetricId("AWS/ECS", "RequestCount", Map.of("ClusterName", "ecs-platform-dev",
                        "ServiceName", "orders", "DiscoveryName", "orders-sc")));
        assertThat(Metrics.client(ServiceConnectMetric.HTTP_CODE_TARGET_5XX_COUNT, "ecs-platform-dev", "api", "orders"))
                .isEqualTo(new MetricId("AWS/ECS", "HTTPCode_Target_5XX_Count", Map.of("ClusterName", "ecs-platform-dev",
                        "ServiceName", "api", "TargetDiscoveryName", "orders-sc")));
        assertThatThrownBy(() -> Metrics.client(ServiceConnectMetric.ACTIVE_CONNECTION_COUNT, "c", "api", "orders"))
                .hasMessageContaining("receiving proxy only");
        assertThatThrownBy(() -> Metrics.server(ServiceConnectMetric.TARGET_PROCESSED_BYTES, "c", "orders"))
                .hasMessageContaining("calling proxy only");
    }

    @Test
    void taskCountsComeFromContainerInsightsAndUtilisationFromEcs() {
        assertThat(Metrics.taskCount(Metrics.RUNNING_TASK_COUNT, "c", "orders").namespace()).isEqualTo("ECS/ContainerInsights");
        assertThat(Metrics.utilization(Metrics.CPU_UTILIZATION, "c", "orders").dimensions())
                .containsExactly(Map.entry("ClusterName", "c"), Map.entry("ServiceName", "orders"));
    }
}
