package dev.ecsplatform.observability;

import com.pulumi.core.Output;
import dev.ecsplatform.config.ObservabilitySettings;

import java.util.List;

/**
 * What the environment's alerting is built from.
 *
 * @param names     physical names of the stack's observability resources
 * @param region    the stack's region
 * @param accountId the account (key and topic policies)
 * @param protect   protects the key and the topic (confirmed subscriptions live on the topic)
 * @param settings  {@code ecs-platform:observability}: who is notified
 * @param alarms    the planned alarms of every service
 */
public record AlertingArgs(ObservabilityNames names, String region, Output<String> accountId, boolean protect,
                           ObservabilitySettings settings, List<PlannedAlarm> alarms) {

    public AlertingArgs {
        alarms = List.copyOf(alarms);
    }
}
