package dev.ecsplatform.config;

import java.util.Optional;

/**
 * Target tracking for one service; when set, autoscaling owns the desired count after creation. At least one target
 * is set: CPU (60 % when neither is given) and/or requests.
 *
 * @param minTasks          lower bound, at least 1
 * @param maxTasks          upper bound, at least {@code minTasks}
 * @param cpuTargetPercent  average CPU utilisation to hold, 10–90
 * @param requestsPerTask   requests per task per minute to hold: on the Service Connect requests the service's proxy
 *                          receives, and on the load balancer's requests per target for a public service
 */
public record AutoscalingSettings(int minTasks, int maxTasks, Optional<Integer> cpuTargetPercent,
                                  Optional<Integer> requestsPerTask) {

    public AutoscalingSettings(int minTasks, int maxTasks, int cpuTargetPercent) {
        this(minTasks, maxTasks, Optional.of(cpuTargetPercent), Optional.empty());
    }
}
