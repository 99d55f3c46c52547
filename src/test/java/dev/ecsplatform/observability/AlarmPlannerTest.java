package dev.ecsplatform.observability;

import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which alarms each service gets, with what thresholds, metrics and treatment of missing data. */
class AlarmPlannerTest {

    private static final String CLUSTER = "ecs-platform-prod";

    private static List<PlannedAlarm> prod(String service) {
        return Fixtures.alarms("prod", StackFiles.config("prod")).stream().filter(a -> a.service().equals(service)).toList();
    }

    @Test
    void whoGetsWhichAlarm() {
        assertThat(prod("orders")).extracting(PlannedAlarm::kind).containsExactly(AlarmKind.ERROR_RATE,
                AlarmKind.LATENCY_P99, AlarmKind.TASKS_BELOW_DESIRED, AlarmKind.CPU_HIGH, AlarmKind.MEMORY_HIGH);
        // gRPC: no HTTP status codes to count; tcp: no requests at all; client-only: serves nothing.
        assertThat(prod("inventory")).extracting(PlannedAlarm::kind).containsExactly(AlarmKind.LATENCY_P99,
                AlarmKind.TASKS_BELOW_DESIRED, AlarmKind.CPU_HIGH, AlarmKind.MEMORY_HIGH);
        assertThat(prod("cache")).extracting(PlannedAlarm::kind)
                .containsExactly(AlarmKind.TASKS_BELOW_DESIRED, AlarmKind.CPU_HIGH, AlarmKind.MEMORY_HIGH);
        assertThat(prod("notifier")).extracting(PlannedAlarm::kind)
                .containsExactly(AlarmKind.TASKS_BELOW_DESIRED, AlarmKind.CPU_HIGH, AlarmKind.MEMORY_HIGH);
        assertThat(Fixtures.alarms("dev", StackFiles.config("dev"))).noneMatch(a -> a.service().equals("notifier"));
    }

    @Test
    void theErrorRateIsMetricMathOverTheServicesOwnProxies() {
        var alarm = prod("orders").get(0);
        var server = Map.of("ClusterName", CLUSTER, "ServiceName", "orders", "DiscoveryName", "orders-sc");
        assertThat(alarm).isEqualTo(new PlannedAlarm("orders", AlarmKind.ERROR_RATE, "ecs-platform-prod-orders-5xx-rate",
                "ecs-platform-prod/orders/5xx-rate",
                "5xx responses above 2% of requests for 3 minutes in a row (a minute with fewer than 20 requests counts as 0%)",
                "orders: 5xx responses above 2% of requests for 3 minutes in a row (a minute with fewer than 20 requests "
                        + "counts as 0%). Measured by orders's own Service Connect proxies: every caller, the load balancer "
                        + "and standalone servers. No requests is not a failure (missing data is OK). In ALARM during a "
                        + "deployment, ECS marks it failed and rolls it back.",
                "GreaterThanThreshold", 2, 60, 3, 3, "notBreaching", Optional.empty(), List.of(
                AlarmQuery.metric("requests", new MetricId("AWS/ECS", "RequestCount", server), "Sum", "requests", false),
                AlarmQuery.metric("errors", new MetricId("AWS/ECS", "HTTPCode_Target_5XX_Count", server), "Sum",
                        "5xx responses", false),
                AlarmQuery.expression("errorpercent", "IF(requests >= 20, 100 * FILL(errors, 0) / requests, 0)",
                        "5xx % of requests"))));
        assertThat(alarm.rollsBackDeployments()).isTrue();
    }

    @Test
    void latencyIsTheP99InMillisecondsAndKeepsItsStateOnTooFewSamples() {
        var alarm = prod("catalog").get(1);
        assertThat(alarm.kind()).isEqualTo(AlarmKind.LATENCY_P99);
        assertThat(alarm.threshold()).isEqualTo(2000);
        assertThat(alarm.lowSampleCountPercentiles()).hasValue("ignore");
        assertThat(alarm.treatMissingData()).isEqualTo("notBreaching");
        assertThat(alarm.queries()).containsExactly(AlarmQuery.metric("p99", new MetricId("AWS/ECS", "TargetResponseTime",
                Map.of("ClusterName", CLUSTER, "ServiceName", "catalog", "DiscoveryName", "catalog-sc")), "p99",
                "p99 response time (ms)", true));
    }

    @Test
    void missingTasksCountFromContainerInsightsAndNoDataAtAllIsNeitherAlarmNorAllClear() {
        var alarm = prod("cache").get(0);
        assertThat(alarm.kind()).isEqualTo(AlarmKind.TASKS_BELOW_DESIRED);
        assertThat(alarm.threshold()).isEqualTo(0);
        assertThat(alarm.evaluationPeriods()).isEqualTo(5);
        assertThat(alarm.datapointsToAlarm()).isEqualTo(5);
        assertThat(alarm.treatMissingData()).isEqualTo("missing");
        assertThat(alarm.queries()).extracting(q -> q.expression().orElseGet(() -> q.metric().orElseThrow().name()))
                .containsExactly("DesiredTaskCount", "RunningTaskCount", "desired - FILL(running, 0)");
        assertThat(alarm.rollsBackDeployments()).isFalse();
    }

    @Test
    void utilisationUsesTheServicesThresholds() {
        var cache = prod("cache");
        assertThat(cache.get(1).condition()).isEqualTo("average CPU above 85% for 5 minutes in a row");
        assertThat(cache.get(2).condition()).isEqualTo("average memory above 75% for 5 minutes in a row");
        assertThat(cache.get(2).metrics()).containsExactly(new MetricId("AWS/ECS", "MemoryUtilization",
                Map.of("ClusterName", CLUSTER, "ServiceName", "cache")));
    }

    @Test
    void withoutContainerInsightsThereIsNoTaskAlarm() {
        var config = StackFiles.load("""
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: lab.internal
                  ecs-platform:protect: false
                  ecs-platform:cluster: {containerInsights: disabled}
                  ecs-platform:services:
                    web: {image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0.0", port: 8080}
                """);
        assertThat(Fixtures.alarms("lab", config)).extracting(PlannedAlarm::kind).containsExactly(
                AlarmKind.ERROR_RATE, AlarmKind.LATENCY_P99, AlarmKind.CPU_HIGH, AlarmKind.MEMORY_HIGH);
    }

    @Test
    void everyMetricMathAlarmStaysWithinCloudWatchsTenMetrics() {
        for (var stack : List.of("dev", "prod")) {
            assertThat(Fixtures.alarms(stack, StackFiles.config(stack))).allSatisfy(a -> {
                assertThat(a.metrics()).hasSizeLessThanOrEqualTo(10);
                assertThat(a.evaluationPeriods() * a.periodSeconds()).isLessThanOrEqualTo(86_400);
                assertThat(a.description()).hasSizeLessThanOrEqualTo(1024);
            });
        }
    }
}
