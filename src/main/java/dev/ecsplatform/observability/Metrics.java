package dev.ecsplatform.observability;

import dev.ecsplatform.aws.ConnectNames;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The metrics the dashboard and alarms read, each with the dimension set it is published with. Pure.
 *
 * <ul>
 *   <li>Service Connect: see {@link ServiceConnectMetric}.</li>
 *   <li>{@code AWS/ECS} {@code CPUUtilization}, {@code MemoryUtilization} (Percent) by {@code ClusterName},
 *       {@code ServiceName}: the ECS developer guide's "Amazon ECS CloudWatch metrics" page.</li>
 *   <li>{@code ECS/ContainerInsights} {@code DesiredTaskCount}, {@code RunningTaskCount} (Count) by
 *       {@code ClusterName}, {@code ServiceName}: Container Insights' ECS metrics (the cluster turns it on; ECS.12).</li>
 *   <li>{@code AWS/ApplicationELB} by {@code LoadBalancer} (and {@code TargetGroup}), whose values are the load
 *       balancer's and target group's ARN suffixes ({@code app/…}, {@code targetgroup/…}); its
 *       {@code TargetResponseTime} is in seconds.</li>
 * </ul>
 */
public final class Metrics {

    public static final String ECS = "AWS/ECS";
    public static final String CONTAINER_INSIGHTS = "ECS/ContainerInsights";
    public static final String LOAD_BALANCER = "AWS/ApplicationELB";
    public static final String CPU_UTILIZATION = "CPUUtilization";
    public static final String MEMORY_UTILIZATION = "MemoryUtilization";
    public static final String DESIRED_TASK_COUNT = "DesiredTaskCount";
    public static final String RUNNING_TASK_COUNT = "RunningTaskCount";

    private Metrics() {
    }

    /** What the service's own proxies measure: everything that reached it. */
    public static MetricId server(ServiceConnectMetric metric, String cluster, String service) {
        if (!metric.serverSide()) {
            throw new IllegalArgumentException(metric.metricName() + " is published by the calling proxy only");
        }
        return new MetricId(ServiceConnectMetric.NAMESPACE, metric.metricName(), dimensions(
                ServiceConnectMetric.CLUSTER_NAME, cluster,
                ServiceConnectMetric.SERVICE_NAME, service,
                ServiceConnectMetric.DISCOVERY_NAME, ConnectNames.discoveryName(service)));
    }

    /** One call edge as the caller's proxy sees it. */
    public static MetricId client(ServiceConnectMetric metric, String cluster, String caller, String callee) {
        if (!metric.clientSide()) {
            throw new IllegalArgumentException(metric.metricName() + " is published by the receiving proxy only");
        }
        return new MetricId(ServiceConnectMetric.NAMESPACE, metric.metricName(), dimensions(
                ServiceConnectMetric.CLUSTER_NAME, cluster,
                ServiceConnectMetric.SERVICE_NAME, caller,
                ServiceConnectMetric.TARGET_DISCOVERY_NAME, ConnectNames.discoveryName(callee)));
    }

    public static MetricId utilization(String metric, String cluster, String service) {
        return new MetricId(ECS, metric, dimensions("ClusterName", cluster, "ServiceName", service));
    }

    public static MetricId taskCount(String metric, String cluster, String service) {
        return new MetricId(CONTAINER_INSIGHTS, metric, dimensions("ClusterName", cluster, "ServiceName", service));
    }

    public static MetricId loadBalancer(String metric, String loadBalancerSuffix) {
        return new MetricId(LOAD_BALANCER, metric, dimensions("LoadBalancer", loadBalancerSuffix));
    }

    /**
     * Stand-ins for the load balancer's and a target group's ARN suffixes in planned alarms, which are planned before
     * the load balancer exists; {@code Alerting} puts the real suffixes in their place.
     */
    public static final String LOAD_BALANCER_SUFFIX = "${loadBalancer}";

    private static final String TARGET_GROUP_PREFIX = "${targetGroup:";

    public static String targetGroupSuffix(String service) {
        return TARGET_GROUP_PREFIX + service + "}";
    }

    /** The service whose target group's suffix {@code value} stands in for, if it is such a stand-in. */
    static Optional<String> targetGroupService(String value) {
        return value.startsWith(TARGET_GROUP_PREFIX) && value.endsWith("}")
                ? Optional.of(value.substring(TARGET_GROUP_PREFIX.length(), value.length() - 1)) : Optional.empty();
    }

    public static MetricId targetGroup(String metric, String loadBalancerSuffix, String targetGroupSuffix) {
        return new MetricId(LOAD_BALANCER, metric, dimensions("TargetGroup", targetGroupSuffix,
                "LoadBalancer", loadBalancerSuffix));
    }

    private static Map<String, String> dimensions(String... namesAndValues) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
