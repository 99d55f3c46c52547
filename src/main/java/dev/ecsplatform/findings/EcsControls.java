package dev.ecsplatform.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Security Hub ECS controls, checked on the registered ECS resources. */
final class EcsControls {

    private static final Set<String> CREDENTIAL_VARIABLES = Set.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "ECS_ENGINE_AUTH_DATA");

    private EcsControls() {
    }

    static List<Control> all() {
        return List.of(
                new SimpleControl("ECS.2", "ECS services do not assign public IP addresses", Severity.MANDATORY, (c, plan) ->
                        plan.ofType("aws:ecs/service:Service").stream()
                                .filter(s -> Boolean.TRUE.equals(s.input("networkConfiguration.assignPublicIp")))
                                .map(s -> c.finding(s.name(), "the service gives its tasks public IP addresses; run them in private subnets with assignPublicIp false"))
                                .toList()),
                new SimpleControl("ECS.3", "Task definitions do not share the host's process namespace", Severity.MANDATORY, (c, plan) ->
                        plan.ofType(Containers.TASK_DEFINITION).stream()
                                .filter(t -> "host".equals(t.inputString("pidMode")))
                                .map(t -> c.finding(t.name(), "pidMode is host: containers can see and signal the host's processes"))
                                .toList()),
                new SimpleControl("ECS.4", "Containers run without privileges", Severity.MANDATORY, (c, plan) ->
                        Containers.of(plan).stream().filter(k -> k.isTrue("privileged"))
                                .map(k -> c.finding(k.task().name(), "container " + k.name() + " is privileged"))
                                .toList()),
                new SimpleControl("ECS.5", "Containers have read-only root filesystems", Severity.MANDATORY, (c, plan) ->
                        Containers.of(plan).stream().filter(k -> !k.isTrue("readonlyRootFilesystem"))
                                .map(k -> c.finding(k.task().name(), "container " + k.name()
                                        + " can write to its root filesystem; set readonlyRootFilesystem (writable /tmp is mounted for you)"))
                                .toList()),
                new SimpleControl("ECS.8", "No AWS credentials in container environment variables", Severity.MANDATORY, (c, plan) -> {
                    var findings = new ArrayList<Finding>();
                    for (var k : Containers.of(plan)) {
                        if (k.definition().has("environment")) {
                            k.definition().getAsJsonArray("environment").forEach(e -> {
                                var name = e.getAsJsonObject().get("name").getAsString();
                                if (CREDENTIAL_VARIABLES.contains(name)) {
                                    findings.add(c.finding(k.task().name(), "container " + k.name() + " holds " + name
                                            + " in plain environment; use the task role, or secrets"));
                                }
                            });
                        }
                    }
                    return findings;
                }),
                new SimpleControl("ECS.9", "Containers send their logs somewhere", Severity.MANDATORY, (c, plan) ->
                        Containers.of(plan).stream().filter(k -> !k.definition().has("logConfiguration"))
                                .map(k -> c.finding(k.task().name(), "container " + k.name() + " has no logConfiguration"))
                                .toList()),
                new SimpleControl("ECS.12", "Clusters use Container Insights", Severity.MANDATORY, (c, plan) ->
                        plan.ofType("aws:ecs/cluster:Cluster").stream()
                                .filter(cluster -> !insightsOn(cluster.input("settings")))
                                .map(cluster -> c.finding(cluster.name(), "Container Insights is off"))
                                .toList()),
                new SimpleControl("ECS.17", "Task definitions do not use host networking", Severity.MANDATORY, (c, plan) ->
                        plan.ofType(Containers.TASK_DEFINITION).stream()
                                .filter(t -> "host".equals(t.inputString("networkMode")))
                                .map(t -> c.finding(t.name(), "networkMode is host"))
                                .toList()),
                new SimpleControl("ECS.20", "Linux containers run as a non-root user", Severity.MANDATORY, (c, plan) ->
                        Containers.of(plan).stream().filter(k -> runsAsRoot(k.definition().has("user")
                                        ? k.definition().get("user").getAsString() : null))
                                .map(k -> c.finding(k.task().name(), "container " + k.name() + " runs as "
                                        + (k.definition().has("user") ? k.definition().get("user").getAsString() : "the image's default user (often root)")))
                                .toList()));
    }

    static boolean runsAsRoot(String user) {
        if (user == null || user.isBlank()) {
            return true;
        }
        var name = user.split(":", 2)[0];
        return name.equals("root") || name.equals("0");
    }

    private static boolean insightsOn(Object settings) {
        if (!(settings instanceof List<?> list)) {
            return false;
        }
        for (var setting : list) {
            if (setting instanceof Map<?, ?> map && "containerInsights".equals(map.get("name"))) {
                var value = String.valueOf(map.get("value"));
                return value.equals("enabled") || value.equals("enhanced");
            }
        }
        return false;
    }
}
