package dev.ecsplatform.config;

import java.util.List;

/**
 * How one service faces the internet through the load balancer.
 *
 * @param hosts                       host-header values (e.g. {@code api.example.com}, {@code *.example.com})
 * @param paths                       path patterns (e.g. {@code /api/*})
 * @param priority                    listener rule priority, 1–50000, unique; lower wins
 * @param healthCheckPath             the target group's health check path (default {@code /})
 * @param deregistrationDelaySeconds  draining time, 0–3600 (default 30)
 * @param healthCheckGracePeriodSeconds how long ECS ignores load balancer health after a task starts (default 60)
 */
public record PublicSettings(List<String> hosts, List<String> paths, int priority, String healthCheckPath,
                             int deregistrationDelaySeconds, int healthCheckGracePeriodSeconds) {

    public PublicSettings {
        hosts = List.copyOf(hosts);
        paths = List.copyOf(paths);
    }
}
