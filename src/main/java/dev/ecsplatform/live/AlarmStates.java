package dev.ecsplatform.live;

import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which of the given CloudWatch alarms are in {@code ALARM} now ({@code DescribeAlarms} by name and state).
 * DescribeAlarms takes at most 100 names per request, and pages its answer.
 */
public final class AlarmStates {

    static final int NAMES_PER_REQUEST = 100;

    private final CloudWatchClient cloudWatch;

    public AlarmStates(CloudWatchClient cloudWatch) {
        this.cloudWatch = cloudWatch;
    }

    /** The names among {@code alarmNames} whose alarm is in ALARM, sorted; names without an alarm are not listed. */
    public List<String> inAlarm(List<String> alarmNames) {
        var names = List.copyOf(new TreeSet<>(alarmNames));
        var found = new TreeSet<String>();
        for (int from = 0; from < names.size(); from += NAMES_PER_REQUEST) {
            var batch = names.subList(from, Math.min(names.size(), from + NAMES_PER_REQUEST));
            String token = null;
            do {
                var nextToken = token;
                var response = cloudWatch.describeAlarms(r -> r.alarmNames(batch).stateValue(StateValue.ALARM)
                        .maxRecords(NAMES_PER_REQUEST).nextToken(nextToken));
                response.metricAlarms().stream()
                        .filter(alarm -> alarm.stateValue() == StateValue.ALARM)
                        .map(MetricAlarm::alarmName)
                        .forEach(found::add);
                token = response.nextToken();
            } while (token != null && !token.isEmpty());
        }
        return new ArrayList<>(found);
    }
}
