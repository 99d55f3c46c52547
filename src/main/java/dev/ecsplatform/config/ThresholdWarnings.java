package dev.ecsplatform.config;

import dev.ecsplatform.configkit.ConfigNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Alarm thresholds that are written but apply to no alarm this stack makes: a warning each, never silence.
 * <ul>
 *   <li>{@code tasksBelowDesiredMinutes} while Container Insights is disabled: no task alarm exists (nothing
 *       publishes the task counts), see {@code AlarmPlanner}.</li>
 *   <li>Any threshold in an {@code alarms} block whose {@code enabled} is false (the environment's, when no service
 *       turns its alarms back on).</li>
 *   <li>The environment's request thresholds when no service serves a protocol they apply to (5xx rate: http or
 *       http2; p99 latency: http, http2 or grpc). A service's own are refused, not warned about.</li>
 * </ul>
 * A value that was refused is not warned about as well.
 */
final class ThresholdWarnings {

    private static final List<String> THRESHOLDS = List.of("errorRatePercent", "errorRateMinRequests", "latencyP99Ms",
            "tasksBelowDesiredMinutes", "cpuPercent", "memoryPercent");

    private ThresholdWarnings() {
    }

    static List<ConfigWarning> check(ConfigNode observability, Map<String, ConfigNode> serviceNodes,
                                     SortedMap<String, ServiceSettings> services, ClusterSettings cluster) {
        var warnings = new ArrayList<ConfigWarning>();
        var environment = observability.field("alarms");
        boolean insightsOff = cluster.containerInsights().equals("disabled");
        boolean anyAlarmed = services.values().stream().anyMatch(s -> s.alarms().enabled());
        if (!environment.hasProblem() && environment.isObject()) {
            boolean off = !environment.field("enabled").bool().orElse(true);
            for (var key : THRESHOLDS) {
                var node = environment.field(key);
                if (!node.isPresent()) {
                    continue;
                }
                if (off && !anyAlarmed) {
                    warnings.add(new ConfigWarning(node.path(), "has no effect: alarms are off (enabled: false) and "
                            + "no service turns its own on"));
                } else if (key.equals("tasksBelowDesiredMinutes") && insightsOff) {
                    warnings.add(insightsWarning(node));
                } else if (key.startsWith("errorRate") && services.values().stream().noneMatch(s -> serves(s, Protocol.HTTP, Protocol.HTTP2))) {
                    warnings.add(new ConfigWarning(node.path(), "has no effect: no service serves http or http2, the "
                            + "protocols with a 5xx-rate alarm"));
                } else if (key.equals("latencyP99Ms") && services.values().stream()
                        .noneMatch(s -> serves(s, Protocol.HTTP, Protocol.HTTP2, Protocol.GRPC))) {
                    warnings.add(new ConfigWarning(node.path(), "has no effect: no service serves http, http2 or grpc, "
                            + "the protocols with a latency alarm"));
                }
            }
        }
        for (var entry : serviceNodes.entrySet()) {
            var alarms = entry.getValue().field("alarms");
            var service = services.get(entry.getKey());
            if (service == null || alarms.hasProblem() || !alarms.isObject()) {
                continue;
            }
            for (var key : THRESHOLDS) {
                var node = alarms.field(key);
                if (!node.isPresent()) {
                    continue;
                }
                if (!service.alarms().enabled()) {
                    warnings.add(new ConfigWarning(node.path(), "has no effect: this service's alarms are off (enabled: false)"));
                } else if (key.equals("tasksBelowDesiredMinutes") && insightsOff) {
                    warnings.add(insightsWarning(node));
                }
            }
        }
        return warnings;
    }

    private static ConfigWarning insightsWarning(ConfigNode node) {
        return new ConfigWarning(node.path(), "has no effect: Container Insights is off (cluster.containerInsights: "
                + "disabled), so nothing publishes the task counts and no tasks-below-desired alarm is made");
    }

    private static boolean serves(ServiceSettings service, Protocol... protocols) {
        return !service.isClientOnly() && List.of(protocols).contains(service.protocol());
    }
}
