package dev.ecsplatform.config;

import dev.ecsplatform.testing.ConfigProblems;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's 5xx and latency exist only per ECS caller, and CloudWatch reads at most 10 metrics per metric-math alarm:
 * a service whose alarms would need more is refused with the ways out, never silently cut to some callers.
 */
class AlarmMetricLimitConfigTest {

    private static final String IMAGE = "image: \"123456789012.dkr.ecr.us-east-1.amazonaws.com/x:1.0.0\"";

    /** {@code callers} client-only services calling {@code web}. */
    private static String yaml(int callers, String web) {
        var text = new StringBuilder("config:\n  aws:region: us-east-1\n  ecs-platform:namespace: lab.internal\n"
                + "  ecs-platform:observability: {subscribers: none}\n"
                + "  ecs-platform:services:\n    web: {" + IMAGE + ", port: 8080" + web + "}\n");
        for (int i = 1; i <= callers; i++) {
            text.append("    c").append(String.format("%02d", i)).append(": {").append(IMAGE).append(", calls: [web]}\n");
        }
        return text.toString();
    }

    private static String names(int callers) {
        var names = new StringBuilder();
        for (int i = 1; i <= callers; i++) {
            names.append(i > 1 ? ", " : "").append('c').append(String.format("%02d", i));
        }
        return names.toString();
    }

    @Test
    void nineHttpCallersFitTheErrorRateAlarmsTenMetrics() {
        // 9 callers' 5xx + the service's inbound requests = 10.
        assertThat(StackFiles.load(yaml(9, "")).services()).containsKey("web");
    }

    @Test
    void tenHttpCallersAreRefusedWithTheWaysOut() {
        assertThat(ConfigProblems.of(yaml(10, ""))).isEqualTo(List.of("ecs-platform:services.web: got 10 ECS callers ("
                + names(10) + "); expected at most 10 metrics per alarm: its 5xx and latency exist only per caller, so its "
                + "request alarms would read 11 metrics, and CloudWatch's limit for metric-math alarms is a hard 10. Set "
                + "services.web.alarms.enabled: false and alarm on it yourself (e.g. a Metrics Insights query over "
                + "TargetDiscoveryName), or give it fewer callers"));
    }

    @Test
    void grpcHasNo5xxAlarmSoTenCallersFitItsLatencyAlarm() {
        assertThat(StackFiles.load(yaml(10, ", protocol: grpc")).services()).containsKey("web");
        assertThat(ConfigProblems.of(yaml(11, ", protocol: grpc"))).singleElement().asString()
                .startsWith("ecs-platform:services.web: got 11 ECS callers (").contains("would read 11 metrics");
    }

    @Test
    void theProblemSitsAtTheAlarmsKeyWhenThereIsOneAndAlarmsOffAreNotCounted() {
        assertThat(ConfigProblems.of(yaml(10, ", alarms: {latencyP99Ms: 500}"))).singleElement().asString()
                .startsWith("ecs-platform:services.web.alarms: got 10 ECS callers (");
        assertThat(StackFiles.load(yaml(10, ", alarms: {enabled: false}")).services()).containsKey("web");
        assertThat(StackFiles.load(yaml(12, ", protocol: tcp")).services()).containsKey("web");
    }
}
