package dev.ecsplatform.observability;

import dev.ecsplatform.config.AlarmSettings;
import dev.ecsplatform.config.PlatformConfig;
import dev.ecsplatform.config.Protocol;
import dev.ecsplatform.config.ServiceSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The alarms of every service, from its protocol and thresholds. Pure.
 *
 * <ul>
 *   <li><b>5xx rate</b> (http, http2): metric math over the service's own proxies, 5xx responses as a share of
 *       requests; a minute with fewer than {@code errorRateMinRequests} requests counts as 0%, because two errors out
 *       of three requests say nothing yet.</li>
 *   <li><b>p99 latency</b> (http, http2, grpc): the proxies' {@code TargetResponseTime} (milliseconds); with too
 *       few requests for a percentile, the alarm keeps its state ({@code evaluateLowSampleCountPercentiles: ignore}).</li>
 *   <li><b>running tasks below desired</b> (every service): Container Insights' desired minus running tasks; none
 *       where Container Insights is disabled (which ECS.12 reports), since nothing would publish the counts.</li>
 *   <li><b>CPU</b> and <b>memory</b> high (every service): the service's average utilisation.</li>
 * </ul>
 *
 * <p>Missing data, chosen per alarm: no requests is not a failure, so the 5xx and latency alarms treat a minute
 * without data as {@code notBreaching}; CPU and memory are only reported while tasks run, and no running task is the
 * task alarm's business, so they are {@code notBreaching} too. The task alarm fills a missing running count with 0
 * (no task reports, none runs) and, when neither count arrives at all, says {@code missing}: insufficient data,
 * visible on the dashboard, neither an alarm nor an all-clear.
 *
 * <p>The server-side view (the service's own proxies) is used rather than its callers' client-side metrics: it
 * counts every caller (Service Connect services, the load balancer, standalone servers) in one metric pair,
 * whatever the number of callers, and every task of the service reports it. A 5xx answer its callers get is a 5xx
 * its proxies sent.
 */
public final class AlarmPlanner {

    public static final int PERIOD_SECONDS = 60;
    /** Minutes in a row the 5xx and latency alarms wait for; ECS derives its deployment bake time from them. */
    public static final int REQUEST_MINUTES = 3;
    public static final int UTILIZATION_MINUTES = 5;

    private AlarmPlanner() {
    }

    /** Every alarm of every service, by service name and then kind: the order never depends on the stack file. */
    public static List<PlannedAlarm> plan(ObservabilityNames names, String clusterName, PlatformConfig config) {
        var alarms = new ArrayList<PlannedAlarm>();
        for (var service : config.services().values()) {
            alarms.addAll(forService(names, clusterName, service, hasTaskCounts(config)));
        }
        return List.copyOf(alarms);
    }

    /** Container Insights publishes the task counts; with it disabled (an accepted ECS.12) there is no task alarm. */
    public static boolean hasTaskCounts(PlatformConfig config) {
        return !config.cluster().containerInsights().equals("disabled");
    }

    public static List<AlarmKind> kinds(ServiceSettings service, boolean taskCounts) {
        return service.alarms().enabled() ? possibleKinds(service, taskCounts) : List.of();
    }

    private static List<AlarmKind> possibleKinds(ServiceSettings service, boolean taskCounts) {
        var kinds = new ArrayList<AlarmKind>();
        if (!service.isClientOnly() && ServiceConnectMetric.HTTP_CODE_TARGET_5XX_COUNT.appliesTo(service.protocol())) {
            kinds.add(AlarmKind.ERROR_RATE);
        }
        if (!service.isClientOnly() && ServiceConnectMetric.TARGET_RESPONSE_TIME.appliesTo(service.protocol())) {
            kinds.add(AlarmKind.LATENCY_P99);
        }
        if (taskCounts) {
            kinds.add(AlarmKind.TASKS_BELOW_DESIRED);
        }
        kinds.add(AlarmKind.CPU_HIGH);
        kinds.add(AlarmKind.MEMORY_HIGH);
        return kinds;
    }

    /** The kinds that would judge this service's deployments were its alarms on: from its protocol alone. */
    public static List<AlarmKind> deploymentKinds(ServiceSettings service) {
        return possibleKinds(service, false).stream().filter(AlarmKind::rollsBackDeployments).toList();
    }

    static List<PlannedAlarm> forService(ObservabilityNames names, String cluster, ServiceSettings service,
                                         boolean taskCounts) {
        var alarms = new ArrayList<PlannedAlarm>();
        for (var kind : kinds(service, taskCounts)) {
            alarms.add(switch (kind) {
                case ERROR_RATE -> errorRate(names, cluster, service);
                case LATENCY_P99 -> latency(names, cluster, service);
                case TASKS_BELOW_DESIRED -> tasks(names, cluster, service);
                case CPU_HIGH -> utilization(names, cluster, service, kind, Metrics.CPU_UTILIZATION, "CPU",
                        service.alarms().cpuPercent());
                case MEMORY_HIGH -> utilization(names, cluster, service, kind, Metrics.MEMORY_UTILIZATION, "memory",
                        service.alarms().memoryPercent());
            });
        }
        return alarms;
    }

    private static PlannedAlarm errorRate(ObservabilityNames names, String cluster, ServiceSettings service) {
        AlarmSettings t = service.alarms();
        var name = service.name();
        var requests = AlarmQuery.metric("requests", Metrics.server(ServiceConnectMetric.REQUEST_COUNT, cluster, name),
                "Sum", "requests", false);
        var errors = AlarmQuery.metric("errors", Metrics.server(ServiceConnectMetric.HTTP_CODE_TARGET_5XX_COUNT, cluster,
                name), "Sum", "5xx responses", false);
        var rate = AlarmQuery.expression("errorpercent", "IF(requests >= " + t.errorRateMinRequests()
                + ", 100 * FILL(errors, 0) / requests, 0)", "5xx % of requests");
        var condition = "5xx responses above " + t.errorRatePercent() + "% of requests for " + REQUEST_MINUTES
                + " minutes in a row (a minute with fewer than " + t.errorRateMinRequests() + " requests counts as 0%)";
        return alarm(names, service, AlarmKind.ERROR_RATE, condition, t.errorRatePercent(), REQUEST_MINUTES,
                "notBreaching", Optional.empty(), List.of(requests, errors, rate),
                "Measured by " + name + "'s own Service Connect proxies: every caller, the load balancer and "
                        + "standalone servers. No requests is not a failure (missing data is OK).");
    }

    private static PlannedAlarm latency(ObservabilityNames names, String cluster, ServiceSettings service) {
        var limit = service.alarms().latencyP99Ms();
        var p99 = AlarmQuery.metric("p99", Metrics.server(ServiceConnectMetric.TARGET_RESPONSE_TIME, cluster,
                service.name()), "p99", "p99 response time (ms)", true);
        var condition = "p99 response time above " + limit + " ms for " + REQUEST_MINUTES + " minutes in a row";
        return alarm(names, service, AlarmKind.LATENCY_P99, condition, limit, REQUEST_MINUTES, "notBreaching",
                Optional.of("ignore"), List.of(p99),
                "The time " + service.name() + "'s app takes to answer, as its Service Connect proxies measure it. "
                        + "No requests is not a failure (missing data is OK); too few for a percentile keep the state.");
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
