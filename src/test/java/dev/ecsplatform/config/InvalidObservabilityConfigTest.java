package dev.ecsplatform.config;

import dev.ecsplatform.testing.ConfigProblems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invalid alarm thresholds and subscribers: each case yields exactly the problem named, with key path, value given
 * and what is expected. Every case is a protected stack with an http service {@code web} (port 8080), a tcp service
 * {@code db}, a grpc service {@code grpc} and a client-only {@code worker}; a case adds the observability block
 * ({@code OBSERVABILITY: …}) or a service's {@code alarms} ({@code web: …}, {@code db: …}, {@code grpc: …},
 * {@code worker: …}).
 */
class InvalidObservabilityConfigTest {

    record Case(String name, String lines, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("no subscribers in a protected environment with alarms", "",
                        "ecs-platform:observability.subscribers: got nothing; expected at least one subscriber ([{email: …}] or [{https: …}]) or the word none: this environment is protected (protect: true) and has alarms, so who hears them must be a visible choice"),
                new Case("subscribers as a word other than none", "OBSERVABILITY: {subscribers: nobody}",
                        "ecs-platform:observability.subscribers: got \"nobody\"; expected a list of subscribers such as [{email: oncall@example.com}, {https: https://events.example.com/alarms}], or the word none"),
                new Case("an empty list of subscribers", "OBSERVABILITY: {subscribers: []}",
                        "ecs-platform:observability.subscribers: got []; expected at least one subscriber, or the word none to say on purpose that nobody is notified"),
                new Case("an address that is not one", "OBSERVABILITY: {subscribers: [{email: oncall}]}",
                        "ecs-platform:observability.subscribers[0].email: got \"oncall\"; expected an email address such as oncall@example.com"),
                new Case("a plain http endpoint", "OBSERVABILITY: {subscribers: [{https: \"http://hooks.example.com/x\"}]}",
                        "ecs-platform:observability.subscribers[0].https: got \"http://hooks.example.com/x\"; expected an https:// URL that accepts SNS notifications (alarm details leave AWS: plain http is refused)"),
                new Case("email and https in one item", "OBSERVABILITY: {subscribers: [{email: a@example.com, https: \"https://x.example.com\"}]}",
                        "ecs-platform:observability.subscribers[0]: got {\"email\":\"a@example.com\",\"https\":\"https://x.example.com\"}; expected exactly one of email and https"),
                new Case("a protocol the program does not offer", "OBSERVABILITY: {subscribers: [{sms: \"+15550100\"}]}",
                        "ecs-platform:observability.subscribers[0].sms: got an unknown key; expected one of email, https"),
                new Case("the same subscriber twice", "OBSERVABILITY: {subscribers: [{email: a@example.com}, {email: a@example.com}]}",
                        "ecs-platform:observability.subscribers[1]: got {\"email\":\"a@example.com\"}; expected each subscriber once"),
                new Case("an empty subscriber", "OBSERVABILITY: {subscribers: [{}]}",
                        "ecs-platform:observability.subscribers[0]: got {}; expected exactly one of email and https"),
                new Case("a null subscriber", "OBSERVABILITY: {subscribers: [~]}",
                        "ecs-platform:observability.subscribers[0]: got null; expected one subscriber: {email: address} or {https: URL} (a list item cannot be null: remove it)"),
                new Case("misspelt observability key", "OBSERVABILITY: {subscribers: none, alarm: {}}",
                        "ecs-platform:observability.alarm: got an unknown key; expected one of alarms, subscribers (did you mean \"alarms\"?)"),
                new Case("misspelt threshold", "OBSERVABILITY: {subscribers: none, alarms: {errorRatePercnt: 5}}",
                        "ecs-platform:observability.alarms.errorRatePercnt: got an unknown key; expected one of enabled, errorRatePercent, errorRateMinRequests, latencyP99Ms, tasksBelowDesiredMinutes, cpuPercent, memoryPercent (did you mean \"errorRatePercent\"?)"),
                new Case("5xx share of 0%", "OBSERVABILITY: {subscribers: none, alarms: {errorRatePercent: 0}}",
                        "ecs-platform:observability.alarms.errorRatePercent: got 0; expected an integer from 1 to 100"),
                new Case("5xx share above 100%", "OBSERVABILITY: {subscribers: none, alarms: {errorRatePercent: 101}}",
                        "ecs-platform:observability.alarms.errorRatePercent: got 101; expected an integer from 1 to 100"),
                new Case("latency as words", "OBSERVABILITY: {subscribers: none, alarms: {latencyP99Ms: fast}}",
                        "ecs-platform:observability.alarms.latencyP99Ms: got \"fast\"; expected an integer from 1 to 600000"),
                new Case("task minutes beyond CloudWatch's day", "OBSERVABILITY: {subscribers: none, alarms: {tasksBelowDesiredMinutes: 1441}}",
                        "ecs-platform:observability.alarms.tasksBelowDesiredMinutes: got 1441; expected an integer from 1 to 1440"),
                new Case("CPU above 100%", "OBSERVABILITY: {subscribers: none, alarms: {cpuPercent: 150}}",
                        "ecs-platform:observability.alarms.cpuPercent: got 150; expected an integer from 1 to 100"),
                new Case("minimum requests of 0", "OBSERVABILITY: {subscribers: none, alarms: {errorRateMinRequests: 0}}",
                        "ecs-platform:observability.alarms.errorRateMinRequests: got 0; expected an integer from 1 to 1000000"),
                new Case("alarms switched with a word", "OBSERVABILITY: {subscribers: none, alarms: {enabled: sometimes}}",
                        "ecs-platform:observability.alarms.enabled: got \"sometimes\"; expected true or false"),
                new Case("alarms that are not a mapping", "OBSERVABILITY: {subscribers: none, alarms: [5]}",
                        "ecs-platform:observability.alarms: got [5]; expected a mapping with keys enabled, errorRatePercent, errorRateMinRequests, latencyP99Ms, tasksBelowDesiredMinutes, cpuPercent, memoryPercent"),
                new Case("a service's alarms that are not a mapping", "OBSERVABILITY: {subscribers: none}\nweb: false",
                        "ecs-platform:services.web.alarms: got false; expected a mapping with keys enabled, errorRatePercent, errorRateMinRequests, latencyP99Ms, tasksBelowDesiredMinutes, cpuPercent, memoryPercent"),
                new Case("a misspelt service threshold", "OBSERVABILITY: {subscribers: none}\nweb: {memoryPercnt: 80}",
                        "ecs-platform:services.web.alarms.memoryPercnt: got an unknown key; expected one of enabled, errorRatePercent, errorRateMinRequests, latencyP99Ms, tasksBelowDesiredMinutes, cpuPercent, memoryPercent (did you mean \"memoryPercent\"?)"),
                new Case("a 5xx threshold on a tcp service", "OBSERVABILITY: {subscribers: none}\ndb: {errorRatePercent: 5}",
                        "ecs-platform:services.db.alarms.errorRatePercent: got 5; expected no 5xx threshold for protocol tcp: Service Connect publishes only connection metrics for a TCP port"),
                new Case("a latency threshold on a tcp service", "OBSERVABILITY: {subscribers: none}\ndb: {latencyP99Ms: 50}",
                        "ecs-platform:services.db.alarms.latencyP99Ms: got 50; expected no latency threshold for protocol tcp: Service Connect publishes only connection metrics for a TCP port"),
                new Case("a 5xx threshold on a grpc service", "OBSERVABILITY: {subscribers: none}\ngrpc: {errorRateMinRequests: 50}",
                        "ecs-platform:services.grpc.alarms.errorRateMinRequests: got 50; expected no 5xx threshold for protocol grpc: Service Connect publishes HTTP status-code metrics for http and http2 ports only"),
                new Case("a request threshold on a client-only service", "OBSERVABILITY: {subscribers: none}\nworker: {latencyP99Ms: 500}",
                        "ecs-platform:services.worker.alarms.latencyP99Ms: got 500; expected no request threshold on a client-only service (it serves no requests)"),
                new Case("a latency limit the per-request timeout cuts off", "OBSERVABILITY: {subscribers: none}\nweb: {latencyP99Ms: 20000}",
                        "ecs-platform:services.web.alarms.latencyP99Ms: got 20000; expected a p99 limit below the service's per-request timeout of 15 s (Service Connect's default): the proxy ends slower requests first, so the alarm could never fire"),
                new Case("a 5xx share of 100%, which a share never exceeds", "OBSERVABILITY: {subscribers: none, alarms: {errorRatePercent: 100}}",
                        "ecs-platform:observability.alarms.errorRatePercent: got 100; expected an integer from 1 to 99: the alarm fires when the value is greater than the threshold, and a percentage never exceeds 100, so 100 could never fire"),
                new Case("CPU of 100% for the environment", "OBSERVABILITY: {subscribers: none, alarms: {cpuPercent: 100}}",
                        "ecs-platform:observability.alarms.cpuPercent: got 100; expected an integer from 1 to 99: the alarm fires when the value is greater than the threshold, and a percentage never exceeds 100, so 100 could never fire"),
                new Case("memory of 100% for one service", "OBSERVABILITY: {subscribers: none}\ndb: {memoryPercent: 100}",
                        "ecs-platform:services.db.alarms.memoryPercent: got 100; expected an integer from 1 to 99: the alarm fires when the value is greater than the threshold, and a percentage never exceeds 100, so 100 could never fire"),
                new Case("an inherited latency limit the service's own timeout cuts off", "OBSERVABILITY: {subscribers: none, alarms: {latencyP99Ms: 5000}}\nTIMEOUTS: {perRequestSeconds: 2}",
                        "ecs-platform:services.web.alarms.latencyP99Ms: got 5000 (observability.alarms.latencyP99Ms); expected a p99 limit below the service's per-request timeout of 2 s (timeouts.perRequestSeconds): the proxy ends slower requests first, so the alarm could never fire"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheOneProblemWithPathValueAndExpectation(Case c) {
        var image = "image: \"123456789012.dkr.ecr.us-east-1.amazonaws.com/x:1.0.0\"";
        var observability = "";
        var alarms = new java.util.HashMap<String, String>();
        var timeouts = "";
        for (var line : c.lines().lines().toList()) {
            if (line.startsWith("OBSERVABILITY: ")) {
                observability = "  ecs-platform:observability: " + line.substring(15) + "\n";
            } else if (line.startsWith("TIMEOUTS: ")) {
                timeouts = ", timeouts: " + line.substring(10);
            } else if (!line.isBlank()) {
                alarms.put(line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 2));
            }
        }
        var yaml = "config:\n  aws:region: us-east-1\n  ecs-platform:namespace: lab.internal\n" + observability
                + "  ecs-platform:services:\n"
                + "    web: {" + image + ", port: 8080" + timeouts + alarmsOf(alarms, "web") + "}\n"
                + "    db: {" + image + ", port: 5432, protocol: tcp" + alarmsOf(alarms, "db") + "}\n"
                + "    grpc: {" + image + ", port: 9000, protocol: grpc" + alarmsOf(alarms, "grpc") + "}\n"
                + "    worker: {" + image + ", calls: [web]" + alarmsOf(alarms, "worker") + "}\n";

        assertThat(ConfigProblems.of(yaml)).isEqualTo(List.of(c.expected()));
    }

    private static String alarmsOf(java.util.Map<String, String> alarms, String service) {
        return alarms.containsKey(service) ? ", alarms: " + alarms.get(service) : "";
    }
}
