package dev.ecsplatform.observability;

import dev.ecsplatform.config.ServiceSettings;
import dev.ecsplatform.observability.DashboardBody.Annotation;
import dev.ecsplatform.observability.DashboardBody.Annotations;
import dev.ecsplatform.observability.DashboardBody.Axis;
import dev.ecsplatform.observability.DashboardBody.MetricWidget;
import dev.ecsplatform.observability.DashboardBody.TextWidget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The graphs of one service, one call edge and the public entry, before they are placed on the grid. Pure.
 * Which graphs a service gets follows its protocol, as {@link ServiceConnectMetric} says what its proxy publishes.
 */
final class DashboardWidgets {

    static final int PERIOD = 60;
    static final int GRAPH_WIDTH = 6;
    static final int GRAPH_HEIGHT = 6;

    /** A widget's content and size, not yet placed. */
    record Sized(String type, int width, int height, DashboardBody.WidgetProperties properties) {
        int metricCount() {
            return properties instanceof MetricWidget m ? m.metrics().size() : 0;
        }
    }

    private final String region;
    private final String cluster;

    private final boolean taskCounts;

    DashboardWidgets(String region, String cluster, boolean taskCounts) {
        this.region = region;
        this.cluster = cluster;
        this.taskCounts = taskCounts;
    }

    Sized title(String markdown) {
        return new Sized("text", 24, 2, new TextWidget(markdown, "transparent"));
    }

    /**
     * The service's row: traffic, latency (HTTP-like) or connections (tcp), CPU and memory, tasks. Requests are what
     * its own proxies received (inbound); 5xx and response time exist only as its callers and the load balancer saw
     * them (outbound, see {@link ServiceConnectMetric}), so those graphs draw the same lines as its alarms.
     *
     * @param loadBalancer the load balancer's and, per public service, target group's ARN suffixes, when public
     */
    List<Sized> service(ServiceSettings service, RequestSources sources,
                        Optional<DashboardPlanner.LoadBalancerRefs> loadBalancer) {
        var name = service.name();
        var t = service.alarms();
        boolean alarms = t.enabled();
        var widgets = new ArrayList<Sized>();
        if (!service.isClientOnly()) {
            var protocol = service.protocol();
            var requests = MetricLine.of(Metrics.server(ServiceConnectMetric.REQUEST_COUNT, cluster, name), "Sum",
                    "requests received");
            var lb = loadBalancer.filter(refs -> sources.loadBalancer() && refs.targetGroupSuffixes().containsKey(name));
            if (ServiceConnectMetric.HTTP_CODE_TARGET_5XX_COUNT.appliesTo(protocol) && sources.measured()) {
                var lines = new ArrayList<MetricLine>();
                lines.add(requests.withId("requests"));
                var terms = new ArrayList<String>();
                int i = 0;
                for (var caller : sources.ecsCallers()) {
                    var id = "e" + (++i);
                    lines.add(MetricLine.of(Metrics.client(ServiceConnectMetric.HTTP_CODE_TARGET_5XX_COUNT, cluster, caller,
                            name), "Sum", "5xx " + caller + " got").withId(id).hidden());
                    terms.add("FILL(" + id + ", 0)");
                }
                lb.ifPresent(refs -> {
                    lines.add(MetricLine.of(Metrics.targetGroup("HTTPCode_Target_5XX_Count", refs.loadBalancerSuffix(),
                            refs.targetGroupSuffixes().get(name)), "Sum", "5xx the load balancer got").withId("lb").hidden());
                    terms.add("FILL(lb, 0)");
                });
                lines.add(MetricLine.expression("errorpercent", "100 * (" + String.join(" + ", terms) + ") / requests",
                        "5xx %", "right"));
                widgets.add(graph(name + " · requests and 5xx %", lines, axes(null, "requests / min", 0.0, "5xx %"),
                        alarms ? threshold("5xx alarm", t.errorRatePercent(), "right") : null));
            } else if (ServiceConnectMetric.REQUEST_COUNT.appliesTo(protocol)) {
                widgets.add(graph(name + " · requests", List.of(requests), axes(null, "requests / min", null, null), null));
            } else {
                widgets.add(graph(name + " · connections (tcp)", List.of(
                        MetricLine.of(Metrics.server(ServiceConnectMetric.ACTIVE_CONNECTION_COUNT, cluster, name), "Sum",
                                "active connections"),
                        MetricLine.of(Metrics.server(ServiceConnectMetric.NEW_CONNECTION_COUNT, cluster, name), "Sum",
                                "new connections / min"),
                        MetricLine.of(Metrics.server(ServiceConnectMetric.PROCESSED_BYTES, cluster, name), "Sum",
                                "bytes / min").onRight()),
                        axes(null, "connections", 0.0, "bytes"), null));
            }
            if (ServiceConnectMetric.TARGET_RESPONSE_TIME.appliesTo(protocol) && sources.measured()) {
                var lines = new ArrayList<MetricLine>();
                for (var caller : sources.ecsCallers()) {
                    lines.add(MetricLine.of(Metrics.client(ServiceConnectMetric.TARGET_RESPONSE_TIME, cluster, caller, name),
                            "p99", "p99 " + caller + " saw"));
                }
                lb.ifPresent(refs -> {
                    lines.add(MetricLine.of(Metrics.targetGroup("TargetResponseTime", refs.loadBalancerSuffix(),
                            refs.targetGroupSuffixes().get(name)), "p99", "p99 (s) the load balancer saw").withId("lb").hidden());
                    lines.add(MetricLine.expression("lbms", "lb * 1000", "p99 the load balancer saw", "left"));
                });
                widgets.add(graph(name + " · p99 response time (ms) by caller", lines, axes(0.0, "ms", null, null),
                        alarms ? threshold("p99 alarm", t.latencyP99Ms(), "left") : null));
            }
        }
        var annotations = new ArrayList<Annotation>();
        if (alarms) {
            annotations.add(new Annotation("CPU alarm", t.cpuPercent(), "left"));
            annotations.add(new Annotation("memory alarm", t.memoryPercent(), "left"));
        }
        widgets.add(graph(name + " · CPU and memory (%)", List.of(
                MetricLine.of(Metrics.utilization(Metrics.CPU_UTILIZATION, cluster, name), "Average", "CPU"),
                MetricLine.of(Metrics.utilization(Metrics.MEMORY_UTILIZATION, cluster, name), "Average", "memory")),
                Map.of("left", new Axis(0.0, 100.0, "%")), annotations.isEmpty() ? null : new Annotations(annotations)));
        if (taskCounts) {
            widgets.add(graph(name + " · running and desired tasks", List.of(
                    MetricLine.of(Metrics.taskCount(Metrics.RUNNING_TASK_COUNT, cluster, name), "Average", "running"),
                    MetricLine.of(Metrics.taskCount(Metrics.DESIRED_TASK_COUNT, cluster, name), "Average", "desired")),
                    Map.of("left", new Axis(0.0, null, "tasks")), null));
        }
        return widgets;
    }

    /** One call edge as the caller's proxy sees it (TargetDiscoveryName): what the caller actually got. */
    Sized edge(String caller, ServiceSettings callee) {
        var title = caller + " → " + callee.name() + " (as " + caller + " sees it)";
        var protocol = callee.protocol();
        if (!ServiceConnectMetric.REQUEST_COUNT.appliesTo(protocol)) {
            return graph(title, List.of(MetricLine.of(Metrics.client(ServiceConnectMetric.TARGET_PROCESSED_BYTES, cluster,
                    caller, callee.name()), "Sum", "bytes / min")), axes(0.0, "bytes", null, null), null);
        }
        // The caller's proxy publishes no RequestCount (inbound only): the edge shows status codes and response time.
        var lines = new ArrayList<MetricLine>();
        if (ServiceConnectMetric.HTTP_CODE_TARGET_5XX_COUNT.appliesTo(protocol)) {
            for (var metric : List.of(ServiceConnectMetric.HTTP_CODE_TARGET_2XX_COUNT,
                    ServiceConnectMetric.HTTP_CODE_TARGET_4XX_COUNT, ServiceConnectMetric.HTTP_CODE_TARGET_5XX_COUNT)) {
                lines.add(MetricLine.of(Metrics.client(metric, cluster, caller, callee.name()), "Sum",
                        metric.metricName().substring("HTTPCode_Target_".length(), "HTTPCode_Target_".length() + 3)
                                .toLowerCase(java.util.Locale.ROOT) + " responses"));
            }
        }
        lines.add(MetricLine.of(Metrics.client(ServiceConnectMetric.TARGET_RESPONSE_TIME, cluster, caller, callee.name()),
                "p99", "p99 ms").onRight());
        return graph(title, lines, axes(0.0, "per min", 0.0, "ms"), null);
    }

    /** The load balancer: requests and errors, response time, and each public service's healthy targets. */
    List<Sized> publicEntry(String loadBalancer, Map<String, String> targetGroups) {
        var widgets = new ArrayList<Sized>();
        widgets.add(wide(graph("public entry · requests and 5xx", List.of(
                MetricLine.of(Metrics.loadBalancer("RequestCount", loadBalancer), "Sum", "requests"),
                MetricLine.of(Metrics.loadBalancer("HTTPCode_ELB_5XX_Count", loadBalancer), "Sum", "5xx from the load balancer"),
                MetricLine.of(Metrics.loadBalancer("HTTPCode_Target_5XX_Count", loadBalancer), "Sum", "5xx from targets")),
                axes(0.0, "per min", null, null), null)));
        var seconds = Metrics.loadBalancer("TargetResponseTime", loadBalancer);
        widgets.add(wide(graph("public entry · target response time (s)", List.of(
                MetricLine.of(seconds, "p50", "p50"), MetricLine.of(seconds, "p99", "p99")),
                axes(0.0, "seconds", null, null), null)));
        var health = new ArrayList<MetricLine>();
        targetGroups.forEach((service, targetGroup) -> {
            health.add(MetricLine.of(Metrics.targetGroup("HealthyHostCount", loadBalancer, targetGroup), "Minimum",
                    service + " healthy"));
            health.add(MetricLine.of(Metrics.targetGroup("UnHealthyHostCount", loadBalancer, targetGroup), "Maximum",
                    service + " unhealthy"));
        });
        widgets.add(wide(graph("public entry · targets", health, axes(0.0, "targets", null, null), null)));
        return widgets;
    }

    private static Sized wide(Sized widget) {
        return new Sized(widget.type(), 8, widget.height(), widget.properties());
    }

    private Sized graph(String title, List<MetricLine> lines, Map<String, Axis> yAxis, Annotations annotations) {
        return new Sized("metric", GRAPH_WIDTH, GRAPH_HEIGHT,
                new MetricWidget(title, region, "timeSeries", false, PERIOD, lines, yAxis, annotations));
    }

    private static Map<String, Axis> axes(Double leftMin, String leftLabel, Double rightMin, String rightLabel) {
        var axes = new LinkedHashMap<String, Axis>();
        axes.put("left", new Axis(leftMin == null ? 0.0 : leftMin, null, leftLabel));
        if (rightLabel != null) {
            axes.put("right", new Axis(rightMin, null, rightLabel));
        }
        return axes;
    }

    private static Annotations threshold(String label, double value, String axis) {
        return new Annotations(List.of(new Annotation(label, value, axis)));
    }
}
