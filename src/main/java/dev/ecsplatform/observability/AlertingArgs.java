package dev.ecsplatform.observability;

import dev.ecsplatform.config.ObservabilitySettings;
import dev.ecsplatform.stack.StackContext;

import java.util.List;

/**
 * What the environment's alerting is built from.
 *
 * @param stack    the stack's shared facts (its {@code protect} also protects the key and the topic, on which
 *                 confirmed subscriptions live)
 * @param settings {@code ecs-platform:observability}: who is notified
 * @param alarms   the planned alarms of every service
 */
public record AlertingArgs(StackContext stack, ObservabilitySettings settings, List<PlannedAlarm> alarms) {

    public AlertingArgs {
        alarms = List.copyOf(alarms);
    }
}
