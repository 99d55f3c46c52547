package dev.ecsplatform.observability;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.ecsplatform.callgraph.CallGraph;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard layout: the documented body structure, what each service and call edge shows, and paging. */
class DashboardPlannerTest {

    private static List<DashboardPlanner.Page> pages(String stack) {
        return DashboardPlanner.plan(Fixtures.dashboardInputs(stack, StackFiles.config(stack)));
    }

    private static JsonArray widgets(DashboardPlanner.Page page) {
        return JsonParser.parseString(DashboardJson.write(page.body())).getAsJsonObject().getAsJsonArray("widgets");
    }

    /** Metric widgets by title. */
    private static Map<String, JsonObject> graphs(DashboardPlanner.Page page) {
        var graphs = new TreeMap<String, JsonObject>();
        for (var widget : widgets(page)) {
            var w = widget.getAsJsonObject();
            if (w.get("type").getAsString().equals("metric")) {
                graphs.put(w.getAsJsonObject("properties").get("title").getAsString(), w.getAsJsonObject("properties"));
            }
        }
        return graphs;
    }

    /** A metric line as text: namespace, name and dimension pairs, e.g. {@code AWS/ECS RequestCount ClusterName=…}. */
    private static List<String> lines(JsonObject graph) {
        var lines = new ArrayList<String>();
        for (var line : graph.getAsJsonArray("metrics")) {
            var items = line.getAsJsonArray();
            if (items.get(0).isJsonObject()) {
                lines.add("expression " + items.get(0).getAsJsonObject().get("expression").getAsString());
                continue;
            }
            var text = new StringBuilder(items.get(0).getAsString()).append(' ').append(items.get(1).getAsString());
            for (int i = 2; i + 1 < items.size(); i += 2) {
                text.append(' ').append(items.get(i).getAsString()).append('=').append(items.get(i + 1).getAsString());
            }
            text.append(' ').append(items.get(items.size() - 1).getAsJsonObject().get("stat").getAsString());
            lines.add(text.toString());
        }
        return lines;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachStackHasOneDashboardWhoseBodyHasTheDocumentedStructure(String stack) {
        var pages = pages(stack);
        assertThat(pages).extracting(DashboardPlanner.Page::name).containsExactly("ecs-platform-" + stack);
        assertThat(pages.get(0).url()).isEqualTo("https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1"
                + "#dashboards/dashboard/ecs-platform-" + stack);
        assertThat(DashboardChecks.problems(DashboardJson.write(pages.get(0).body()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceHasItsRowAndEveryCallEdgeItsClientSideGraph(String stack) {
        var config = StackFiles.config(stack);
        var graph = CallGraph.of(config);
        var graphs = graphs(pages(stack).get(0));
        var cluster = "ClusterName=ecs-platform-" + stack;
        for (var service : config.services().values()) {
            var name = service.name();
            var own = "ServiceName=" + name;
            assertThat(lines(graphs.get(name + " · CPU and memory (%)"))).containsExactly(
                    "AWS/ECS CPUUtilization " + cluster + " " + own + " Average",
                    "AWS/ECS MemoryUtilization " + cluster + " " + own + " Average");
            assertThat(lines(graphs.get(name + " · running and desired tasks"))).containsExactly(
                    "ECS/ContainerInsights RunningTaskCount " + cluster + " " + own + " Average",
                    "ECS/ContainerInsights DesiredTaskCount " + cluster + " " + own + " Average");
            var server = cluster + " " + own + " DiscoveryName=" + name + "-sc";
            switch (service.isClientOnly() ? "client" : service.protocol().word()) {
                case "http", "http2" -> {
                    // Requests as its own proxies received them; 5xx only as each caller and the load balancer got them.
                    var expected = new ArrayList<String>();
                    var terms = new ArrayList<String>();
                    expected.add("AWS/ECS RequestCount " + server + " Sum");
                    int i = 0;
                    for (var caller : graph.callers(name)) {
                        expected.add("AWS/ECS HTTPCode_Target_5XX_Count " + cluster + " ServiceName=" + caller
                                + " TargetDiscoveryName=" + name + "-sc Sum");
                        terms.add("FILL(e" + (++i) + ", 0)");
                    }
                    if (service.publicEntry().isPresent()) {
                        expected.add("AWS/ApplicationELB HTTPCode_Target_5XX_Count TargetGroup=targetgroup/" + name
                                + "/0123 LoadBalancer=app/ecs-platform-" + stack + "/0123 Sum");
                        terms.add("FILL(lb, 0)");
                    }
                    expected.add("expression 100 * (" + String.join(" + ", terms) + ") / requests");
                    assertThat(lines(graphs.get(name + " · requests and 5xx %"))).containsExactlyElementsOf(expected);
                    assertThat(lines(graphs.get(name + " · p99 response time (ms) by caller")))
                            .containsExactlyElementsOf(latencyLines(stack, name, graph, service.publicEntry().isPresent()));
                }
                case "grpc" -> {
                    assertThat(lines(graphs.get(name + " · requests"))).containsExactly("AWS/ECS RequestCount " + server + " Sum");
                    assertThat(lines(graphs.get(name + " · p99 response time (ms) by caller")))
                            .containsExactlyElementsOf(latencyLines(stack, name, graph, false));
                    assertThat(graphs).doesNotContainKey(name + " · requests and 5xx %");
                }
                case "tcp" -> {
                    // Service Connect publishes connection and byte metrics only for a TCP port.
                    assertThat(lines(graphs.get(name + " · connections (tcp)"))).containsExactly(
                            "AWS/ECS ActiveConnectionCount " + server + " Sum",
                            "AWS/ECS NewConnectionCount " + server + " Sum",
                            "AWS/ECS ProcessedBytes " + server + " Sum");
                    assertThat(graphs.keySet()).noneMatch(t -> t.startsWith(name + " · re"));
                }
                default -> assertThat(graphs.keySet()).noneMatch(t -> t.startsWith(name + " · re") || t.startsWith(name + " · conn"));
            }
            for (var callee : graph.callees(name)) {
                var edge = graphs.get(name + " → " + callee + " (as " + name + " sees it)");
                assertThat(edge).as("edge %s → %s", name, callee).isNotNull();
                var client = cluster + " " + own + " TargetDiscoveryName=" + callee + "-sc";
                assertThat(lines(edge)).allMatch(l -> l.contains(client), "client-side dimensions " + client);
            }
        }
        long edges = config.services().values().stream().mapToLong(s -> graph.callees(s.name()).size()).sum();
        assertThat(graphs.keySet().stream().filter(t -> t.contains(" → "))).hasSize((int) edges);
    }

    private static List<String> latencyLines(String stack, String name, CallGraph graph, boolean pub) {
        var lines = new ArrayList<String>();
        graph.callers(name).forEach(caller -> lines.add("AWS/ECS TargetResponseTime ClusterName=ecs-platform-" + stack
                + " ServiceName=" + caller + " TargetDiscoveryName=" + name + "-sc p99"));
        if (pub) {
            lines.add("AWS/ApplicationELB TargetResponseTime TargetGroup=targetgroup/" + name + "/0123 LoadBalancer=app/"
                    + "ecs-platform-" + stack + "/0123 p99");
            lines.add("expression lb * 1000");
        }
        return lines;
    }

    @Test
    void thePublicEntryShowsTheLoadBalancerAndEachPublicServicesTargets() {
        var graphs = graphs(pages("prod").get(0));
        assertThat(lines(graphs.get("public entry · requests and 5xx"))).containsExactly(
                "AWS/ApplicationELB RequestCount LoadBalancer=app/ecs-platform-prod/0123 Sum",
                "AWS/ApplicationELB HTTPCode_ELB_5XX_Count LoadBalancer=app/ecs-platform-prod/0123 Sum",
                "AWS/ApplicationELB HTTPCode_Target_5XX_Count LoadBalancer=app/ecs-platform-prod/0123 Sum");
        assertThat(lines(graphs.get("public entry · targets"))).containsExactly(
                "AWS/ApplicationELB HealthyHostCount TargetGroup=targetgroup/api/0123 LoadBalancer=app/ecs-platform-prod/0123 Minimum",
                "AWS/ApplicationELB UnHealthyHostCount TargetGroup=targetgroup/api/0123 LoadBalancer=app/ecs-platform-prod/0123 Maximum");
    }

    @Test
    void thresholdsOfTheAlarmsAreDrawnOnTheirGraphs() {
        var graphs = graphs(pages("prod").get(0));
        assertThat(graphs.get("catalog · p99 response time (ms) by caller").getAsJsonObject("annotations").toString())
                .isEqualTo("{\"horizontal\":[{\"label\":\"p99 alarm\",\"value\":2000.0,\"yAxis\":\"left\"}]}");
        assertThat(graphs.get("orders · requests and 5xx %").getAsJsonObject("annotations").toString())
                .isEqualTo("{\"horizontal\":[{\"label\":\"5xx alarm\",\"value\":2.0,\"yAxis\":\"right\"}]}");
    }

    @Test
    void theAlarmWidgetListsEveryAlarmByArn() {
        var config = StackFiles.config("prod");
        var alarmWidget = widgets(pages("prod").get(0)).get(1).getAsJsonObject();
        assertThat(alarmWidget.get("type").getAsString()).isEqualTo("alarm");
        var arns = alarmWidget.getAsJsonObject("properties").getAsJsonArray("alarms").asList().stream()
                .map(e -> e.getAsString()).toList();
        assertThat(arns).containsExactlyElementsOf(Fixtures.alarms("prod", config).stream()
                .map(a -> "arn:aws:cloudwatch:us-east-1:123456789012:alarm:" + a.name()).toList());
    }

    @Test
    void aLargeEnvironmentContinuesOnFurtherPagesWithinCloudWatchsLimits() {
        var config = StackFiles.load(Fixtures.generated(200));
        var pages = DashboardPlanner.plan(Fixtures.dashboardInputs("big", config));
        assertThat(pages.size()).isGreaterThan(1);
        assertThat(pages.get(0).name()).isEqualTo("ecs-platform-big");
        assertThat(pages.get(1).name()).isEqualTo("ecs-platform-big_2");
        var seen = new ArrayList<String>();
        for (var page : pages) {
            var body = DashboardJson.write(page.body());
            assertThat(DashboardChecks.problems(body)).as(page.name()).isEmpty();
            assertThat(page.body().widgets()).hasSizeLessThanOrEqualTo(DashboardPlanner.MAX_WIDGETS);
            var header = widgets(page).get(0).getAsJsonObject().getAsJsonObject("properties").get("markdown").getAsString();
            for (var other : pages) {
                if (other != page) {
                    assertThat(header).contains(other.url());
                }
            }
            graphs(page).keySet().stream().filter(t -> t.endsWith(" · CPU and memory (%)"))
                    .forEach(t -> seen.add(t.substring(0, t.indexOf(' '))));
        }
        // Every service on exactly one page.
        assertThat(seen).containsExactlyInAnyOrderElementsOf(config.services().keySet());
    }

    @Test
    void theCheckerRefusesWhatCloudWatchWould() {
        var good = DashboardJson.write(pages("dev").get(0).body());
        assertThat(DashboardChecks.problems(good)).isEmpty();
        assertThat(DashboardChecks.problems("{\"start\":\"-PT3H\"}")).anyMatch(p -> p.contains("widgets"));
        assertThat(DashboardChecks.problems(good.replaceFirst("\"type\":\"metric\"", "\"type\":\"graph\""))).isNotEmpty();
        assertThat(DashboardChecks.problems(good.replaceFirst("\"region\":\"us-east-1\",", ""))).isNotEmpty();
        assertThat(DashboardChecks.problems(good.replace("\"markdown\":", "\"text\":"))).isNotEmpty();
        assertThat(DashboardChecks.problems(good.replace("\"stat\":\"Sum\"", "\"statistic\":\"Sum\""))).isNotEmpty();
        assertThat(DashboardChecks.problems(good.replaceFirst("\"x\":6,", "\"x\":20,"))).anyMatch(p -> p.contains("beyond 24"));
        assertThat(DashboardChecks.problems(good.replaceFirst("\"y\":2,", "\"y\":0,"))).anyMatch(p -> p.contains("overlaps"));
        assertThat(DashboardChecks.problems(good.replace("FILL(lb, 0)", "FILL(failures, 0)")))
                .anyMatch(p -> p.contains("undefined id failures"));
    }
}
