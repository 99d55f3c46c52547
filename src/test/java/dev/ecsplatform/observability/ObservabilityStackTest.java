package dev.ecsplatform.observability;

import dev.ecsplatform.config.ServiceSettings;
import dev.ecsplatform.callgraph.CallGraph;
import com.google.gson.JsonParser;
import dev.ecsplatform.plan.Plan;
import dev.ecsplatform.plan.PlannedResource;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The observability resources of both real stacks, asserted on their exact inputs in the offline plan. */
class ObservabilityStackTest {

    private static final String ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
    private static final String ACCOUNT = "123456789012";

    private static String prefix(String stack) {
        return "ecs-platform-" + stack;
    }

    private static String topicArn(String stack) {
        return "arn:aws:sns:us-east-1:" + ACCOUNT + ":" + prefix(stack) + "-alerting-topic";
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theAlarmTopicIsEncryptedWithItsOwnKeyThatCloudWatchMayUse(String stack) {
        var plan = StackFiles.plan(stack);
        var config = StackFiles.config(stack);
        var key = plan.get("aws:kms/key:Key", prefix(stack) + "-alerting-key");
        assertThat(key.inputs()).containsEntry("enableKeyRotation", true)
                .containsEntry("deletionWindowInDays", config.protect() ? 30.0 : 7.0)
                .containsEntry("policy", AlarmTopicPolicies.keyPolicy("us-east-1", ACCOUNT, List.of(
                        "arn:aws:iam::" + ACCOUNT + ":role/bootstrap/" + prefix(stack) + "-pulumi-deploy",
                        "arn:aws:iam::" + ACCOUNT + ":role/bootstrap/" + prefix(stack) + "-github-deploy"),
                        // dev's api allows ECS Exec: the key also encrypts its session log group; prod has no Exec.
                        config.services().values().stream().anyMatch(ServiceSettings::exec)
                                ? Optional.of("arn:aws:logs:us-east-1:" + ACCOUNT + ":log-group:/ecs-platform/" + stack
                                + "/ecs-exec/sessions")
                                : Optional.empty()));
        assertThat(key.inputs()).containsKey("policy");
        assertThat(key.inputString("policy").contains("CloudWatchLogsEncryptExecSessions")).isEqualTo(stack.equals("dev"));
        assertThat(key.protect()).isEqualTo(config.protect());
        assertThat(plan.get("aws:kms/alias:Alias", prefix(stack) + "-alerting-key-alias").inputs()).isEqualTo(Map.of(
                "name", "alias/ecs-platform/" + stack + "/alarms", "targetKeyId", prefix(stack) + "-alerting-key"));
        var topic = plan.get("aws:sns/topic:Topic", prefix(stack) + "-alerting-topic");
        assertThat(topic.inputs()).containsEntry("name", prefix(stack) + "-alarms")
                .containsEntry("kmsMasterKeyId", "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/" + prefix(stack) + "-alerting-key");
        assertThat(topic.protect()).isEqualTo(config.protect());
        assertThat(plan.get("aws:sns/topicPolicy:TopicPolicy", prefix(stack) + "-alerting-topic-policy").inputs())
                .isEqualTo(Map.of("arn", topicArn(stack), "policy", AlarmTopicPolicies.topicPolicy("us-east-1", ACCOUNT,
                        topicArn(stack), prefix(stack) + "/")));
        var subscriptions = plan.ofType("aws:sns/topicSubscription:TopicSubscription").stream()
                .map(s -> s.inputs()).collect(Collectors.toSet());
        assertThat(subscriptions).isEqualTo(config.observability().subscribers().stream()
                .map(s -> Map.<String, Object>of("topic", topicArn(stack), "protocol", s.protocol(), "endpoint", s.endpoint()))
                .collect(Collectors.toSet()));
        assertThat(plan.outputs()).containsEntry("alarmTopicArn", topicArn(stack));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyPlannedAlarmIsRegisteredWithItsExactInputs(String stack) {
        var plan = StackFiles.plan(stack);
        var planned = Fixtures.alarms(stack, StackFiles.config(stack));
        var suffixes = loadBalancerSuffixes(plan);
        assertThat(plan.ofType(ALARM)).extracting(PlannedResource::name)
                .containsExactlyInAnyOrderElementsOf(planned.stream().map(PlannedAlarm::logicalName).toList());
        for (var alarm : planned) {
            var inputs = new HashMap<>(plan.get(ALARM, alarm.logicalName()).inputs());
            assertThat(inputs).as(alarm.name())
                    .containsEntry("name", alarm.name())
                    .containsEntry("alarmDescription", alarm.description())
                    .containsEntry("comparisonOperator", "GreaterThanThreshold")
                    .containsEntry("threshold", alarm.threshold())
                    .containsEntry("evaluationPeriods", (double) alarm.evaluationPeriods())
                    .containsEntry("datapointsToAlarm", (double) alarm.datapointsToAlarm())
                    .containsEntry("treatMissingData", alarm.treatMissingData())
                    .containsEntry("alarmActions", List.of(topicArn(stack)))
                    .containsEntry("okActions", List.of(topicArn(stack)));
            if (alarm.queries().size() == 1) {
                var metric = alarm.metrics().get(0);
                assertThat(inputs).containsEntry("namespace", metric.namespace()).containsEntry("metricName", metric.name())
                        .containsEntry("dimensions", resolved(metric.dimensions(), suffixes)).containsEntry("period", 60.0)
                        .containsEntry(alarm.queries().get(0).stat().orElseThrow().startsWith("p") ? "extendedStatistic"
                                : "statistic", alarm.queries().get(0).stat().orElseThrow());
            } else {
                assertThat(inputs.get("metricQueries")).isEqualTo(alarm.queries().stream().map(q -> {
                    var line = new HashMap<String, Object>(Map.of("id", q.id(), "label", q.label(), "returnData", q.returnData()));
                    q.expression().ifPresent(e -> line.put("expression", e));
                    q.metric().ifPresent(m -> line.put("metric", Map.of("namespace", m.namespace(), "metricName", m.name(),
                            "dimensions", resolved(m.dimensions(), suffixes), "period", 60.0, "stat", q.stat().orElseThrow())));
                    return line;
                }).toList());
            }
        }
    }

    /** The mock's ARN suffixes of the load balancer and each target group, by the stand-in the planner writes. */
    private static Map<String, String> loadBalancerSuffixes(Plan plan) {
        var suffixes = new HashMap<String, String>();
        plan.ofType("aws:lb/loadBalancer:LoadBalancer").forEach(lb -> suffixes.put("${loadBalancer}",
                "app/" + lb.inputString("name") + "/0123456789abcdef"));
        plan.ofType("aws:lb/targetGroup:TargetGroup").forEach(tg -> {
            var service = tg.name().substring(tg.name().indexOf('-', "ecs-platform-".length()) + 1,
                    tg.name().length() - "-tg".length());
            suffixes.put("${targetGroup:" + service + "}", "targetgroup/" + tg.inputString("name") + "/0123456789abcdef");
        });
        return suffixes;
    }

    private static Map<String, String> resolved(Map<String, String> dimensions, Map<String, String> suffixes) {
        var map = new java.util.LinkedHashMap<String, String>();
        dimensions.forEach((k, v) -> map.put(k, suffixes.getOrDefault(v, v)));
        assertThat(map.values()).noneMatch(v -> v.startsWith("${"));
        return map;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void alarmDimensionsNameTheClusterTheEcsServiceAndItsDiscoveryNameAsRegistered(String stack) {
        var plan = StackFiles.plan(stack);
        var cluster = plan.ofType("aws:ecs/cluster:Cluster").get(0).inputString("name");
        var services = new HashMap<String, PlannedResource>();
        plan.ofType("aws:ecs/service:Service").forEach(s -> services.put(s.inputString("name"), s));
        for (var alarm : plan.ofType(ALARM)) {
            for (var dimensions : dimensionSets(alarm)) {
                if (dimensions.containsKey("LoadBalancer")) {
                    continue;    // the load balancer's target metrics: checked in ServiceConnectMetricsInPlansTest
                }
                assertThat(dimensions.get("ClusterName")).as(alarm.name()).isEqualTo(cluster);
                var service = services.get(dimensions.get("ServiceName"));
                assertThat(service).as("the ECS service %s of %s", dimensions.get("ServiceName"), alarm.name()).isNotNull();
                if (dimensions.containsKey("DiscoveryName")) {
                    var endpoint = (Map<?, ?>) ((List<?>) service.input("serviceConnectConfiguration.services")).get(0);
                    assertThat(dimensions.get("DiscoveryName")).isEqualTo(endpoint.get("discoveryName"));
                }
            }
        }
    }

    private static List<Map<?, ?>> dimensionSets(PlannedResource alarm) {
        var sets = new ArrayList<Map<?, ?>>();
        if (alarm.input("dimensions") instanceof Map<?, ?> dimensions) {
            sets.add(dimensions);
        }
        if (alarm.input("metricQueries") instanceof List<?> queries) {
            queries.forEach(q -> {
                if (q instanceof Map<?, ?> query && query.get("metric") instanceof Map<?, ?> metric) {
                    sets.add((Map<?, ?>) metric.get("dimensions"));
                }
            });
        }
        return sets;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyEcsServiceRollsBackOnItsOwn5xxAndLatencyAlarmsWhichExistFirst(String stack) {
        var plan = StackFiles.plan(stack);
        var alarmsByName = new HashMap<String, PlannedResource>();
        plan.ofType(ALARM).forEach(a -> alarmsByName.put(a.inputString("name"), a));
        for (var service : StackFiles.config(stack).services().values()) {
            var ecs = plan.get("aws:ecs/service:Service", prefix(stack) + "-" + service.name() + "-service");
            var expected = new ArrayList<String>();
            for (var kind : AlarmPlanner.kinds(service, RequestSources.of(CallGraph.of(StackFiles.config(stack)), service),
                    true)) {
                if (kind.rollsBackDeployments()) {
                    expected.add(prefix(stack) + "/" + service.name() + "/" + kind.slug());
                }
            }
            if (expected.isEmpty()) {
                // tcp and client-only services; and dev's notifier, whose alarms are off, is client-only.
                assertThat(ecs.input("alarms")).as(service.name()).isNull();
                continue;
            }
            assertThat(ecs.input("alarms")).as(service.name())
                    .isEqualTo(Map.of("alarmNames", expected, "enable", true, "rollback", true));
            for (var name : expected) {
                var alarm = alarmsByName.get(name);
                assertThat(alarm).as("alarm %s exists", name).isNotNull();
                assertThat(ecs.dependsOn()).contains(alarm.urn());
            }
        }
    }

    @Test
    void turningAServicesAlarmsOffTellsEcsToStopUsingThem() throws java.io.IOException {
        // The provider sends no alarms when the block disappears, and ECS would keep judging deployments by
        // alarms that no longer exist: the block stays, with rollback off.
        var orders = "      calls: [cache, inventory]\n      command: [\"./podinfo\", \"--port=8080\", \"--level=info\"]\n"
                + "      environment:\n";
        var dev = java.nio.file.Files.readString(StackFiles.path("dev"));
        assertThat(dev).contains(orders);
        var yaml = dev.replace(orders, "      calls: [cache, inventory]\n      alarms: {enabled: false}\n"
                + orders.substring(orders.indexOf("      command")));
        var plan = StackFiles.planYaml("dev", yaml);
        var ordersService = plan.get("aws:ecs/service:Service", "ecs-platform-dev-orders-service");
        assertThat(ordersService.input("alarms")).isEqualTo(Map.of("alarmNames",
                List.of("ecs-platform-dev/orders/5xx-rate", "ecs-platform-dev/orders/p99-latency"),
                "enable", false, "rollback", false));
        assertThat(ordersService.dependsOn()).noneMatch(urn -> urn.contains("metricAlarm"));
        assertThat(plan.ofType(ALARM)).noneMatch(a -> a.name().contains("-orders-"));
        // A tcp or client-only service never had deployment alarms: no block at all.
        assertThat(plan.get("aws:ecs/service:Service", "ecs-platform-dev-notifier-service").input("alarms")).isNull();
    }

    @Test
    void aServiceWhoseLastCallerGoesKeepsItsAlarmsBlockWithRollbackOff() throws java.io.IOException {
        // catalog's 5xx and latency exist only in api's outbound series: without api's call there are none, and ECS
        // must stop judging catalog's deployments by the deleted alarms (the provider never sends a removed block).
        var calls = "      desiredCount: 1\n      calls: [catalog, orders]\n";
        var dev = java.nio.file.Files.readString(StackFiles.path("dev"));
        assertThat(dev).contains(calls);
        var plan = StackFiles.planYaml("dev", dev.replace(calls, "      desiredCount: 1\n      calls: [orders]\n"));
        assertThat(plan.get("aws:ecs/service:Service", "ecs-platform-dev-catalog-service").input("alarms"))
                .isEqualTo(Map.of("alarmNames", List.of("ecs-platform-dev/catalog/5xx-rate",
                        "ecs-platform-dev/catalog/p99-latency"), "enable", false, "rollback", false));
        assertThat(plan.ofType(ALARM)).extracting(PlannedResource::name)
                .doesNotContain("ecs-platform-dev-catalog-5xx-rate", "ecs-platform-dev-catalog-p99-latency")
                .contains("ecs-platform-dev-catalog-cpu-high");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void oneDashboardWhoseUrlIsAStackOutput(String stack) {
        var plan = StackFiles.plan(stack);
        var dashboards = plan.ofType("aws:cloudwatch/dashboard:Dashboard");
        assertThat(dashboards).extracting(PlannedResource::name).containsExactly(prefix(stack) + "-views-dashboard");
        var dashboard = dashboards.get(0);
        assertThat(dashboard.inputString("dashboardName")).isEqualTo(prefix(stack));
        var body = dashboard.inputString("dashboardBody");
        assertThat(DashboardChecks.problems(body)).isEmpty();
        var text = JsonParser.parseString(body).toString();
        // The load balancer's real ARN suffix (here the mock's) reaches the body once resolved.
        assertThat(text).contains("\"LoadBalancer\",\"app/" + prefix(stack) + "/0123456789abcdef\"");
        for (var service : StackFiles.config(stack).services().keySet()) {
            assertThat(text).contains("\"ServiceName\",\"" + service + "\"");
        }
        assertThat(plan.outputs()).containsEntry("dashboardUrl", "https://us-east-1.console.aws.amazon.com/cloudwatch/home"
                + "?region=us-east-1#dashboards/dashboard/" + prefix(stack));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void savedQueriesReadTheLogGroupsTheServicesWriteAndAreSavedAfterThem(String stack) {
        var plan = StackFiles.plan(stack);
        var logGroups = plan.ofType("aws:cloudwatch/logGroup:LogGroup").stream().map(g -> g.inputString("name"))
                .collect(Collectors.toSet());
        var queries = plan.ofType("aws:cloudwatch/queryDefinition:QueryDefinition");
        var services = StackFiles.config(stack).services().keySet();
        assertThat(queries).hasSize(services.size() + 1);
        for (var service : services) {
            var query = plan.get("aws:cloudwatch/queryDefinition:QueryDefinition", prefix(stack) + "-" + service + "-logs-query");
            var groups = List.of("/ecs-platform/" + stack + "/services/" + service + "/app",
                    "/ecs-platform/" + stack + "/services/" + service + "/service-connect");
            assertThat(query.inputs()).isEqualTo(Map.of("name", "ecs-platform/" + stack + "/services/" + service,
                    "logGroupNames", groups, "queryString", SavedQueries.query()));
            assertThat(logGroups).containsAll(groups);
            assertThat(query.dependsOn()).containsExactly("urn:pulumi:" + stack + "::ecs-platform::pulumi:pulumi:Stack"
                    + "$ecs-platform:service:ConnectedService::" + prefix(stack) + "-" + service);
        }
        var all = plan.get("aws:cloudwatch/queryDefinition:QueryDefinition", prefix(stack) + "-logs-query");
        assertThat(all.inputString("name")).isEqualTo("ecs-platform/" + stack + "/all services");
        assertThat(Set.copyOf((List<?>) all.input("logGroupNames"))).hasSize(services.size() * 2).allMatch(logGroups::contains);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theObservabilityComponentsHoldTheirResources(String stack) {
        Plan plan = StackFiles.plan(stack);
        var alerting = "urn:pulumi:" + stack + "::ecs-platform::pulumi:pulumi:Stack$ecs-platform:observability:Alerting::"
                + prefix(stack) + "-alerting";
        var views = "urn:pulumi:" + stack + "::ecs-platform::pulumi:pulumi:Stack$ecs-platform:observability:Views::"
                + prefix(stack) + "-views";
        assertThat(plan.ofType(ALARM)).allMatch(a -> a.parentUrn().equals(alerting));
        assertThat(plan.ofType("aws:sns/topic:Topic")).allMatch(a -> a.parentUrn().equals(alerting));
        assertThat(plan.ofType("aws:cloudwatch/dashboard:Dashboard")).allMatch(a -> a.parentUrn().equals(views));
        assertThat(plan.ofType("aws:cloudwatch/queryDefinition:QueryDefinition")).allMatch(a -> a.parentUrn().equals(views));
    }
}
