package dev.ecsplatform.service;

import com.pulumi.aws.appautoscaling.Policy;
import com.pulumi.aws.appautoscaling.PolicyArgs;
import com.pulumi.aws.appautoscaling.Target;
import com.pulumi.aws.appautoscaling.TargetArgs;
import com.pulumi.aws.appautoscaling.inputs.PolicyTargetTrackingScalingPolicyConfigurationArgs;
import com.pulumi.aws.appautoscaling.inputs.PolicyTargetTrackingScalingPolicyConfigurationCustomizedMetricSpecificationArgs;
import com.pulumi.aws.appautoscaling.inputs.PolicyTargetTrackingScalingPolicyConfigurationCustomizedMetricSpecificationMetricArgs;
import com.pulumi.aws.appautoscaling.inputs.PolicyTargetTrackingScalingPolicyConfigurationCustomizedMetricSpecificationMetricMetricStatArgs;
import com.pulumi.aws.appautoscaling.inputs.PolicyTargetTrackingScalingPolicyConfigurationCustomizedMetricSpecificationMetricMetricStatMetricArgs;
import com.pulumi.aws.appautoscaling.inputs.PolicyTargetTrackingScalingPolicyConfigurationCustomizedMetricSpecificationMetricMetricStatMetricDimensionArgs;
import com.pulumi.aws.appautoscaling.inputs.PolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecificationArgs;
import com.pulumi.aws.ecs.Service;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import dev.ecsplatform.aws.ConnectNames;
import dev.ecsplatform.config.AutoscalingSettings;

import java.util.List;
import java.util.stream.Stream;
import java.util.Map;

/**
 * Target tracking on a service's task count, between its configured bounds: on CPU, and on requests per task (what
 * its Service Connect proxy receives, and what the load balancer sends each target of a public service).
 */
final class ServiceAutoscaling {

    private static final int SCALE_IN_COOLDOWN_SECONDS = 300;
    private static final int SCALE_OUT_COOLDOWN_SECONDS = 60;
    /**
     * The server side of Service Connect's request count: the proxy of the service publishes RequestCount in AWS/ECS
     * with its own DiscoveryName for what it receives (ECS developer guide, "Amazon ECS CloudWatch metrics", Service
     * Connect metrics: DiscoveryName for inbound, TargetDiscoveryName for outbound).
     */
    static final String REQUEST_COUNT = "RequestCount";
    static final String ECS_NAMESPACE = "AWS/ECS";
    /** Container Insights' task count, the divisor of requests per task. */
    static final String RUNNING_TASKS = "RunningTaskCount";
    static final String INSIGHTS_NAMESPACE = "ECS/ContainerInsights";
    static final String PER_TASK_EXPRESSION = "requests / tasks";

    private ServiceAutoscaling() {
    }

    /**
     * The scaling target and its policies. The Service Connect request policy is made only where ECS services call the
     * service ({@link ConnectedServiceArgs#calledViaServiceConnect()}): only then does its proxy count requests.
     */
    static void create(ComponentResource parent, String name, ConnectedServiceArgs args, Service ecsService,
                       AutoscalingSettings scaling) {
        var resourceId = Output.tuple(args.home().clusterName(), ecsService.name())
                .applyValue(names -> "service/" + names.t1 + "/" + names.t2);
        var target = new Target(name + "-scaling-target", TargetArgs.builder()
                .serviceNamespace("ecs")
                .scalableDimension("ecs:service:DesiredCount")
                .resourceId(resourceId)
                .minCapacity(scaling.minTasks())
                .maxCapacity(scaling.maxTasks())
                .tags(args.stack().tags(name + "-scaling-target"))
                .build(), child(parent).build());
        scaling.cpuTargetPercent().ifPresent(cpu -> policy(parent, name + "-cpu-scaling", target, tracking(cpu)
                .predefinedMetricSpecification(PolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecificationArgs.builder()
                        .predefinedMetricType("ECSServiceAverageCPUUtilization")
                        .build())));
        scaling.requestsPerTask().ifPresent(requests -> {
            if (args.calledViaServiceConnect()) {
                policy(parent, name + "-requests-scaling", target, tracking(requests)
                        .customizedMetricSpecification(requestsPerTask(args.home().clusterName(), ecsService.name(),
                                args.service().name())));
            }
            args.loadBalancer().ifPresent(attachment -> policy(parent, name + "-alb-requests-scaling", target,
                    tracking(requests).predefinedMetricSpecification(
                            PolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecificationArgs.builder()
                                    .predefinedMetricType("ALBRequestCountPerTarget")
                                    .resourceLabel(attachment.resourceLabel())
                                    .build())));
        });
    }

    private static PolicyTargetTrackingScalingPolicyConfigurationArgs.Builder tracking(int targetValue) {
        return PolicyTargetTrackingScalingPolicyConfigurationArgs.builder()
                .targetValue((double) targetValue)
                // Scale out fast on load; scale in slowly so a short lull does not drop warm tasks.
                .scaleInCooldown(SCALE_IN_COOLDOWN_SECONDS)
                .scaleOutCooldown(SCALE_OUT_COOLDOWN_SECONDS);
    }

    private static void policy(ComponentResource parent, String logicalName, Target target,
                               PolicyTargetTrackingScalingPolicyConfigurationArgs.Builder tracking) {
        new Policy(logicalName, PolicyArgs.builder()
                .policyType("TargetTrackingScaling")
                .serviceNamespace(target.serviceNamespace())
                .scalableDimension(target.scalableDimension())
                .resourceId(target.resourceId())
                .targetTrackingScalingPolicyConfiguration(tracking.build())
                .build(), child(parent).build());
    }

    /**
     * Requests the service's proxy received in the minute, over the tasks running: a metric that falls as tasks are
     * added, as target tracking needs. Metric math: one query returns data.
     */
    static PolicyTargetTrackingScalingPolicyConfigurationCustomizedMetricSpecificationArgs requestsPerTask(
            Output<String> clusterName, Output<String> serviceName, String service) {
        var taskDimensions = Output.tuple(clusterName, serviceName).applyValue(t -> List.of(
                dimension("ClusterName", t.t1), dimension("ServiceName", t.t2)));
        var requestDimensions = taskDimensions.applyValue(task -> Stream.concat(task.stream(),
                Stream.of(dimension("DiscoveryName", ConnectNames.discoveryName(service)))).toList());
        return PolicyTargetTrackingScalingPolicyConfigurationCustomizedMetricSpecificationArgs.builder()
                .metrics(List.of(
                        metric("requests", ECS_NAMESPACE, REQUEST_COUNT, requestDimensions, "Sum"),
                        metric("tasks", INSIGHTS_NAMESPACE, RUNNING_TASKS, taskDimensions, "Average"),
                        PolicyTargetTrackingScalingPolicyConfigurationCustomizedMetricSpecificationMetricArgs.builder()
                                .id("requestsPerTask")
                                .expression(PER_TASK_EXPRESSION)
                                .label("Service Connect requests per task per minute")
                                .returnData(true)
                                .build()))
                .build();
    }

    private static PolicyTargetTrackingScalingPolicyConfigurationCustomizedMetricSpecificationMetricArgs metric(
            String id, String namespace, String metricName,
            Output<List<PolicyTargetTrackingScalingPolicyConfigurationCustomizedMetricSpecificationMetricMetricStatMetricDimensionArgs>> dimensions,
            String stat) {
        return PolicyTargetTrackingScalingPolicyConfigurationCustomizedMetricSpecificationMetricArgs.builder()
                .id(id)
                .metricStat(PolicyTargetTrackingScalingPolicyConfigurationCustomizedMetricSpecificationMetricMetricStatArgs.builder()
                        .metric(PolicyTargetTrackingScalingPolicyConfigurationCustomizedMetricSpecificationMetricMetricStatMetricArgs.builder()
                                .namespace(namespace)
                                .metricName(metricName)
                                .dimensions(dimensions)
                                .build())
                        .stat(stat)
                        .build())
                .returnData(false)
                .build();
    }

    private static PolicyTargetTrackingScalingPolicyConfigurationCustomizedMetricSpecificationMetricMetricStatMetricDimensionArgs dimension(
            String name, String value) {
        return PolicyTargetTrackingScalingPolicyConfigurationCustomizedMetricSpecificationMetricMetricStatMetricDimensionArgs.builder()
                .name(name).value(value).build();
    }

    private static CustomResourceOptions.Builder child(ComponentResource parent) {
        return CustomResourceOptions.builder().parent(parent);
    }
}
