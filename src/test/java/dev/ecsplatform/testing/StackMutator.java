package dev.ecsplatform.testing;

import dev.ecsplatform.testing.StackGenerator.Again;
import dev.ecsplatform.testing.StackGenerator.Raw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * One mutation of a valid configuration at a random place: a broken value, a null, a value of the wrong type, an
 * unknown key, a key written twice, a key that is not text, a required key removed, or deployment percentages
 * that leave no room to replace a task. Each makes the file
 * invalid whatever else it holds, and names the key path where it happened.
 */
public final class StackMutator {

    /** The mutated configuration, what was done, and the key path a refusal must name. */
    public record Mutation(Map<Object, Object> config, String kind, String path) {
    }

    /** A place in the tree: its container, its key (or list index) and its key path. */
    private record Slot(Object container, Object key, String path) {
        Object value() {
            return container instanceof Map<?, ?> map ? map.get(key) : ((List<?>) container).get((Integer) key);
        }

        @SuppressWarnings("unchecked")
        void set(Object value) {
            if (container instanceof Map<?, ?> map) {
                ((Map<Object, Object>) map).put(key, value);
            } else {
                ((List<Object>) container).set((Integer) key, value);
            }
        }
    }

    /** Maps whose keys are names the user chooses: an added key there is a new entry, not an unknown key. */
    private static final Set<String> FREE_FORM = Set.of("ecs-platform:services", "ecs-platform:externalClients", "environment", "secrets");
    /** A value each key can never take. */
    private static final Map<String, List<Object>> BAD = Map.ofEntries(
            Map.entry("port", List.of(70000, 0, new Raw(".inf"), "http", new Raw("0o200000"))),
            Map.entry("cpu", List.of(10, new Raw("-.inf"), 99999999)),
            Map.entry("memory", List.of(1, new Raw("1e400"))),
            Map.entry("desiredCount", List.of(-1, 1.5, new Raw(".nan"))),
            Map.entry("protocol", List.of("htp", "HTTP", "")),
            Map.entry("image", List.of("", "Bad Image!")),
            Map.entry("priority", List.of(0, 50001)),
            Map.entry("azCount", List.of(1, new Raw("0o17"))),
            Map.entry("natGateways", List.of("one", "")),
            Map.entry("ecs-platform:protect", List.of("maybe", new Raw("yes"))),
            Map.entry("ecs-platform:namespace", List.of("Not A Name", "dev.internal.")),
            Map.entry("aws:region", List.of("us-east", "Virginia")),
            Map.entry("certificateArn", List.of("arn:bad")),
            Map.entry("allowPlainHttp", List.of("yes")),
            Map.entry("idleSeconds", List.of(100000)),
            Map.entry("retries", List.of(0)),
            Map.entry("max", List.of(0)),
            Map.entry("calls", List.of("nosuch", "")),
            Map.entry("hosts", List.of("Not A Host")),
            Map.entry("cidrs", List.of("10.0.0.1/16", "8.8.8.0/24")),
            Map.entry("allowedCidrs", List.of("300.0.0.0/8")),
            Map.entry("securityGroupIds", List.of("sg-xyz")),
            Map.entry("taskRolePolicies", List.of("ReadOnlyAccess")),
            Map.entry("minimumHealthyPercent", List.of(101, -1, "all")),
            Map.entry("maximumPercent", List.of(99, 201, "double")),
            Map.entry("waitForSteadyState", List.of("later")),
            Map.entry("readonlyRootFilesystem", List.of("maybe", 1)),
            Map.entry("exec", List.of("sometimes")),
            Map.entry("perRequestSeconds", List.of(-1, 100000, "slow")),
            Map.entry("latencyP99Ms", List.of(0, "fast")));
    private static final Set<String> REQUIRED = Set.of("image", "priority", "aws:region", "ecs-platform:namespace");

    private StackMutator() {
    }

    public static Mutation mutate(Map<Object, Object> valid, long seed) {
        var random = new Random(seed);
        var config = copy(valid);
        var slots = new ArrayList<Slot>();
        collect(config, "", slots);
        var slot = slots.get(random.nextInt(slots.size()));
        var name = slot.key() instanceof Integer ? parentKey(slot.path()) : String.valueOf(slot.key());
        var value = slot.value();
        var kinds = new ArrayList<String>(List.of("null", "wrong type"));
        if (value instanceof Map<?, ?> && !FREE_FORM.contains(name)) {
            kinds.add("unknown key");
        }
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            kinds.add("key twice");
            kinds.add("key that is not text");
        }
        if (BAD.containsKey(name) && !(value instanceof List<?>)) {
            kinds.add("bad value");
        }
        if (REQUIRED.contains(name) && slot.container() instanceof Map<?, ?>) {
            kinds.add("required key removed");
        }
        if (name.endsWith("deployment") && value instanceof Map<?, ?>) {
            // Percentages that leave no room to replace a task at any count; services that inherit them or
            // override only waitForSteadyState must not repeat it.
            kinds.add("no room to replace a task");
        }
        var kind = kinds.get(random.nextInt(kinds.size()));
        switch (kind) {
            case "null" -> slot.set(new Raw("~"));
            case "wrong type" -> slot.set(value instanceof Map<?, ?> || value instanceof List<?> ? "text"
                    : StackGenerator.map("a", 1));
            case "bad value" -> slot.set(BAD.get(name).get(random.nextInt(BAD.get(name).size())));
            case "required key removed" -> ((Map<?, ?>) slot.container()).remove(slot.key());
            case "no room to replace a task" -> {
                @SuppressWarnings("unchecked")
                var map = (Map<Object, Object>) value;
                map.put("minimumHealthyPercent", 100);
                map.put("maximumPercent", 100);
            }
            default -> {
                @SuppressWarnings("unchecked")
                var map = (Map<Object, Object>) value;
                var keys = new ArrayList<>(map.keySet());
                switch (kind) {
                    case "unknown key" -> {
                        map.put("bogusKey", 1);
                        return new Mutation(config, kind, join(slot.path(), "bogusKey"));
                    }
                    case "key twice" -> {
                        var key = String.valueOf(keys.get(random.nextInt(keys.size())));
                        map.put(new Again(key), null);
                        return new Mutation(config, kind, join(slot.path(), key));
                    }
                    default -> {
                        map.put(new Raw("123"), 1);
                        return new Mutation(config, kind, join(slot.path(), "123"));
                    }
                }
            }
        }
        return new Mutation(config, kind, slot.path());
    }

    private static void collect(Object node, String path, List<Slot> slots) {
        if (node instanceof Map<?, ?> map) {
            for (var key : map.keySet()) {
                var childPath = join(path, String.valueOf(key));
                slots.add(new Slot(map, key, childPath));
                collect(map.get(key), childPath, slots);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                slots.add(new Slot(list, i, path + "[" + i + "]"));
                collect(list.get(i), path + "[" + i + "]", slots);
            }
        }
    }

    private static String parentKey(String path) {
        var withoutIndex = path.substring(0, path.lastIndexOf('['));
        return withoutIndex.substring(withoutIndex.lastIndexOf('.') + 1);
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) {
        if (value instanceof Map<?, ?> map) {
            var result = new LinkedHashMap<Object, Object>();
            map.forEach((k, v) -> result.put(k, copy(v)));
            return (T) result;
        }
        if (value instanceof List<?> list) {
            return (T) new ArrayList<Object>(list.stream().map(StackMutator::copy).toList());
        }
        return value;
    }
}
