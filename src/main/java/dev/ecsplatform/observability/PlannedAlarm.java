package dev.ecsplatform.observability;

import java.util.List;
import java.util.Optional;

/**
 * One CloudWatch alarm, as typed data: everything {@code aws.cloudwatch.MetricAlarm} is given.
 *
 * @param service            the service it watches
 * @param kind               what it watches
 * @param logicalName        the Pulumi logical name
 * @param name               the alarm's name in CloudWatch
 * @param condition          the condition in words, e.g. {@code 5xx above 5% of requests for 3 minutes}
 * @param description        the alarm description: the condition, where the data comes from, what follows
 * @param comparison         the comparison operator
 * @param threshold          the threshold, in the unit of the line that returns data
 * @param periodSeconds      the period of every line
 * @param evaluationPeriods  how many periods are evaluated
 * @param datapointsToAlarm  how many of them must breach
 * @param treatMissingData   what a period without data counts as
 * @param lowSampleCountPercentiles for a percentile alarm: {@code ignore} keeps the state when too few requests
 * @param queries            the metric lines; a single metric line is sent as a plain single-metric alarm
 */
public record PlannedAlarm(String service, AlarmKind kind, String logicalName, String name, String condition,
                           String description, String comparison, double threshold, int periodSeconds,
                           int evaluationPeriods, int datapointsToAlarm, String treatMissingData,
                           Optional<String> lowSampleCountPercentiles, List<AlarmQuery> queries) {

    public PlannedAlarm {
        queries = List.copyOf(queries);
    }

    public boolean rollsBackDeployments() {
        return kind.rollsBackDeployments();
    }

    /** The metrics it reads (CloudWatch bills an alarm per metric it reads). */
    public List<MetricId> metrics() {
        return queries.stream().flatMap(q -> q.metric().stream()).toList();
    }
}
