package dev.ecsplatform.service;

import com.pulumi.aws.ecs.Service;
import com.pulumi.aws.ecs.TaskDefinition;
import com.pulumi.core.Output;
import com.pulumi.exceptions.ResourceException;

/**
 * Makes {@code pulumi up} fail when ECS rolled a deployment back.
 *
 * <p>With {@code waitForSteadyState} the provider (pulumi-aws 6.x, terraform-provider-aws 5.x) waits until the
 * service has one deployment and runs its desired count, but never looks at how the deployment ended: after the
 * circuit breaker rolls back, the service is stable on the previous task definition and the update reports
 * success (terraform-provider-aws#19519). What it does record is the task definition the service runs once
 * stable, so a service that runs another one than it was given was rolled back: the run fails on that resource,
 * and the previous version keeps serving.
 */
final class RolloutCheck {

    private RolloutCheck() {
    }

    /**
     * Fails the run, on the ECS service and without a stack trace, when the service runs another task definition
     * than the one just registered. The SDK awaits every output it creates before the program ends, so the check
     * needs no consumer (registering it as a component output would wrap the error in a serialization error).
     */
    static void failOnRollback(String serviceName, Service ecsService, TaskDefinition requested) {
        Output.tuple(ecsService.taskDefinition(), requested.arn()).applyValue(pair -> {
            var running = pair.t1.orElse("");
            if (!running.equals(pair.t2)) {
                throw new ResourceException(serviceName + ": the deployment of " + pair.t2 + " did not complete; ECS"
                        + " runs " + running + " (the deployment circuit breaker rolled back). The previous version"
                        + " keeps serving; the service's events say why the new tasks failed (aws ecs"
                        + " describe-services), and the next pulumi up deploys it again.", ecsService, true);
            }
            return running;
        });
    }
}
