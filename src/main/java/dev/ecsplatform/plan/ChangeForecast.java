package dev.ecsplatform.plan;

import dev.ecsplatform.aws.ReplacementRules;

import com.google.gson.JsonParser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What {@code pulumi up} would do to a deployed stack when its configuration changes from one plan to another:
 * which cloud resources are created, updated in place, redeployed, replaced or deleted, and which changes AWS or
 * Pulumi would refuse. Pure: it compares two offline plans with the provider's replacement rules
 * ({@link ReplacementRules}); a replaced resource gets new ids, so what refers to it changes too.
 */
public final class ChangeForecast {

    public enum Action { CREATE, UPDATE, REDEPLOY, REPLACE, DELETE }

    /**
     * One resource's fate.
     *
     * @param urn     the resource
     * @param type    its type token
     * @param name    its logical name
     * @param action  what happens to it
     * @param because the inputs that changed (for a replacement: those that force it)
     */
    public record Change(String urn, String type, String name, Action action, List<String> because) {
    }

    /**
     * The forecast.
     *
     * @param changes  every resource that changes, by URN
     * @param refusals changes that cannot be applied as planned, with the reason
     */
    public record Forecast(List<Change> changes, List<String> refusals) {

        public List<Change> with(Action action) {
            return changes.stream().filter(c -> c.action() == action).toList();
        }
    }

    private ChangeForecast() {
    }

    public static Forecast between(Plan before, Plan after) {
        var old = custom(before);
        var now = custom(after);
        var changes = new TreeMap<String, Change>();
        var replaced = new ArrayDeque<PlannedResource>();
        for (var resource : now.values()) {
            var previous = old.get(resource.urn());
            if (previous == null) {
                changes.put(resource.urn(), change(resource, Action.CREATE, List.of()));
                continue;
            }
            var rule = ruleOf(resource.type());
            var forcing = ReplacementRules.forcing(rule, previous.inputs(), resource.inputs());
            if (!forcing.isEmpty()) {
                changes.put(resource.urn(), change(resource, Action.REPLACE, forcing));
                replaced.add(previous);
            } else if (!previous.inputs().equals(resource.inputs())) {
                changes.put(resource.urn(), change(resource, updateOf(resource), changedKeys(previous, resource)));
            }
        }
        old.values().stream().filter(r -> !now.containsKey(r.urn()))
                .forEach(r -> changes.put(r.urn(), change(r, Action.DELETE, List.of())));
        // A replacement has new ids (and a task definition a new revision): what refers to it changes with it.
        while (!replaced.isEmpty()) {
            var target = replaced.poll();
            for (var resource : now.values()) {
                var current = changes.get(resource.urn());
                if (current != null && current.action() != Action.UPDATE && current.action() != Action.REDEPLOY) {
                    continue;
                }
                var keys = referringKeys(resource, target);
                if (keys.isEmpty()) {
                    continue;
                }
                var forcing = keys.stream().filter(key -> forces(ruleOf(resource.type()), key)).toList();
                var because = keys.stream().map(key -> key + " (" + target.name() + " is replaced)").toList();
                if (!forcing.isEmpty()) {
                    changes.put(resource.urn(), change(resource, Action.REPLACE, because));
                    replaced.add(old.get(resource.urn()));
                } else if (current == null) {
                    changes.put(resource.urn(), change(resource, updateOf(resource), because));
                }
            }
        }
        var list = changes.values().stream().sorted(Comparator.comparing(Change::urn)).toList();
        return new Forecast(list, refusals(old, now, list));
    }

    private static ReplacementRules.Rule ruleOf(String type) {
        return ReplacementRules.of(type).orElseThrow(() -> new IllegalStateException(
                "no replacement rule for " + type + "; add it to ReplacementRules"));
    }

    /** An ECS service that is updated starts a new deployment: it has forceNewDeployment on. */
    private static Action updateOf(PlannedResource resource) {
        return resource.type().equals("aws:ecs/service:Service") && Boolean.TRUE.equals(resource.input("forceNewDeployment"))
                ? Action.REDEPLOY : Action.UPDATE;
    }

    private static boolean forces(ReplacementRules.Rule rule, String key) {
        if (rule instanceof ReplacementRules.Paths p) {
            return p.paths().stream().anyMatch(path -> path.equals(key) || path.startsWith(key + "."));
        }
        return !((ReplacementRules.AllBut) rule).inPlace().contains(key);
    }

    private static List<String> changedKeys(PlannedResource before, PlannedResource after) {
        var keys = new TreeSet<>(before.inputs().keySet());
        keys.addAll(after.inputs().keySet());
        return keys.stream().filter(k -> !Objects.equals(before.inputs().get(k), after.inputs().get(k))).toList();
    }

    /**
     * The top-level inputs of a resource that refer to another. Under the mock engine an id is the logical name and
     * an ARN ends in it. Only the types the program refers to by id are matched by id: a physical name (a role
     * named {@code …-api-task}) can equal another resource's logical name (the task definition {@code …-api-task}).
     */
    private static List<String> referringKeys(PlannedResource resource, PlannedResource target) {
        boolean byId = ID_REFERENCED.stream().anyMatch(target.type()::startsWith);
        return resource.inputs().entrySet().stream()
                .filter(e -> mentions(e.getValue(), target.name(), byId))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** Resource types whose ids (not only ARNs) other resources take as inputs. */
    private static final List<String> ID_REFERENCED = List.of("aws:ec2/", "aws:iam/role:",
            "aws:servicediscovery/privateDnsNamespace:", "aws:s3/bucketV2:");

    private static boolean mentions(Object value, String name, boolean byId) {
        if (value instanceof String text) {
            return (byId && text.equals(name)) || text.endsWith("/" + name) || text.endsWith(":" + name)
                    || text.contains("/" + name + ":");
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(v -> mentions(v, name, byId));
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(v -> mentions(v, name, byId));
        }
        return false;
    }

    private static List<String> refusals(Map<String, PlannedResource> old, Map<String, PlannedResource> now, List<Change> changes) {
        var refusals = new ArrayList<String>();
        for (var change : changes) {
            var previous = old.get(change.urn());
            if (previous != null && previous.protect()
                    && (change.action() == Action.REPLACE || change.action() == Action.DELETE)) {
                refusals.add(change.name() + " is protected: Pulumi refuses to " + change.action().name().toLowerCase()
                        + " it until protection is lifted (protect: false, then pulumi up)");
            }
        }
        boolean serviceConnect = now.values().stream().anyMatch(r -> r.type().equals("aws:ecs/service:Service"));
        for (var change : changes) {
            if (serviceConnect && change.type().equals("aws:servicediscovery/privateDnsNamespace:PrivateDnsNamespace")
                    && (change.action() == Action.REPLACE || change.action() == Action.DELETE)) {
                refusals.add(change.name() + ": the old namespace cannot be deleted while the Cloud Map services ECS"
                        + " created in it for Service Connect remain, so pulumi up fails at the end; delete them by hand"
                        + " first (docs/operations.md, \"Destroying an environment\")");
            }
        }
        for (var service : now.values()) {
            var previous = old.get(service.urn());
            if (previous == null || !service.type().equals("aws:ecs/service:Service")) {
                continue;
            }
            var was = appProtocol(old, previous);
            var is = appProtocol(now, service);
            if (was.isPresent() && is.isPresent() && !was.equals(is)) {
                refusals.add(service.name() + ": ECS refuses to change the application protocol of a Service Connect"
                        + " service (" + was.get() + " to " + is.get() + "; containers-roadmap#2378):"
                        + " remove the service in one pulumi up and add it back in the next, or give it a new name");
            }
        }
        return refusals;
    }

    /**
     * The appProtocol of the port mapping of the task definition an ECS service runs ({@code tcp} when unset), or
     * empty for a service without a port.
     */
    private static Optional<String> appProtocol(Map<String, PlannedResource> plan, PlannedResource service) {
        var arn = service.inputString("taskDefinition");
        return plan.values().stream()
                .filter(r -> r.type().equals("aws:ecs/taskDefinition:TaskDefinition") && arn != null && mentions(arn, r.name(), false))
                .findFirst()
                .flatMap(task -> {
                    var containers = JsonParser.parseString(task.inputString("containerDefinitions")).getAsJsonArray();
                    for (var container : containers) {
                        var mappings = container.getAsJsonObject().getAsJsonArray("portMappings");
                        if (mappings != null && !mappings.isEmpty()) {
                            var mapping = mappings.get(0).getAsJsonObject();
                            return Optional.of(mapping.has("appProtocol") ? mapping.get("appProtocol").getAsString() : "tcp");
                        }
                    }
                    return Optional.empty();
                });
    }

    private static Map<String, PlannedResource> custom(Plan plan) {
        var byUrn = new LinkedHashMap<String, PlannedResource>();
        plan.resources().stream().filter(PlannedResource::custom).forEach(r -> byUrn.put(r.urn(), r));
        return byUrn;
    }

    private static Change change(PlannedResource resource, Action action, List<String> because) {
        return new Change(resource.urn(), resource.type(), resource.name(), action, List.copyOf(because));
    }
}
