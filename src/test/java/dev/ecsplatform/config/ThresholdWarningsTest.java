package dev.ecsplatform.config;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thresholds that do not apply are a warning, not silence: from each seed Container Insights on or off, alarms on
 * or off for the environment and each service, services of every protocol (client-only too), and thresholds
 * written at random. The oracle names every threshold that shapes no alarm; the file still loads.
 */
class ThresholdWarningsTest {

    private static final List<String> PROTOCOLS = List.of("http", "http2", "grpc", "tcp", "none");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyThresholdThatShapesNoAlarmIsWarnedAbout(long seed) {
        var random = new Random(seed);
        boolean insightsOff = random.nextBoolean();
        boolean envOff = random.nextInt(3) == 0;
        var expected = new TreeSet<String>();
        var services = new StringBuilder();
        var protocols = new ArrayList<String>();
        boolean anyOn = false;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            var protocol = PROTOCOLS.get(random.nextInt(PROTOCOLS.size()));
            protocols.add(protocol);
            var line = new StringBuilder("    s" + i + ": {image: \"nginx:1.27\"");
            if (!protocol.equals("none")) {
                line.append(", port: 8080, protocol: ").append(protocol);
            }
            var alarms = new ArrayList<String>();
            Boolean enabled = random.nextInt(3) == 0 ? random.nextBoolean() : null;
            boolean on = enabled != null ? enabled : !envOff;
            anyOn |= on;
            if (enabled != null) {
                alarms.add("enabled: " + enabled);
            }
            for (var key : List.of("tasksBelowDesiredMinutes", "cpuPercent")) {
                if (random.nextBoolean()) {
                    alarms.add(key + ": 7");
                    if (!on || key.equals("tasksBelowDesiredMinutes") && insightsOff) {
                        expected.add("ecs-platform:services.s" + i + ".alarms." + key);
                    }
                }
            }
            if (!alarms.isEmpty()) {
                line.append(", alarms: {").append(String.join(", ", alarms)).append('}');
            }
            services.append(line).append("}\n");
        }
        var envAlarms = new ArrayList<String>();
        if (envOff) {
            envAlarms.add("enabled: false");
        }
        boolean http = protocols.stream().anyMatch(p -> p.equals("http") || p.equals("http2"));
        boolean requests = http || protocols.contains("grpc");
        for (var key : List.of("errorRatePercent", "latencyP99Ms", "tasksBelowDesiredMinutes", "memoryPercent")) {
            if (random.nextBoolean()) {
                envAlarms.add(key + ": " + (key.equals("latencyP99Ms") ? 900 : 7));
                var path = "ecs-platform:observability.alarms." + key;
                if (envOff && !anyOn) {
                    expected.add(path);
                } else if (key.equals("tasksBelowDesiredMinutes") && insightsOff
                        || key.equals("errorRatePercent") && !http || key.equals("latencyP99Ms") && !requests) {
                    expected.add(path);
                }
            }
        }
        var yaml = """
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: dev.internal
                  ecs-platform:protect: false
                  ecs-platform:cluster: {containerInsights: %s}
                  ecs-platform:observability: {alarms: {%s}}
                  ecs-platform:services:
                %s""".formatted(insightsOff ? "disabled" : "enabled", String.join(", ", envAlarms), services);
        var config = ConfigLoader.load("ecs-platform", StackFile.parse(yaml, "gen.yaml"));
        assertThat(new TreeSet<>(config.warnings().stream().map(ConfigWarning::path).toList())).as(yaml).isEqualTo(expected);
        assertThat(config.warnings()).allSatisfy(w -> assertThat(w.message()).startsWith("has no effect: "));
    }
}
