package dev.ecsplatform.plan;

import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both stacks' plans against what AWS documents, independently of the alarm planner: the expected callers come from
 * the stack file read with SnakeYAML, the discovery names and the cluster from the plan's ECS resources, and the
 * dimension sets from the documentation, written out here.
 *
 * <p>Sources: ECS developer guide, "Amazon ECS CloudWatch metrics" (Service Connect metrics and "Dimensions for Amazon
 * ECS metrics": inbound metrics on {@code DiscoveryName} [+ {@code ServiceName, ClusterName}], outbound on
 * {@code TargetDiscoveryName} [+ {@code ServiceName} = the calling service, {@code ClusterName}]); Container Insights'
 * ECS metrics; Elastic Load Balancing, "CloudWatch metrics for your Application Load Balancer" (target metrics by
 * {@code LoadBalancer} or {@code TargetGroup, LoadBalancer}).
 */
class ServiceConnectMetricsInPlansTest {

    private static final String ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";

    /** namespace/metric → the documented dimension sets. */
    private static final Map<String, List<Set<String>>> DOCUMENTED = documented();

    private static Map<String, List<Set<String>>> documented() {
        var inbound = List.of(Set.of("DiscoveryName"), Set.of("DiscoveryName", "ServiceName", "ClusterName"));
        var outbound = List.of(Set.of("TargetDiscoveryName"), Set.of("TargetDiscoveryName", "ServiceName", "ClusterName"));
        var ecsService = List.of(Set.of("ClusterName"), Set.of("ClusterName", "ServiceName"));
        var target = List.of(Set.of("LoadBalancer"), Set.of("TargetGroup", "LoadBalancer"));
        var map = new HashMap<String, List<Set<String>>>();
        for (var m : List.of("ActiveConnectionCount", "NewConnectionCount", "ProcessedBytes", "RequestCount",
                "GrpcRequestCount")) {
            map.put("AWS/ECS/" + m, inbound);
        }
        for (var m : List.of("HTTPCode_Target_2XX_Count", "HTTPCode_Target_3XX_Count", "HTTPCode_Target_4XX_Count",
                "HTTPCode_Target_5XX_Count", "RequestCountPerTarget", "TargetProcessedBytes", "TargetResponseTime")) {
            map.put("AWS/ECS/" + m, outbound);
        }
        map.put("AWS/ECS/CPUUtilization", ecsService);
        map.put("AWS/ECS/MemoryUtilization", ecsService);
        map.put("ECS/ContainerInsights/DesiredTaskCount", List.of(Set.of("ClusterName", "ServiceName")));
        map.put("ECS/ContainerInsights/RunningTaskCount", List.of(Set.of("ClusterName", "ServiceName")));
        for (var m : List.of("HTTPCode_Target_5XX_Count", "TargetResponseTime", "RequestCount")) {
            map.put("AWS/ApplicationELB/" + m, target);
        }
        return map;
    }

    /** One metric an alarm reads: namespace, name, dimensions, statistic. */
    private record Read(String namespace, String name, Map<String, String> dimensions, String stat) {
    }

    private static List<Read> reads(PlannedResource alarm) {
        var reads = new ArrayList<Read>();
        if (alarm.input("metricName") != null) {
            var stat = alarm.inputString("extendedStatistic") != null ? alarm.inputString("extendedStatistic")
                    : alarm.inputString("statistic");
            reads.add(new Read(alarm.inputString("namespace"), alarm.inputString("metricName"), strings(alarm.input("dimensions")), stat));
        }
        if (alarm.input("metricQueries") instanceof List<?> queries) {
            for (var q : queries) {
                if (((Map<?, ?>) q).get("metric") instanceof Map<?, ?> m) {
                    reads.add(new Read((String) m.get("namespace"), (String) m.get("metricName"), strings(m.get("dimensions")),
                            (String) m.get("stat")));
                }
            }
        }
        return reads;
    }

    private static Map<String, String> strings(Object map) {
        var result = new TreeMap<String, String>();
        ((Map<?, ?>) map).forEach((k, v) -> result.put((String) k, (String) v));
        return result;
    }

    /** A service as the stack file says: protocol, callees, public, alarms on. */
    private record Declared(String protocol, boolean hasPort, Set<String> calls, boolean isPublic, boolean alarms) {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Declared> declared(String stack) throws IOException {
        Map<String, Object> file = new Yaml().load(Files.readString(StackFiles.path(stack)));
        var config = (Map<String, Object>) file.get("config");
        var environmentAlarms = (Map<String, Object>) ((Map<String, Object>) config.getOrDefault("ecs-platform:observability",
                Map.of())).getOrDefault("alarms", Map.of());
        boolean alarmsOn = !Boolean.FALSE.equals(environmentAlarms.get("enabled"));
        var services = new TreeMap<String, Declared>();
        ((Map<String, Map<String, Object>>) config.get("ecs-platform:services")).forEach((name, s) -> {
            var alarms = (Map<String, Object>) s.getOrDefault("alarms", Map.of());
            services.put(name, new Declared((String) s.getOrDefault("protocol", "http"), s.containsKey("port"),
                    new TreeSet<>((List<String>) s.getOrDefault("calls", List.of())), s.containsKey("public"),
                    alarms.containsKey("enabled") ? Boolean.TRUE.equals(alarms.get("enabled")) : alarmsOn));
        });
        return services;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyAlarmReadsOnlyDocumentedDimensionSetsWithValuesThatExist(String stack) throws IOException {
        var plan = StackFiles.plan(stack);
        var declared = declared(stack);
        var cluster = plan.ofType("aws:ecs/cluster:Cluster").get(0).inputString("name");
        var discovery = discoveryNames(plan);
        var loadBalancer = plan.ofType("aws:lb/loadBalancer:LoadBalancer").stream()
                .map(lb -> "app/" + lb.inputString("name") + "/0123456789abcdef").toList();
        for (var alarm : plan.ofType(ALARM)) {
            for (var read : reads(alarm)) {
                var sets = DOCUMENTED.get(read.namespace() + "/" + read.name());
                assertThat(sets).as("%s reads %s/%s, which no source documents", alarm.name(), read.namespace(), read.name())
                        .isNotNull();
                assertThat(sets).as("%s: dimensions of %s", alarm.name(), read.name()).contains(read.dimensions().keySet());
                var d = read.dimensions();
                if (d.containsKey("ClusterName")) {
                    assertThat(d.get("ClusterName")).isEqualTo(cluster);
                    assertThat(declared).containsKey(d.get("ServiceName"));
                }
                if (d.containsKey("DiscoveryName")) {
                    // Inbound: published by the receiving service's proxies, under its own discovery name.
                    assertThat(discovery.get(d.get("ServiceName"))).isEqualTo(d.get("DiscoveryName"));
                }
                if (d.containsKey("TargetDiscoveryName")) {
                    // Outbound: ServiceName is a caller of the service that owns the target discovery name.
                    var callee = owner(discovery, d.get("TargetDiscoveryName"));
                    assertThat(declared.get(d.get("ServiceName")).calls()).as(alarm.name()).contains(callee);
                }
                if (d.containsKey("LoadBalancer")) {
                    assertThat(loadBalancer).contains(d.get("LoadBalancer"));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceWithEcsCallersHasRequestAlarmsBuiltFromItsCallersSeriesAndRollsBackOnThem(String stack)
            throws IOException {
        var plan = StackFiles.plan(stack);
        var declared = declared(stack);
        var cluster = plan.ofType("aws:ecs/cluster:Cluster").get(0).inputString("name");
        var discovery = discoveryNames(plan);
        var alarms = new HashMap<String, PlannedResource>();
        plan.ofType(ALARM).forEach(a -> alarms.put(a.inputString("name"), a));
        int checked = 0;
        for (var entry : declared.entrySet()) {
            var name = entry.getKey();
            var service = entry.getValue();
            var callers = new TreeSet<String>();
            declared.forEach((caller, d) -> {
                if (d.calls().contains(name)) {
                    callers.add(caller);
                }
            });
            var errorName = cluster + "/" + name + "/5xx-rate";
            var latencyName = cluster + "/" + name + "/p99-latency";
            boolean requests = service.hasPort() && !service.protocol().equals("tcp") && service.alarms();
            if (!requests || (callers.isEmpty() && !service.isPublic())) {
                assertThat(alarms).as(name).doesNotContainKeys(errorName, latencyName);
                continue;
            }
            var ecs = plan.get("aws:ecs/service:Service", cluster + "-" + name + "-service");
            @SuppressWarnings("unchecked")
            var rollback = (List<String>) ecs.input("alarms.alarmNames");
            assertThat(rollback).as(name).contains(latencyName);
            assertThat(reads(alarms.get(latencyName))).as(name).containsExactlyInAnyOrderElementsOf(
                    expectedReads(plan, cluster, name, discovery.get(name), callers, service.isPublic(),
                            "TargetResponseTime", "p99"));
            if (service.protocol().equals("grpc")) {
                // HTTP status-code counts exist for http and http2 ports only.
                assertThat(alarms).doesNotContainKey(errorName);
            } else {
                assertThat(rollback).as(name).contains(errorName);
                var expected = expectedReads(plan, cluster, name, discovery.get(name), callers, service.isPublic(),
                        "HTTPCode_Target_5XX_Count", "Sum");
                expected.add(new Read("AWS/ECS", "RequestCount", new TreeMap<>(Map.of("ClusterName", cluster,
                        "ServiceName", name, "DiscoveryName", discovery.get(name))), "Sum"));
                assertThat(reads(alarms.get(errorName))).as(name).containsExactlyInAnyOrderElementsOf(expected);
            }
            checked++;
        }
        assertThat(checked).as("services with request alarms").isGreaterThanOrEqualTo(4);
    }

    private static List<Read> expectedReads(Plan plan, String cluster, String name, String discoveryName,
                                            Set<String> callers, boolean isPublic, String metric, String stat) {
        var reads = new ArrayList<Read>();
        for (var caller : callers) {
            reads.add(new Read("AWS/ECS", metric, new TreeMap<>(Map.of("ClusterName", cluster, "ServiceName", caller,
                    "TargetDiscoveryName", discoveryName)), stat));
        }
        if (isPublic) {
            // The mock's ARN suffixes: app/<load balancer name>/…, targetgroup/<target group name>/….
            var loadBalancer = plan.ofType("aws:lb/loadBalancer:LoadBalancer").get(0).inputString("name");
            var targetGroup = plan.get("aws:lb/targetGroup:TargetGroup", cluster + "-" + name + "-tg").inputString("name");
            reads.add(new Read("AWS/ApplicationELB", metric, new TreeMap<>(Map.of(
                    "LoadBalancer", "app/" + loadBalancer + "/0123456789abcdef",
                    "TargetGroup", "targetgroup/" + targetGroup + "/0123456789abcdef")), stat));
        }
        return reads;
    }

    private static Map<String, String> discoveryNames(Plan plan) {
        var names = new HashMap<String, String>();
        for (var ecs : plan.ofType("aws:ecs/service:Service")) {
            if (ecs.input("serviceConnectConfiguration.services") instanceof List<?> services && !services.isEmpty()) {
                names.put(ecs.inputString("name"), (String) ((Map<?, ?>) services.get(0)).get("discoveryName"));
            }
        }
        return names;
    }

    private static String owner(Map<String, String> discovery, String discoveryName) {
        var owners = new HashSet<String>();
        discovery.forEach((service, name) -> {
            if (name.equals(discoveryName)) {
                owners.add(service);
            }
        });
        assertThat(owners).as("the service with discovery name %s", discoveryName).hasSize(1);
        return owners.iterator().next();
    }
}
