package dev.ecsplatform.testing;

import com.google.gson.Gson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Valid stack configurations from a seed: random service graphs (cycles and self-calls included), protocols,
 * client-only services, external clients, public services, and names chosen to provoke collisions
 * ({@code x}, {@code x-from-y}, {@code y-from-z}...). The configuration is a tree of maps, lists and scalars
 * (full keys at the top) that {@link #yaml} writes as a stack file, every mapping in block style, so that a
 * mutation can repeat a line or add a key with a non-text key.
 */
public final class StackGenerator {

    /** YAML written as is (a null, an .inf, a non-text key). */
    public record Raw(String yaml) {
    }

    /** A key written a second time in its mapping (the value is written again too). */
    public record Again(String key) {
    }

    private static final List<String> NAMES = List.of("api", "orders", "x", "x-from-y", "y-from-z", "z", "a", "a-to-b",
            "b-to-c", "c", "cache", "worker", "lab-10-1-0-0-24");
    private static final List<String> REGIONS = List.of("us-east-1", "eu-west-1", "ap-southeast-2");
    /** Policies the deploy roles may attach (shared AttachablePolicies) that share their last segment. */
    private static final List<String> POLICIES = List.of("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
            "arn:aws:iam::123456789012:policy/teams/AmazonS3ReadOnlyAccess",
            "arn:aws:iam::123456789012:policy/AmazonS3ReadOnlyAccess");
    private static final List<int[]> SIZES = List.of(new int[] {256, 512}, new int[] {512, 1024}, new int[] {1024, 2048});
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.:/-]*");

    private StackGenerator() {
    }

    /** A valid configuration: keys as in a stack file's config block, values as plain Java data. */
    public static Map<Object, Object> valid(long seed) {
        var random = new Random(seed);
        var region = pick(random, REGIONS);
        var protect = random.nextBoolean();
        var config = new LinkedHashMap<Object, Object>();
        config.put("aws:region", region);
        config.put("ecs-platform:namespace", "env" + random.nextInt(100) + ".internal");
        config.put("ecs-platform:protect", protect);
        config.put("ecs-platform:network", map("azCount", 2 + random.nextInt(2),
                "natGateways", pick(random, List.of("single", "perAz", "none"))));
        if (protect) {
            // A protected environment with alarms names who hears them, or says nobody.
            // (Subscriber items are mappings inside a list, which this generator's YAML cannot mutate cleanly.)
            config.put("ecs-platform:observability", random.nextBoolean() ? map("subscribers", "none")
                    : map("alarms", map("errorRatePercent", 1 + random.nextInt(20)), "subscribers", "none"));
        }

        // Settings other rules build on (issue 19's echoes): an environment-wide deployment that services inherit
        // or override in part, exec beside a writable root filesystem, a per-request timeout beside a latency limit.
        if (random.nextBoolean()) {
            var safe = pick(random, List.of(new int[] {100, 200}, new int[] {50, 200}, new int[] {0, 150}, new int[] {0, 100}));
            config.put("ecs-platform:deployment", map("minimumHealthyPercent", safe[0], "maximumPercent", safe[1],
                    "waitForSteadyState", random.nextBoolean()));
        }
        var names = new ArrayList<>(NAMES);
        java.util.Collections.shuffle(names, random);
        names = new ArrayList<>(names.subList(0, 1 + random.nextInt(7)));
        var servers = new ArrayList<String>();
        var services = new LinkedHashMap<Object, Object>();
        for (var name : names) {
            if (random.nextInt(5) > 0 || servers.isEmpty() && name.equals(names.get(names.size() - 1))) {
                servers.add(name);
            }
        }
        var https = protect || random.nextBoolean();
        int priority = 1;
        for (var name : names) {
            var service = new LinkedHashMap<Object, Object>();
            service.put("image", "123456789012.dkr.ecr." + region + ".amazonaws.com/" + name + ":1." + random.nextInt(9) + ".0");
            var size = pick(random, SIZES);
            service.put("cpu", size[0]);
            service.put("memory", size[1]);
            var desired = 1 + random.nextInt(3);
            service.put("desiredCount", desired);
            if (servers.contains(name)) {
                service.put("port", 1024 + random.nextInt(8000));
                var protocol = pick(random, List.of("http", "http2", "grpc", "tcp"));
                service.put("protocol", protocol);
                if (!protocol.equals("tcp") && random.nextInt(3) == 0) {
                    service.put("timeouts", map("idleSeconds", 60 + random.nextInt(600)));
                } else if (!protocol.equals("tcp") && random.nextInt(3) == 0) {
                    int perRequest = 2 + random.nextInt(30);
                    service.put("timeouts", map("perRequestSeconds", perRequest));
                    service.put("alarms", map("latencyP99Ms", 100 + random.nextInt(perRequest * 1000 - 100)));
                }
                if ((protocol.equals("http") || https && !protocol.equals("tcp")) && random.nextInt(3) == 0) {
                    service.put("public", map("hosts", List.of(name + ".example.com"), "priority", priority++));
                }
            }
            var calls = new ArrayList<Object>();
            for (var callee : servers) {
                if (random.nextInt(3) == 0) {
                    calls.add(callee);
                }
            }
            if (!calls.isEmpty() || random.nextBoolean()) {
                service.put("calls", calls);
            }
            if (random.nextInt(3) == 0) {
                service.put("environment", map("LOG_LEVEL", "info", "EMPTY_ON_PURPOSE", ""));
            }
            if (random.nextInt(3) == 0) {
                service.put("taskRolePolicies", new ArrayList<Object>(POLICIES.subList(0, 1 + random.nextInt(POLICIES.size()))));
            }
            if (random.nextInt(4) == 0) {
                service.put("autoscaling", map("min", 1, "max", desired + random.nextInt(4)));
            }
            if (random.nextInt(4) == 0) {
                service.put("deployment", map("waitForSteadyState", random.nextBoolean()));
            }
            if (random.nextInt(5) == 0) {
                service.put("readonlyRootFilesystem", false);
                service.put("exec", true);
            }
            if (random.nextInt(4) == 0) {
                service.put("healthCheck", map("command", List.of("CMD-SHELL", "exit 0"), "retries", 1 + random.nextInt(5)));
            }
            services.put(name, service);
        }
        config.put("ecs-platform:services", services);

        if (!servers.isEmpty() && random.nextBoolean()) {
            var clients = new LinkedHashMap<Object, Object>();
            clients.put("erp", map("securityGroupIds", List.of("sg-0123456789abcdef0"), "calls", List.of(pick(random, servers))));
            if (random.nextBoolean()) {
                clients.put("lab", map("cidrs", List.of("10.1.0.0/24", "10.2." + random.nextInt(255) + ".0/24"),
                        "calls", List.of(pick(random, servers))));
            }
            config.put("ecs-platform:externalClients", clients);
        }
        if (priority > 1) {
            var ingress = new LinkedHashMap<Object, Object>();
            if (https) {
                ingress.put("certificateArn", "arn:aws:acm:" + region + ":123456789012:certificate/"
                        + "0123abcd-0123-4567-89ab-0123456789ab");
            } else {
                ingress.put("allowPlainHttp", true);
            }
            if (random.nextBoolean()) {
                ingress.put("allowedCidrs", List.of("203.0.113.0/24"));
            }
            config.put("ecs-platform:ingress", ingress);
        }
        return config;
    }

    /** The configuration as a stack file. */
    public static String yaml(Map<Object, Object> config) {
        var text = new StringBuilder("config:\n");
        writeMap(text, config, "  ");
        return text.toString();
    }

    private static void writeMap(StringBuilder text, Map<?, ?> map, String indent) {
        for (var entry : map.entrySet()) {
            var key = entry.getKey() instanceof Again again ? again.key() : entry.getKey();
            var value = entry.getKey() instanceof Again again ? map.get(again.key()) : entry.getValue();
            text.append(indent).append(key instanceof Raw raw ? raw.yaml() : key(String.valueOf(key))).append(':');
            if (value instanceof Map<?, ?> nested && !nested.isEmpty()) {
                text.append('\n');
                writeMap(text, nested, indent + "  ");
            } else {
                text.append(' ').append(flow(value)).append('\n');
            }
        }
    }

    private static String key(String key) {
        return PLAIN_KEY.matcher(key).matches() ? key : new Gson().toJson(key);
    }

    /** Lists and empty maps in flow style; text as JSON strings, which YAML reads as written. */
    private static String flow(Object value) {
        if (value instanceof Raw raw) {
            return raw.yaml();
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(StackGenerator::flow).toList()) + "]";
        }
        if (value instanceof Map<?, ?> map) {
            var entries = new ArrayList<String>();
            map.forEach((k, v) -> entries.add(flow(k) + ": " + flow(v)));
            return "{" + String.join(", ", entries) + "}";
        }
        return value instanceof String s ? new Gson().toJson(s) : String.valueOf(value);
    }

    static LinkedHashMap<Object, Object> map(Object... keysAndValues) {
        var map = new LinkedHashMap<Object, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            var value = keysAndValues[i + 1];
            map.put(keysAndValues[i], value instanceof List<?> list ? new ArrayList<Object>(list) : value);
        }
        return map;
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
