package dev.ecsplatform.config;

import dev.ecsplatform.configkit.ConfigNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code ecs-platform:observability} and each service's {@code alarms} overrides. */
final class ObservabilityReader {

    static final String NONE = "none";
    /** CloudWatch evaluates an alarm over at most one day (period × evaluation periods). */
    static final int MAX_MINUTES = 1440;
    static final int MAX_LATENCY_MS = 600_000;
    static final int MAX_MIN_REQUESTS = 1_000_000;
    /** Service Connect's per-request timeout when none is set (ECS API, TimeoutConfiguration). */
    static final int DEFAULT_PER_REQUEST_SECONDS = 15;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final String THRESHOLD_KEYS = "enabled, errorRatePercent, errorRateMinRequests, latencyP99Ms, "
            + "tasksBelowDesiredMinutes, cpuPercent, memoryPercent";
    private static final String SUBSCRIBERS_EXPECTED = "a list of subscribers such as [{email: oncall@example.com}, "
            + "{https: https://events.example.com/alarms}], or the word none";

    private ObservabilityReader() {
    }

    static ObservabilitySettings read(ConfigNode node) {
        node.expectObject("a mapping with keys alarms, subscribers");
        var alarmsNode = node.field("alarms");
        alarmsNode.expectObject("a mapping with keys " + THRESHOLD_KEYS);
        var alarms = thresholds(alarmsNode, AlarmSettings.DEFAULT);
        alarmsNode.rejectUnknownKeys();
        var subscribersNode = node.field("subscribers");
        var subscribers = new ArrayList<AlarmSubscriber>();
        boolean declaredNone = false;
        if (!subscribersNode.isPresent()) {
            // Checked once the services are known: see checkSubscribers.
        } else if (subscribersNode.isList()) {
            readSubscribers(subscribersNode, subscribers);
        } else {
            var word = subscribersNode.string(SUBSCRIBERS_EXPECTED);
            if (word.isPresent() && word.get().equals(NONE)) {
                declaredNone = true;
            } else if (word.isPresent()) {
                subscribersNode.problem(SUBSCRIBERS_EXPECTED);
            }
        }
        node.rejectUnknownKeys();
        return new ObservabilitySettings(alarms, subscribers, declaredNone);
    }

    private static void readSubscribers(ConfigNode node, List<AlarmSubscriber> subscribers) {
        var items = node.items(SUBSCRIBERS_EXPECTED);
        if (items.isEmpty()) {
            node.problem("at least one subscriber, or the word none to say on purpose that nobody is notified");
        }
        for (var item : items) {
            if (!item.expectObject("one subscriber: {email: address} or {https: URL}")) {
                if (!item.isPresent()) {
                    item.problem("one subscriber: {email: address} or {https: URL}");
                }
                continue;
            }
            var email = item.field("email");
            var https = item.field("https");
            item.rejectUnknownKeys();
            if (email.isPresent() && https.isPresent() || item.given().equals("{}")) {
                item.problem("exactly one of email and https");
                continue;
            }
            if (!email.isPresent() && !https.isPresent()) {
                continue; // only other keys: reported as unknown keys above
            }
            Optional<AlarmSubscriber> subscriber = email.isPresent() ? email(email) : https(https);
            subscriber.ifPresent(s -> {
                if (subscribers.contains(s)) {
                    item.problem("each subscriber once");
                } else {
                    subscribers.add(s);
                }
            });
        }
    }

    private static Optional<AlarmSubscriber> email(ConfigNode node) {
        var expected = "an email address such as oncall@example.com";
        return node.string(expected).flatMap(address -> {
            if (!EMAIL.matcher(address).matches() || address.length() > 254) {
                node.problem(expected);
                return Optional.empty();
            }
            return Optional.of(new AlarmSubscriber("email", address));
        });
    }

    private static Optional<AlarmSubscriber> https(ConfigNode node) {
        var expected = "an https:// URL that accepts SNS notifications (alarm details leave AWS: plain http is refused)";
        return node.string(expected).flatMap(url -> {
            try {
                var uri = new URI(url);
                if ("https".equals(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isEmpty()) {
                    return Optional.of(new AlarmSubscriber("https", url));
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            node.problem(expected);
            return Optional.empty();
        });
    }

    /** {@code services.<name>.alarms}: the environment's thresholds with this service's overrides, checked against what it serves. */
    static AlarmSettings readService(ConfigNode node, AlarmSettings environment, boolean hasPort, Protocol protocol,
                                     Optional<TimeoutSettings> timeouts, boolean timeoutsKnown) {
        if (!node.expectObject("a mapping with keys " + THRESHOLD_KEYS)) {
            return timeoutsKnown ? checkLatency(node, environment, hasPort, protocol, timeouts) : environment;
        }
        var alarms = thresholds(node, environment);
        node.rejectUnknownKeys();
        var errorRate = List.of(node.field("errorRatePercent"), node.field("errorRateMinRequests"));
        var latency = node.field("latencyP99Ms");
        if (!hasPort) {
            errorRate.forEach(n -> refuse(n, "no request threshold on a client-only service (it serves no requests)"));
            refuse(latency, "no request threshold on a client-only service (it serves no requests)");
        } else if (protocol == Protocol.TCP) {
            errorRate.forEach(n -> refuse(n, "no 5xx threshold for protocol tcp: Service Connect publishes only "
                    + "connection metrics for a TCP port"));
            refuse(latency, "no latency threshold for protocol tcp: Service Connect publishes only connection metrics "
                    + "for a TCP port");
        } else if (protocol == Protocol.GRPC) {
            errorRate.forEach(n -> refuse(n, "no 5xx threshold for protocol grpc: Service Connect publishes HTTP "
                    + "status-code metrics for http and http2 ports only"));
        }
        return timeoutsKnown ? checkLatency(node, alarms, hasPort, protocol, timeouts) : alarms;
    }

    /**
     * A percentage threshold that can be crossed. Every alarm here fires when its value is greater than the threshold,
     * so a threshold at the top of what the value can reach never fires: a 5xx share, and CPU and memory utilisation
     * of Fargate tasks (whose size is a hard limit), never exceed 100%. The latency limit's reachable range is checked
     * against the per-request timeout in {@link #checkLatency}; the task alarm's threshold is fixed at 0 tasks missing.
     */
    private static Optional<Integer> percent(ConfigNode field) {
        var value = field.integer(1, 100);
        if (value.isPresent() && value.get() == 100) {
            field.problem("an integer from 1 to 99: the alarm fires when the value is greater than the threshold, "
                    + "and a percentage never exceeds 100, so 100 could never fire");
            return Optional.empty();
        }
        return value;
    }

    private static AlarmSettings thresholds(ConfigNode node, AlarmSettings defaults) {
        return new AlarmSettings(
                node.field("enabled").bool().orElse(defaults.enabled()),
                percent(node.field("errorRatePercent")).orElse(defaults.errorRatePercent()),
                node.field("errorRateMinRequests").integer(1, MAX_MIN_REQUESTS).orElse(defaults.errorRateMinRequests()),
                node.field("latencyP99Ms").integer(1, MAX_LATENCY_MS).orElse(defaults.latencyP99Ms()),
                node.field("tasksBelowDesiredMinutes").integer(1, MAX_MINUTES).orElse(defaults.tasksBelowDesiredMinutes()),
                percent(node.field("cpuPercent")).orElse(defaults.cpuPercent()),
                percent(node.field("memoryPercent")).orElse(defaults.memoryPercent()));
    }

    private static void refuse(ConfigNode node, String expected) {
        if (node.isPresent()) {
            node.problem(expected);
        }
    }

    /**
     * A p99 limit at or above the per-request timeout can never be crossed: the proxy ends the request first.
     * Checked on the effective values, so an inherited environment limit is caught too.
     */
    private static AlarmSettings checkLatency(ConfigNode node, AlarmSettings alarms,
                                              boolean hasPort, Protocol protocol, Optional<TimeoutSettings> timeouts) {
        if (!alarms.enabled() || !hasPort || protocol == Protocol.TCP) {
            return alarms;
        }
        int timeoutSeconds = timeouts.flatMap(TimeoutSettings::perRequestSeconds).orElse(DEFAULT_PER_REQUEST_SECONDS);
        if (timeoutSeconds > 0 && alarms.latencyP99Ms() >= timeoutSeconds * 1000L) {
            var latency = node.field("latencyP99Ms");
            var given = latency.isPresent() ? latency.given()
                    : alarms.latencyP99Ms() + " (observability.alarms.latencyP99Ms)";
            node.problems().add(latency.path(), given, "a p99 limit below the service's per-request timeout of "
                    + timeoutSeconds + " s (" + (timeouts.flatMap(TimeoutSettings::perRequestSeconds).isPresent()
                    ? "timeouts.perRequestSeconds" : "Service Connect's default")
                    + "): the proxy ends slower requests first, so the alarm could never fire");
        }
        return alarms;
    }

    /**
     * A protected environment with alarms says who hears them: subscribers, or {@code none} on purpose. Without
     * alarms there is nothing to hear, so a stack with no alarmed service need not say.
     */
    static void checkSubscribers(ConfigNode node, boolean protect,
                                 java.util.SortedMap<String, ServiceSettings> services) {
        var subscribersNode = node.field("subscribers");
        boolean alarmed = services.values().stream().anyMatch(s -> s.alarms().enabled());
        if (protect && alarmed && !subscribersNode.isPresent()) {
            subscribersNode.problem("at least one subscriber ([{email: …}] or [{https: …}]) or the word none: this "
                    + "environment is protected (protect: true) and has alarms, so who hears them must be a visible choice");
        }
    }
}
