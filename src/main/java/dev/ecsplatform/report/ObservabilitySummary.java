package dev.ecsplatform.report;

import dev.ecsplatform.observability.AlarmKind;
import dev.ecsplatform.plan.Plan;
import dev.ecsplatform.plan.PlannedResource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the reports say about observability, read from the resources the plan registered: each service's alarms
 * (with whether its deployments roll back on them), the dashboards, the alarm topic's subscribers, the saved queries.
 *
 * @param alarms      per service, its alarms in the order registered
 * @param dashboards  dashboard names, page order
 * @param dashboardUrl the first page's console address, when there is a dashboard
 * @param topic       the alarm topic's name, or empty when no alarm exists
 * @param subscribers the subscriptions, as {@code protocol endpoint}
 * @param queries     per saved query name, how many log groups it reads
 */
public record ObservabilitySummary(SortedMap<String, List<Alarm>> alarms, List<String> dashboards, String dashboardUrl,
                                   String topic, List<String> subscribers, SortedMap<String, Integer> queries) {

    /**
     * One alarm as a reviewer reads it.
     *
     * @param name        its name in CloudWatch
     * @param condition   when it fires, in words
     * @param missingData what a period without data counts as
     * @param rollsBack   true when its service's ECS deployments roll back on it
     */
    public record Alarm(String name, String condition, String missingData, boolean rollsBack) {
    }

    public static ObservabilitySummary of(Plan plan) {
        var deploymentAlarms = new TreeMap<String, List<String>>();
        for (var service : plan.ofType("aws:ecs/service:Service")) {
            if (service.input("alarms") instanceof Map<?, ?> alarms && Boolean.TRUE.equals(alarms.get("rollback"))
                    && alarms.get("alarmNames") instanceof List<?> names) {
                deploymentAlarms.put(service.inputString("name"), names.stream().map(String::valueOf).toList());
            }
        }
        var alarms = new TreeMap<String, List<Alarm>>();
        for (var alarm : plan.ofType("aws:cloudwatch/metricAlarm:MetricAlarm")) {
            var service = alarm.input("tags") instanceof Map<?, ?> tags && tags.get("service") != null
                    ? String.valueOf(tags.get("service")) : "";
            var name = alarm.inputString("name");
            alarms.computeIfAbsent(service, s -> new ArrayList<>()).add(new Alarm(name, condition(alarm, service),
                    words(alarm.inputString("treatMissingData")),
                    deploymentAlarms.getOrDefault(service, List.of()).contains(name)));
        }
        alarms.values().forEach(list -> list.sort(Comparator.comparingInt(a -> kindOrder(a.name()))));
        var dashboards = plan.ofType("aws:cloudwatch/dashboard:Dashboard").stream()
                .sorted(Comparator.comparing(PlannedResource::name)).map(d -> d.inputString("dashboardName")).toList();
        var topic = plan.ofType("aws:sns/topic:Topic").stream().map(t -> t.inputString("name")).findFirst().orElse("");
        var subscribers = plan.ofType("aws:sns/topicSubscription:TopicSubscription").stream()
                .map(s -> s.inputString("protocol") + " " + s.inputString("endpoint")).sorted().toList();
        var queries = new TreeMap<String, Integer>();
        plan.ofType("aws:cloudwatch/queryDefinition:QueryDefinition").forEach(q -> queries.put(q.inputString("name"),
                q.input("logGroupNames") instanceof Collection<?> groups ? groups.size() : 0));
        var url = plan.outputs().get("dashboardUrl");
        return new ObservabilitySummary(alarms, dashboards, url == null ? "" : String.valueOf(url), topic, subscribers,
                queries);
    }

    public List<Alarm> alarmsOf(String service) {
        return alarms.getOrDefault(service, List.of());
    }

    /** Alarms in the order of {@link AlarmKind}: what callers see first, then the service's resources. */
    private static int kindOrder(String name) {
        for (var kind : AlarmKind.values()) {
            if (name.endsWith("/" + kind.slug())) {
                return kind.ordinal();
            }
        }
        return AlarmKind.values().length;
    }

    /** The description starts with {@code <service>: <condition>. }. */
    private static String condition(PlannedResource alarm, String service) {
        var description = alarm.inputString("alarmDescription");
        if (description == null) {
            return "";
        }
        var text = description.startsWith(service + ": ") ? description.substring(service.length() + 2) : description;
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end);
    }

    private static String words(String treatMissingData) {
        if (treatMissingData == null) {
            return "missing";
        }
        return switch (treatMissingData) {
            case "notBreaching" -> "OK";
            case "breaching" -> "failing";
            case "ignore" -> "keeps state";
            default -> "insufficient data";
        };
    }
}
