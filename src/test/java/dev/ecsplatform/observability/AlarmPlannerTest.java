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
    void theErrorRateSumsTheCallersOutbound5xxOverTheRequestsTheServiceReceived() {
        var alarm = prod("orders").get(0);
        var inbound = Map.of("ClusterName", CLUSTER, "ServiceName", "orders", "DiscoveryName", "orders-sc");
        assertThat(alarm).isEqualTo(new PlannedAlarm("orders", AlarmKind.ERROR_RATE, "ecs-platform-prod-orders-5xx-rate",
                "ecs-platform-prod/orders/5xx-rate",
                "5xx responses above 2% of requests for 3 minutes in a row (a minute with fewer than 20 requests counts as 0%)",
                "orders: 5xx responses above 2% of requests for 3 minutes in a row (a minute with fewer than 20 requests "
                        + "counts as 0%). 5xx as its callers' Service Connect proxies (api, inventory, notifier) got them, "
                        + "of the requests orders's proxies received. Standalone callers (erp, saleor) have no proxy and "
                        + "are not measured. No requests is not a failure (missing data is OK). In ALARM during a "
                        + "deployment, ECS marks it failed and rolls it back.",
                "GreaterThanThreshold", 2, 60, 3, 3, "notBreaching", Optional.empty(), List.of(
                AlarmQuery.metric("e1", outbound("HTTPCode_Target_5XX_Count", "api", "orders-sc"), "Sum", "5xx api got",
                        false),
                AlarmQuery.metric("e2", outbound("HTTPCode_Target_5XX_Count", "inventory", "orders-sc"), "Sum",
                        "5xx inventory got", false),
                AlarmQuery.metric("e3", outbound("HTTPCode_Target_5XX_Count", "notifier", "orders-sc"), "Sum",
                        "5xx notifier got", false),
                AlarmQuery.metric("requests", new MetricId("AWS/ECS", "RequestCount", inbound), "Sum",
                        "requests orders received", false),
                AlarmQuery.expression("errors", "FILL(e1, 0) + FILL(e2, 0) + FILL(e3, 0)", "5xx responses", false),
                AlarmQuery.expression("errorpercent", "IF(requests >= 20, 100 * errors / requests, 0)",
                        "5xx % of requests"))));
        assertThat(alarm.rollsBackDeployments()).isTrue();
    }

    @Test
    void aPublicServiceAddsTheLoadBalancersTargetMetrics() {
        var api = prod("api");
        var targetGroup = new MetricId("AWS/ApplicationELB", "HTTPCode_Target_5XX_Count",
                Map.of("TargetGroup", "${targetGroup:api}", "LoadBalancer", "${loadBalancer}"));
        // api has no ECS caller: only the load balancer measures what it answers.
        assertThat(api.get(0).queries()).extracting(AlarmQuery::id).containsExactly("lb", "requests", "errors",
                "errorpercent");
        assertThat(api.get(0).metrics().get(0)).isEqualTo(targetGroup);
        assertThat(api.get(0).queries().get(2).expression()).hasValue("FILL(lb, 0)");
        assertThat(api.get(1).queries()).containsExactly(
                AlarmQuery.metric("lb", new MetricId("AWS/ApplicationELB", "TargetResponseTime",
                        Map.of("TargetGroup", "${targetGroup:api}", "LoadBalancer", "${loadBalancer}")), "p99",
                        "p99 (s) the load balancer saw", false),
                AlarmQuery.expression("lbms", "lb * 1000", "p99 (ms) the load balancer saw", false),
                AlarmQuery.expression("worst", "MAX([lbms])", "p99 (ms), worst caller"));
    }

    @Test
    void latencyIsTheWorstCallersP99InMilliseconds() {
        // catalog has one ECS caller: a plain percentile alarm that keeps its state on too few samples.
        var catalog = prod("catalog").get(1);
        assertThat(catalog.kind()).isEqualTo(AlarmKind.LATENCY_P99);
        assertThat(catalog.threshold()).isEqualTo(2000);
        assertThat(catalog.lowSampleCountPercentiles()).hasValue("ignore");
        assertThat(catalog.treatMissingData()).isEqualTo("notBreaching");
        assertThat(catalog.queries()).containsExactly(AlarmQuery.metric("p99",
                outbound("TargetResponseTime", "api", "catalog-sc"), "p99", "p99 (ms) api saw", true));
        // inventory (gRPC) has two: percentiles cannot be summed, so the alarm watches the worst of them.
        var inventory = prod("inventory").get(0);
        assertThat(inventory.kind()).isEqualTo(AlarmKind.LATENCY_P99);
        assertThat(inventory.lowSampleCountPercentiles()).isEmpty();
        assertThat(inventory.queries()).containsExactly(
                AlarmQuery.metric("p1", outbound("TargetResponseTime", "catalog", "inventory-sc"), "p99",
                        "p99 (ms) catalog saw", false),
                AlarmQuery.metric("p2", outbound("TargetResponseTime", "orders", "inventory-sc"), "p99",
                        "p99 (ms) orders saw", false),
                AlarmQuery.expression("worst", "MAX([p1, p2])", "p99 (ms), worst caller"));
    }

    @Test
    void aServiceOnlyStandaloneServersCallHasNoRequestAlarms() {
        var config = StackFiles.load("""
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: lab.internal
                  ecs-platform:protect: false
                  ecs-platform:services:
                    web: {image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0.0", port: 8080}
                  ecs-platform:externalClients:
                    erp: {cidrs: [10.0.0.0/24], calls: [web]}
                """);
        assertThat(Fixtures.alarms("lab", config)).extracting(PlannedAlarm::kind).containsExactly(
                AlarmKind.TASKS_BELOW_DESIRED, AlarmKind.CPU_HIGH, AlarmKind.MEMORY_HIGH);
    }

    private static MetricId outbound(String metric, String caller, String targetDiscoveryName) {
        return new MetricId("AWS/ECS", metric, Map.of("ClusterName", CLUSTER, "ServiceName", caller,
                "TargetDiscoveryName", targetDiscoveryName));
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
                    worker: {image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/worker:1.0.0", calls: [web]}
                """);
        assertThat(Fixtures.alarms("lab", config)).filteredOn(a -> a.service().equals("web"))
                .extracting(PlannedAlarm::kind).containsExactly(
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
