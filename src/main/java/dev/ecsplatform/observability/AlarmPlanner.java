package dev.ecsplatform.observability;

import dev.ecsplatform.aws.AlarmMetricLimits;
import dev.ecsplatform.callgraph.CallGraph;
import dev.ecsplatform.config.AlarmSettings;
import dev.ecsplatform.config.PlatformConfig;
import dev.ecsplatform.config.ServiceSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The alarms of every service, from its protocol, who calls it and its thresholds. Pure.
 *
 * <p>Service Connect publishes a service's 5xx counts and response time only on its callers' side: the proxy of each
 * calling ECS service, with {@code ClusterName}, {@code ServiceName} = the caller and {@code TargetDiscoveryName} =
 * the callee (ECS developer guide, "Amazon ECS CloudWatch metrics"; see {@link ServiceConnectMetric}). The service's
 * own proxies publish only inbound counts ({@code RequestCount}, connections, bytes). So the request alarms are built
 * from its callers' series, plus the load balancer's target metrics for a public service:
 * <ul>
 *   <li><b>5xx rate</b> (http, http2): the callers' 5xx counts and the load balancer's target 5xx, summed with metric
 *       math, as a share of the requests the service's own proxies received ({@code RequestCount}, inbound: every
 *       caller). A minute with fewer than {@code errorRateMinRequests} requests counts as 0%. Standalone callers'
 *       5xx are measured nowhere, so where they call, the rate is a lower bound (the report says so).</li>
 *   <li><b>p99 latency</b> (http, http2, grpc): the worst caller's p99 {@code TargetResponseTime} (milliseconds;
 *       percentiles cannot be summed, so {@code MAX} over the callers) and the load balancer's p99 (seconds, times
 *       1000). With one caller and no load balancer it is a plain percentile alarm that keeps its state when there
 *       are too few requests ({@code evaluateLowSampleCountPercentiles: ignore}).</li>
 *   <li><b>running tasks below desired</b> (every service): Container Insights' desired minus running tasks; none
 *       where Container Insights is disabled (which ECS.12 reports), since nothing would publish the counts.</li>
 *   <li><b>CPU</b> and <b>memory</b> high (every service): the service's average utilisation.</li>
 * </ul>
 * A service with no ECS caller and no load balancer (only standalone callers, or none) has no request metrics and so
 * no request alarms, as for {@code tcp}. Adding or removing a caller changes the alarm's metric lines: the alarm is
 * updated in place (same name). CloudWatch reads at most 10 metrics per metric-math alarm
 * ({@link AlarmMetricLimits}); the configuration check refuses a service whose callers would need more.
 *
 * <p>Missing data, chosen per alarm: no requests is not a failure, so the 5xx and latency alarms treat a minute
 * without data as {@code notBreaching}; CPU and memory are only reported while tasks run, and no running task is the
 * task alarm's business, so they are {@code notBreaching} too. The task alarm fills a missing running count with 0
 * (no task reports, none runs) and, when neither count arrives at all, says {@code missing}: insufficient data,
 * visible on the dashboard, neither an alarm nor an all-clear.
 */
public final class AlarmPlanner {

    public static final int PERIOD_SECONDS = 60;
    /** Minutes in a row the 5xx and latency alarms wait for; ECS derives its deployment bake time from them. */
    public static final int REQUEST_MINUTES = 3;
    public static final int UTILIZATION_MINUTES = 5;

    private AlarmPlanner() {
    }

    /** Every alarm of every service, by service name and then kind: the order never depends on the stack file. */
    public static List<PlannedAlarm> plan(ObservabilityNames names, String clusterName, PlatformConfig config,
                                          CallGraph graph) {
        var alarms = new ArrayList<PlannedAlarm>();
        for (var service : config.services().values()) {
            alarms.addAll(forService(names, clusterName, service, RequestSources.of(graph, service),
                    hasTaskCounts(config)));
        }
        return List.copyOf(alarms);
    }

    /** Container Insights publishes the task counts; with it disabled (an accepted ECS.12) there is no task alarm. */
    public static boolean hasTaskCounts(PlatformConfig config) {
        return !config.cluster().containerInsights().equals("disabled");
    }

    public static List<AlarmKind> kinds(ServiceSettings service, RequestSources sources, boolean taskCounts) {
        return service.alarms().enabled() ? possibleKinds(service, sources.measured(), taskCounts) : List.of();
    }

    /** @param requestsMeasured whether an ECS caller's proxy or the load balancer measures its requests */
    private static List<AlarmKind> possibleKinds(ServiceSettings service, boolean requestsMeasured, boolean taskCounts) {
        var kinds = new ArrayList<AlarmKind>();
        boolean measured = !service.isClientOnly() && requestsMeasured;
        if (measured && ServiceConnectMetric.HTTP_CODE_TARGET_5XX_COUNT.appliesTo(service.protocol())) {
            kinds.add(AlarmKind.ERROR_RATE);
        }
        if (measured && ServiceConnectMetric.TARGET_RESPONSE_TIME.appliesTo(service.protocol())) {
            kinds.add(AlarmKind.LATENCY_P99);
        }
        if (taskCounts) {
            kinds.add(AlarmKind.TASKS_BELOW_DESIRED);
        }
        kinds.add(AlarmKind.CPU_HIGH);
        kinds.add(AlarmKind.MEMORY_HIGH);
        return kinds;
    }

    /**
     * The kinds that could ever judge this service's deployments: from its protocol alone, as if ECS services called
     * it. A service whose last caller goes keeps its ECS alarms block with these names, rollback off: the provider
     * never sends the removal of the block, so ECS would go on judging deployments by alarms that no longer exist.
     */
    public static List<AlarmKind> deploymentKinds(ServiceSettings service) {
        return possibleKinds(service, true, false).stream().filter(AlarmKind::rollsBackDeployments).toList();
    }

    static List<PlannedAlarm> forService(ObservabilityNames names, String cluster, ServiceSettings service,
                                         RequestSources sources, boolean taskCounts) {
        var alarms = new ArrayList<PlannedAlarm>();
        for (var kind : kinds(service, sources, taskCounts)) {
            alarms.add(switch (kind) {
                case ERROR_RATE -> errorRate(names, cluster, service, sources);
                case LATENCY_P99 -> latency(names, cluster, service, sources);
                case TASKS_BELOW_DESIRED -> tasks(names, cluster, service);
                case CPU_HIGH -> utilization(names, cluster, service, kind, Metrics.CPU_UTILIZATION, "CPU",
                        service.alarms().cpuPercent());
                case MEMORY_HIGH -> utilization(names, cluster, service, kind, Metrics.MEMORY_UTILIZATION, "memory",
                        service.alarms().memoryPercent());
            });
        }
        return alarms;
    }

    private static PlannedAlarm errorRate(ObservabilityNames names, String cluster, ServiceSettings service,
                                          RequestSources sources) {
        AlarmSettings t = service.alarms();
        var name = service.name();
        var queries = new ArrayList<AlarmQuery>();
        var terms = new ArrayList<String>();
        int i = 0;
        for (var caller : sources.ecsCallers()) {
            var id = "e" + (++i);
            queries.add(AlarmQuery.metric(id, Metrics.client(ServiceConnectMetric.HTTP_CODE_TARGET_5XX_COUNT, cluster,
                    caller, name), "Sum", "5xx " + caller + " got", false));
            terms.add("FILL(" + id + ", 0)");
        }
        if (sources.loadBalancer()) {
            queries.add(AlarmQuery.metric("lb", loadBalancerTarget("HTTPCode_Target_5XX_Count", name), "Sum",
                    "5xx the load balancer got", false));
            terms.add("FILL(lb, 0)");
        }
        queries.add(AlarmQuery.metric("requests", Metrics.server(ServiceConnectMetric.REQUEST_COUNT, cluster, name),
                "Sum", "requests " + name + " received", false));
        queries.add(AlarmQuery.expression("errors", String.join(" + ", terms), "5xx responses", false));
        queries.add(AlarmQuery.expression("errorpercent", "IF(requests >= " + t.errorRateMinRequests()
                + ", 100 * errors / requests, 0)", "5xx % of requests"));
        checkLimit(name, queries);
        var condition = "5xx responses above " + t.errorRatePercent() + "% of requests for " + REQUEST_MINUTES
                + " minutes in a row (a minute with fewer than " + t.errorRateMinRequests() + " requests counts as 0%)";
        return alarm(names, service, AlarmKind.ERROR_RATE, condition, t.errorRatePercent(), REQUEST_MINUTES,
                "notBreaching", Optional.empty(), queries,
                "5xx as " + measuredBy(sources) + " got them, of the requests " + name + "'s proxies received."
                        + unmeasured(sources) + " No requests is not a failure (missing data is OK).");
    }

    private static PlannedAlarm latency(ObservabilityNames names, String cluster, ServiceSettings service,
                                        RequestSources sources) {
        var limit = service.alarms().latencyP99Ms();
        var name = service.name();
        var queries = new ArrayList<AlarmQuery>();
        var terms = new ArrayList<String>();
        int i = 0;
        for (var caller : sources.ecsCallers()) {
            var id = "p" + (++i);
            queries.add(AlarmQuery.metric(id, Metrics.client(ServiceConnectMetric.TARGET_RESPONSE_TIME, cluster, caller,
                    name), "p99", "p99 (ms) " + caller + " saw", false));
            terms.add(id);
        }
        if (sources.loadBalancer()) {
            queries.add(AlarmQuery.metric("lb", loadBalancerTarget("TargetResponseTime", name), "p99",
                    "p99 (s) the load balancer saw", false));
            queries.add(AlarmQuery.expression("lbms", "lb * 1000", "p99 (ms) the load balancer saw", false));
            terms.add("lbms");
        }
        Optional<String> lowSamples = Optional.empty();
        if (queries.size() == 1) {
            // One caller: the plain percentile alarm, which can keep its state when there are too few requests.
            var only = queries.get(0);
            queries.set(0, AlarmQuery.metric("p99", only.metric().orElseThrow(), "p99", only.label(), true));
            lowSamples = Optional.of("ignore");
        } else {
            queries.add(AlarmQuery.expression("worst", "MAX([" + String.join(", ", terms) + "])",
                    "p99 (ms), worst caller"));
        }
        checkLimit(name, queries);
        var condition = "p99 response time above " + limit + " ms for " + REQUEST_MINUTES + " minutes in a row";
        return alarm(names, service, AlarmKind.LATENCY_P99, condition, limit, REQUEST_MINUTES, "notBreaching",
                lowSamples, queries,
                "The time " + name + " takes to answer, as " + measuredBy(sources) + " measured it; the worst of them."
                        + unmeasured(sources) + " No requests is not a failure (missing data is OK).");
    }

    private static MetricId loadBalancerTarget(String metric, String service) {
        return Metrics.targetGroup(metric, Metrics.LOAD_BALANCER_SUFFIX, Metrics.targetGroupSuffix(service));
    }

    private static String measuredBy(RequestSources sources) {
        var by = new ArrayList<String>();
        if (!sources.ecsCallers().isEmpty()) {
            by.add("its callers' Service Connect proxies (" + String.join(", ", sources.ecsCallers()) + ")");
        }
        if (sources.loadBalancer()) {
            by.add("the load balancer");
        }
        return String.join(" and ", by);
    }

    private static String unmeasured(RequestSources sources) {
        return sources.standaloneCallers().isEmpty() ? "" : " Standalone callers ("
                + String.join(", ", sources.standaloneCallers()) + ") have no proxy and are not measured.";
    }

    /** The configuration check refuses such a service first; this guards the planner's own arithmetic. */
    private static void checkLimit(String service, List<AlarmQuery> queries) {
        long metrics = queries.stream().filter(q -> q.metric().isPresent()).count();
        if (metrics > AlarmMetricLimits.MAX_METRICS_PER_ALARM) {
            throw new IllegalStateException(service + ": an alarm would read " + metrics + " metrics, more than "
                    + AlarmMetricLimits.MAX_METRICS_PER_ALARM);
        }
    }
    private static PlannedAlarm tasks(ObservabilityNames names, String cluster, ServiceSettings service) {
        int minutes = service.alarms().tasksBelowDesiredMinutes();
        var desired = AlarmQuery.metric("desired", Metrics.taskCount(Metrics.DESIRED_TASK_COUNT, cluster, service.name()),
                "Average", "desired tasks", false);
        var running = AlarmQuery.metric("running", Metrics.taskCount(Metrics.RUNNING_TASK_COUNT, cluster, service.name()),
                "Average", "running tasks", false);
        var missing = AlarmQuery.expression("missing", "desired - FILL(running, 0)", "tasks missing");
        var condition = "running tasks below the desired count for " + minutes + " minute" + (minutes == 1 ? "" : "s")
                + " in a row";
        return alarm(names, service, AlarmKind.TASKS_BELOW_DESIRED, condition, 0, minutes, "missing", Optional.empty(),
                List.of(desired, running, missing), "Container Insights' task counts; no data at all is shown as "
                        + "insufficient data, neither an alarm nor an all-clear.");
    }

    private static PlannedAlarm utilization(ObservabilityNames names, String cluster, ServiceSettings service,
                                            AlarmKind kind, String metric, String what, int percent) {
        var line = AlarmQuery.metric("utilization", Metrics.utilization(metric, cluster, service.name()), "Average",
                "average " + what + " (%)", true);
        var condition = "average " + what + " above " + percent + "% for " + UTILIZATION_MINUTES + " minutes in a row";
        return alarm(names, service, kind, condition, percent, UTILIZATION_MINUTES, "notBreaching", Optional.empty(),
                List.of(line), "Reported only while tasks run; no running task is the task alarm's business.");
    }

    private static PlannedAlarm alarm(ObservabilityNames names, ServiceSettings service, AlarmKind kind, String condition,
                                      double threshold, int minutes, String missingData, Optional<String> lowSamples,
                                      List<AlarmQuery> queries, String source) {
        var action = kind.rollsBackDeployments()
                ? " In ALARM during a deployment, ECS marks it failed and rolls it back."
                : " Notifies only.";
        var description = service.name() + ": " + condition + ". " + source + action;
        return new PlannedAlarm(service.name(), kind, names.stack().name(service.name() + "-" + kind.slug()),
                names.alarm(service.name(), kind), condition, description, "GreaterThanThreshold", threshold,
                PERIOD_SECONDS, minutes, minutes, missingData, lowSamples, queries);
    }
}
