package dev.ecsplatform.aws;

/**
 * How many metrics one request alarm of a service reads, and the most CloudWatch allows. Pure.
 *
 * <p>"Alarms based on metric math expressions can reference a maximum of 10 metrics. This is a hard limit that
 * cannot be increased" (CloudWatch user guide, "Limits", limits that apply to alarms based on metric math
 * expressions; PutMetricAlarm: at most 10 {@code MetricStat} structures). A service's 5xx and latency exist only in
 * its callers' outbound series, one per caller, so the count grows with its callers; the configuration check counts
 * with this rule, and the alarm planner checks each alarm it built against the same limit.
 */
public final class AlarmMetricLimits {

    public static final int MAX_METRICS_PER_ALARM = 10;

    private AlarmMetricLimits() {
    }

    /** The 5xx-rate alarm: each caller's 5xx, the load balancer's target 5xx, and the service's inbound requests. */
    public static int errorRateMetrics(int ecsCallers, boolean loadBalancer) {
        return ecsCallers + (loadBalancer ? 1 : 0) + 1;
    }

    /** The p99 alarm: each caller's response time and the load balancer's target response time. */
    public static int latencyMetrics(int ecsCallers, boolean loadBalancer) {
        return ecsCallers + (loadBalancer ? 1 : 0);
    }
}
