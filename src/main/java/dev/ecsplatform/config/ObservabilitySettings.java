package dev.ecsplatform.config;

import java.util.List;

/**
 * {@code ecs-platform:observability}: the environment's alarm thresholds and who is notified.
 *
 * @param alarms       the environment's thresholds; services override them under {@code services.<name>.alarms}
 * @param subscribers  subscriptions to the alarm topic, in the order written (each once)
 * @param declaredNone true when the stack file says {@code subscribers: none}: nobody, on purpose
 */
public record ObservabilitySettings(AlarmSettings alarms, List<AlarmSubscriber> subscribers, boolean declaredNone) {

    public static final ObservabilitySettings DEFAULT = new ObservabilitySettings(AlarmSettings.DEFAULT, List.of(), false);

    public ObservabilitySettings {
        subscribers = List.copyOf(subscribers);
    }
}
