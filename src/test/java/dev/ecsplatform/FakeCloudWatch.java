package dev.ecsplatform;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsRequest;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A CloudWatch client that answers {@code DescribeAlarms} as CloudWatch does for a name list and a state filter, from
 * a set of alarms in ALARM, one alarm per page; or fails every call with {@code errorCode}.
 */
final class FakeCloudWatch implements CloudWatchClient {

    final List<DescribeAlarmsRequest> requests = new ArrayList<>();
    private final Set<String> inAlarm;
    private final Optional<String> errorCode;

    FakeCloudWatch(Set<String> inAlarm, Optional<String> errorCode) {
        this.inAlarm = inAlarm;
        this.errorCode = errorCode;
    }

    @Override
    public DescribeAlarmsResponse describeAlarms(DescribeAlarmsRequest request) {
        requests.add(request);
        errorCode.ifPresent(code -> {
            throw CloudWatchException.builder().statusCode(403)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("denied by the fake").build()).build();
        });
        var matching = request.alarmNames().stream()
                .filter(inAlarm::contains)
                .filter(name -> request.stateValue() == null || request.stateValue() == StateValue.ALARM)
                .sorted().toList();
        int from = request.nextToken() == null ? 0 : Integer.parseInt(request.nextToken());
        var page = matching.subList(Math.min(from, matching.size()), Math.min(from + 1, matching.size()));
        return DescribeAlarmsResponse.builder()
                .metricAlarms(page.stream().map(name -> MetricAlarm.builder().alarmName(name)
                        .stateValue(StateValue.ALARM).build()).toList())
                .nextToken(from + 1 < matching.size() ? String.valueOf(from + 1) : null)
                .build();
    }

    @Override
    public String serviceName() {
        return "monitoring";
    }

    @Override
    public void close() {
    }
}
