package dev.ecsplatform.observability;

import java.util.Optional;

/**
 * One entry of a metric widget's {@code metrics} array: a metric (written as
 * {@code [namespace, name, dimension, value, …, {options}]}) or an expression (written as {@code [{expression, …}]}).
 *
 * @param metric     the metric, for a metric line
 * @param expression the metric math, for an expression line
 * @param id         the id expressions use, or null
 * @param stat       the statistic ({@code Sum}, {@code Average}, {@code p99}), for a metric line
 * @param label      the legend
 * @param yAxis      {@code left} or {@code right}
 * @param visible    false for a line that only feeds an expression
 */
public record MetricLine(Optional<MetricId> metric, Optional<String> expression, String id, String stat, String label,
                         String yAxis, boolean visible) {

    public static MetricLine of(MetricId metric, String stat, String label) {
        return new MetricLine(Optional.of(metric), Optional.empty(), null, stat, label, "left", true);
    }

    public static MetricLine expression(String id, String expression, String label, String yAxis) {
        return new MetricLine(Optional.empty(), Optional.of(expression), id, null, label, yAxis, true);
    }

    public MetricLine withId(String newId) {
        return new MetricLine(metric, expression, newId, stat, label, yAxis, visible);
    }

    public MetricLine hidden() {
        return new MetricLine(metric, expression, id, stat, label, yAxis, false);
    }

    public MetricLine onRight() {
        return new MetricLine(metric, expression, id, stat, label, "right", visible);
    }
}
