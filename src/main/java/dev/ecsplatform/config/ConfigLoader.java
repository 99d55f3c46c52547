package dev.ecsplatform.config;

import dev.ecsplatform.network.EndpointCatalog;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The one loader: turns a key-to-string source into a validated {@link PlatformConfig}, or throws an
 * {@link InvalidConfigException} that lists every problem. Nothing here touches Pulumi or AWS.
 */
public final class ConfigLoader {

    /** The keys this program reads under its project namespace. */
    public static final List<String> KEYS = List.of(
            "cluster", "externalClients", "namespace", "network", "protect", "services");
    public static final String REGION_KEY = "aws:region";

    private ConfigLoader() {
    }

    public static PlatformConfig load(String project, ConfigSource source) {
        var problems = new Problems();
        var prefix = project + ":";
        for (var key : source.keys()) {
            if (key.startsWith(prefix) && !KEYS.contains(key.substring(prefix.length()))) {
                var shortKey = key.substring(prefix.length());
                problems.add(key, "an unknown key", "one of " + String.join(", ", KEYS),
                        DidYouMean.hint(shortKey, KEYS));
            }
        }
        var region = readRegion(ConfigNode.top(REGION_KEY, source.get(REGION_KEY), problems));
        var services = readServices(node(project, "services", source, problems));
        var externalClients = readExternalClients(node(project, "externalClients", source, problems));
        var network = NetworkReader.read(node(project, "network", source, problems), region,
                EndpointCatalog.Needs.NOTHING_EXTRA);
        var namespace = readNamespace(node(project, "namespace", source, problems));
        var cluster = ClusterReader.read(node(project, "cluster", source, problems));
        var protect = node(project, "protect", source, problems).bool().orElse(true);
        problems.throwIfAny(source.description());
        return new PlatformConfig(region, network, namespace, cluster, protect, services, externalClients);
    }

    private static ConfigNode node(String project, String key, ConfigSource source, Problems problems) {
        var fullKey = project + ":" + key;
        return ConfigNode.top(fullKey, source.get(fullKey), problems);
    }

    private static String readRegion(ConfigNode node) {
        if (!node.isPresent()) {
            node.problem("the AWS region of the stack, e.g. us-east-1 (set it with `pulumi config set aws:region us-east-1`)");
            return "us-east-1";
        }
        var region = node.string("an AWS region such as us-east-1").orElse("us-east-1");
        if (!NameRules.isRegion(region)) {
            node.problem("an AWS region such as us-east-1");
            return "us-east-1";
        }
        return region;
    }

    private static String readNamespace(ConfigNode node) {
        var expected = "a private DNS name such as internal.dev (lowercase labels of letters, digits and '-', joined by dots)";
        if (!node.isPresent()) {
            node.problem(expected);
            return "internal";
        }
        var name = node.string(expected).orElse("internal");
        if (!NameRules.isDnsName(name)) {
            node.problem(expected);
            return "internal";
        }
        return name;
    }

    private static SortedMap<String, ServiceSettings> readServices(ConfigNode node) {
        var services = new TreeMap<String, ServiceSettings>();
        for (var entry : node.entries("a mapping of service names to service settings").entrySet()) {
            if (NameRules.checkEntryName(entry.getValue(), entry.getKey())) {
                entry.getValue().expectObject("a mapping of service settings");
                entry.getValue().rejectUnknownKeys();
                services.put(entry.getKey(), new ServiceSettings(entry.getKey()));
            }
        }
        return services;
    }

    private static SortedMap<String, ExternalClientSettings> readExternalClients(ConfigNode node) {
        var clients = new TreeMap<String, ExternalClientSettings>();
        for (var entry : node.entries("a mapping of client names to client settings").entrySet()) {
            if (NameRules.checkEntryName(entry.getValue(), entry.getKey())) {
                entry.getValue().expectObject("a mapping of client settings");
                entry.getValue().rejectUnknownKeys();
                clients.put(entry.getKey(), new ExternalClientSettings(entry.getKey()));
            }
        }
        return clients;
    }
}
