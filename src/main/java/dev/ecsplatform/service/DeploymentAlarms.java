package dev.ecsplatform.service;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;

import java.util.List;

/**
 * The CloudWatch alarms an ECS deployment of this service is judged by: ECS marks the deployment failed and rolls it
 * back when one of them goes into ALARM during the rollout or its bake time (ECS developer guide, "How CloudWatch
 * alarms detect Amazon ECS deployment failures").
 *
 * @param alarmNames the alarms' names (ECS refers to alarms by name)
 * @param alarms     the alarm resources: the ECS service is created after them, so it never names a missing alarm
 * @param enabled    false for a service whose alarms are turned off: the ECS service then says so explicitly,
 *                   because the provider sends nothing when the block disappears and ECS would keep using the
 *                   alarms it had (terraform-provider-aws, resourceServiceUpdate: {@code alarms} only when set)
 */
public record DeploymentAlarms(Output<List<String>> alarmNames, List<Resource> alarms, boolean enabled) {

    public DeploymentAlarms {
        alarms = List.copyOf(alarms);
    }

    /** Alarms that exist and judge every deployment. */
    public static DeploymentAlarms on(Output<List<String>> alarmNames, List<Resource> alarms) {
        return new DeploymentAlarms(alarmNames, alarms, true);
    }

    /** The names the service's deployment alarms have when on, with ECS told not to use them. */
    public static DeploymentAlarms off(List<String> alarmNames) {
        return new DeploymentAlarms(Output.of(alarmNames), List.of(), false);
    }
}
