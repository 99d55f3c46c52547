package dev.ecsplatform.config;

import java.util.List;

/**
 * The container health check, in ECS terms.
 *
 * @param command            {@code ["CMD-SHELL", "..."]} or {@code ["CMD", ...]}
 * @param intervalSeconds    5–300, default 30
 * @param timeoutSeconds     2–60, default 5
 * @param retries            1–10, default 3
 * @param startPeriodSeconds 0–300, default 10
 */
public record HealthCheckSettings(List<String> command, int intervalSeconds, int timeoutSeconds, int retries,
                                  int startPeriodSeconds) {

    public HealthCheckSettings {
        command = List.copyOf(command);
    }
}
