package dev.ecsplatform.findings;

import dev.ecsplatform.plan.Plan;
import dev.ecsplatform.plan.PlannedResource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * This product's observability rules (advisory): a protected environment watches every service, and alarms reach
 * someone. Turning either off is then a visible choice: an accepted finding with a reason.
 */
final class ObservabilityControls {

    static final String ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
    static final String TOPIC = "aws:sns/topic:Topic";
    static final String SUBSCRIPTION = "aws:sns/topicSubscription:TopicSubscription";

    private ObservabilityControls() {
    }

    static List<Control> all() {
        return List.of(
                new SimpleControl("OBS.1", "Every service of a protected environment has alarms", Severity.ADVISORY,
                        ObservabilityControls::servicesWithoutAlarms),
                new SimpleControl("OBS.2", "Alarm notifications reach a subscriber", Severity.ADVISORY,
                        ObservabilityControls::alarmsWithoutSubscriber));
    }

    /** Protected: the cluster is (it follows ecs-platform:protect). */
    private static boolean isProtected(Plan plan) {
        return plan.ofType("aws:ecs/cluster:Cluster").stream().anyMatch(PlannedResource::protect);
    }

    private static List<Finding> servicesWithoutAlarms(SimpleControl control, Plan plan) {
        if (!isProtected(plan)) {
            return List.of();
        }
        var watched = new HashSet<String>();
        plan.ofType(ALARM).forEach(alarm -> watched.addAll(servicesOf(alarm)));
        var findings = new ArrayList<Finding>();
        for (var service : plan.ofType("aws:ecs/service:Service")) {
            var name = service.inputString("name");
            if (name != null && !watched.contains(name)) {
                findings.add(control.finding(service.name(), name + " has no alarms in a protected environment: nobody "
                        + "learns that it fails, and its deployments roll back only on the circuit breaker "
                        + "(ecs-platform:services." + name + ".alarms.enabled or observability.alarms.enabled)"));
            }
        }
        return findings;
    }

    private static List<Finding> alarmsWithoutSubscriber(SimpleControl control, Plan plan) {
        var alarms = plan.ofType(ALARM);
        if (alarms.isEmpty()) {
            return List.of();
        }
        var findings = new ArrayList<Finding>();
        if (plan.ofType(SUBSCRIPTION).isEmpty()) {
            var topic = plan.ofType(TOPIC).stream().findFirst().map(PlannedResource::name).orElse(alarms.get(0).name());
            findings.add(control.finding(topic, alarms.size() + " alarms notify a topic nobody subscribes to "
                    + "(ecs-platform:observability.subscribers)"));
        }
        for (var alarm : alarms) {
            if (!(alarm.input("alarmActions") instanceof List<?> actions) || actions.isEmpty()) {
                findings.add(control.finding(alarm.name(), "the alarm has no action: it changes state unseen"));
            }
        }
        return findings;
    }

    /**
     * The services an alarm watches: the ServiceName dimension of its metric or of any of its metric lines, except in
     * an outbound Service Connect series ({@code TargetDiscoveryName}), whose ServiceName is the caller, not the
     * watched service.
     */
    static Set<String> servicesOf(PlannedResource alarm) {
        var services = new HashSet<String>();
        watched(alarm.input("dimensions")).ifPresent(services::add);
        if (alarm.input("metricQueries") instanceof List<?> queries) {
            for (var query : queries) {
                if (query instanceof Map<?, ?> q && q.get("metric") instanceof Map<?, ?> metric) {
                    watched(metric.get("dimensions")).ifPresent(services::add);
                }
            }
        }
        return services;
    }

    private static java.util.Optional<String> watched(Object dimensions) {
        if (dimensions instanceof Map<?, ?> map && map.get("ServiceName") != null && !map.containsKey("TargetDiscoveryName")) {
            return java.util.Optional.of(String.valueOf(map.get("ServiceName")));
        }
        return java.util.Optional.empty();
    }
}
