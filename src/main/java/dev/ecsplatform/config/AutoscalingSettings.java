package dev.ecsplatform.config;

/**
 * CPU target tracking for one service; when set, autoscaling owns the desired count after creation.
 *
 * @param minTasks          lower bound, at least 1
 * @param maxTasks          upper bound, at least {@code minTasks}
 * @param cpuTargetPercent  average CPU utilisation to hold, 10–90
 */
public record AutoscalingSettings(int minTasks, int maxTasks, int cpuTargetPercent) {
}
