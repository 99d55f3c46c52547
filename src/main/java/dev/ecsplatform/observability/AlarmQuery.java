package dev.ecsplatform.observability;

import java.util.Optional;

/**
 * One line of an alarm's metric math: a metric with its statistic, or an expression over the other lines.
 *
 * @param id         the id expressions refer to ({@code m1}, {@code e1}: lowercase letter first)
 * @param metric     the metric, for a metric line
 * @param stat       its statistic ({@code Sum}, {@code Average}, {@code p99}), for a metric line
 * @param expression the metric math, for an expression line
 * @param label      what the line shows as
 * @param returnData true for the one line the alarm compares with its threshold
 */
public record AlarmQuery(String id, Optional<MetricId> metric, Optional<String> stat, Optional<String> expression,
                         String label, boolean returnData) {

    public static AlarmQuery metric(String id, MetricId metric, String stat, String label, boolean returnData) {
        return new AlarmQuery(id, Optional.of(metric), Optional.of(stat), Optional.empty(), label, returnData);
    }

    public static AlarmQuery expression(String id, String expression, String label) {
        return expression(id, expression, label, true);
    }

    /** An expression other lines build on ({@code returnData} false) or the one the alarm watches (true). */
    public static AlarmQuery expression(String id, String expression, String label, boolean returnData) {
        return new AlarmQuery(id, Optional.empty(), Optional.empty(), Optional.of(expression), label, returnData);
    }
}
