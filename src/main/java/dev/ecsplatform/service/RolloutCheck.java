package dev.ecsplatform.service;

import com.pulumi.aws.ecs.Service;
import com.pulumi.aws.ecs.TaskDefinition;
import com.pulumi.core.Output;
import com.pulumi.deployment.Deployment;
import com.pulumi.exceptions.ResourceException;
import dev.ecsplatform.live.RolloutOutcome;
import dev.ecsplatform.live.RolloutWaiter;
import dev.ecsplatform.live.RolloutWatch;

import java.util.Optional;

/**
 * Makes {@code pulumi up} fail when ECS rolled a deployment back, or has not finished it.
 *
 * <p>With {@code waitForSteadyState} the provider (pulumi-aws 6.x, terraform-provider-aws 5.x) waits until the
 * service has one deployment and runs its desired count, but never looks at how the deployment ended: after the
 * circuit breaker rolls back, the service is stable on the previous task definition and the update reports
 * success (terraform-provider-aws#19519). What it does record is the task definition the service runs once
 * stable, so a service that runs another one than it was given was rolled back: the run fails on that resource.
 *
 * <p>That wait also ends before ECS's bake time, during which a deployment alarm still rolls the deployment back while
 * the state keeps the new task definition (ECS developer guide, "How CloudWatch alarms detect Amazon ECS deployment
 * failures"). So in a real update the check then waits for the deployment's {@code rolloutState}
 * ({@link RolloutWaiter}) and fails the run on anything but {@code COMPLETED}. Never in a preview, nor in the offline
 * plan, which have no {@link RolloutWatch}.
 */
final class RolloutCheck {

    private RolloutCheck() {
    }

    /**
     * Fails the run, on the ECS service and without a stack trace, when the service runs another task definition
     * than the one just registered, or (in a real update) when ECS does not complete its deployment. The SDK awaits
     * every output it creates before the program ends, so the check needs no consumer (registering it as a component
     * output would wrap the error in a serialization error).
     */
    static void failOnRollback(String serviceName, Service ecsService, TaskDefinition requested,
                               Optional<RolloutWatch> rollouts) {
        Output.tuple(ecsService.taskDefinition(), requested.arn(), ecsService.cluster(), ecsService.name()).apply(t -> {
            var running = t.t1.orElse("");
            var deployed = t.t2;
            if (!running.equals(deployed)) {
                // The provider read the service back after the rollback: its state holds what ECS runs, so the next
                // pulumi up sees the difference and deploys again.
                throw new ResourceException(serviceName + ": the deployment of " + deployed + " did not complete; ECS"
                        + " runs " + running + " (the deployment circuit breaker rolled back). The previous version"
                        + " keeps serving; the service's events say why the new tasks failed (aws ecs"
                        + " describe-services), and the next pulumi up deploys it again.", ecsService, true);
            }
            if (rollouts.isEmpty() || Deployment.getInstance().isDryRun()) {
                return Output.of(running);
            }
            return Output.of(rollouts.get().await(t.t3, t.t4, deployed)).applyValue(outcome -> {
                verdict(serviceName, deployed, outcome).ifPresent(message -> {
                    throw new ResourceException(message, ecsService, true);
                });
                return running;
            });
        });
    }

    /** The one line a deployment that did not complete fails the run with; empty when it completed. */
    static Optional<String> verdict(String serviceName, String deployed, RolloutOutcome outcome) {
        var stateNote = " The Pulumi state records " + deployed + " although ECS may not run it: the deploy workflow"
                + " refreshes before pulumi up (by hand: pulumi up --refresh), so the next run sees what ECS runs.";
        return switch (outcome.kind()) {
            case COMPLETED -> Optional.empty();
            case FAILED -> Optional.of(serviceName + ": ECS marked the deployment of " + deployed + " FAILED ("
                    + outcome.reason() + ")" + outcome.runningTaskDefinition().map(r -> " and runs " + r).orElse("")
                    + "; the previous version keeps serving." + stateNote);
            case TIMED_OUT -> Optional.of(serviceName + ": the deployment of " + deployed + " had not ended after "
                    + RolloutWaiter.TIMEOUT.toMinutes() + " minutes (last seen: " + outcome.reason() + "); ECS may"
                    + " still complete it or roll it back (aws ecs describe-services)." + stateNote);
            case UNREADABLE -> Optional.of(serviceName + ": could not read how the deployment of " + deployed
                    + " ended (" + outcome.reason() + "); the deploy role needs ecs:DescribeServices." + stateNote);
        };
    }
}
