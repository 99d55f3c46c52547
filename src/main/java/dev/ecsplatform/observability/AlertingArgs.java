package dev.ecsplatform.observability;

import dev.ecsplatform.config.ObservabilitySettings;
import dev.ecsplatform.stack.StackContext;

import java.util.List;
import java.util.Optional;

/**
 * What the environment's alerting is built from.
 *
 * @param stack    the stack's shared facts (its {@code protect} also protects the key and the topic, on which
 *                 confirmed subscriptions live)
 * @param settings {@code ecs-platform:observability}: who is notified
 * @param alarms   the planned alarms of every service
 * @param loadBalancer the public entry's ARN suffixes, which replace the stand-ins in the alarms' load balancer
 *                     metrics ({@link Metrics#LOAD_BALANCER_SUFFIX})
 * @param execSessionLogGroup the name of the ECS Exec session log group, which the stack's key also encrypts; empty
 *                            when no service allows Exec
 */
public record AlertingArgs(StackContext stack, ObservabilitySettings settings, List<PlannedAlarm> alarms,
                           Optional<ViewsArgs.LoadBalancerOutputs> loadBalancer, Optional<String> execSessionLogGroup) {

    public AlertingArgs {
        alarms = List.copyOf(alarms);
    }
}
