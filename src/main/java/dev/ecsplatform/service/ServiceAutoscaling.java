package dev.ecsplatform.service;

import com.pulumi.aws.appautoscaling.Policy;
import com.pulumi.aws.appautoscaling.PolicyArgs;
import com.pulumi.aws.appautoscaling.Target;
import com.pulumi.aws.appautoscaling.TargetArgs;
import com.pulumi.aws.appautoscaling.inputs.PolicyTargetTrackingScalingPolicyConfigurationArgs;
import com.pulumi.aws.appautoscaling.inputs.PolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecificationArgs;
import com.pulumi.aws.ecs.Service;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import dev.ecsplatform.config.AutoscalingSettings;

/** CPU target tracking on a service's task count, between its configured bounds. */
final class ServiceAutoscaling {

    private static final int SCALE_IN_COOLDOWN_SECONDS = 300;
    private static final int SCALE_OUT_COOLDOWN_SECONDS = 60;

    private ServiceAutoscaling() {
    }

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
        new Policy(name + "-cpu-scaling", PolicyArgs.builder()
                .policyType("TargetTrackingScaling")
                .serviceNamespace(target.serviceNamespace())
                .scalableDimension(target.scalableDimension())
                .resourceId(target.resourceId())
                .targetTrackingScalingPolicyConfiguration(PolicyTargetTrackingScalingPolicyConfigurationArgs.builder()
                        .targetValue((double) scaling.cpuTargetPercent())
                        .predefinedMetricSpecification(PolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecificationArgs.builder()
                                .predefinedMetricType("ECSServiceAverageCPUUtilization")
                                .build())
                        // Scale out fast on load; scale in slowly so a short lull does not drop warm tasks.
                        .scaleInCooldown(SCALE_IN_COOLDOWN_SECONDS)
                        .scaleOutCooldown(SCALE_OUT_COOLDOWN_SECONDS)
                        .build())
                .build(), child(parent).build());
    }

    private static CustomResourceOptions.Builder child(ComponentResource parent) {
        return CustomResourceOptions.builder().parent(parent);
    }
}
