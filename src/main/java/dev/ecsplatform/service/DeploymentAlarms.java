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
 */
public record DeploymentAlarms(Output<List<String>> alarmNames, List<Resource> alarms) {

    public DeploymentAlarms {
        alarms = List.copyOf(alarms);
    }
}
