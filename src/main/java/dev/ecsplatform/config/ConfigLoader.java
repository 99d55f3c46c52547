package dev.ecsplatform.config;

import dev.ecsplatform.aws.InterfaceEndpointNeeds;
import dev.ecsplatform.configkit.ConfigNode;
import dev.ecsplatform.configkit.ConfigSource;
import dev.ecsplatform.configkit.DidYouMean;
import dev.ecsplatform.configkit.InvalidConfigException;
import dev.ecsplatform.configkit.Problems;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The one loader: turns a key-to-string source into a validated {@link PlatformConfig}, or throws an
 * {@link InvalidConfigException} that lists every problem. Nothing here touches Pulumi or AWS.
 */
public final class ConfigLoader {

    /** The keys this program reads under its project namespace. */
    public static final List<String> KEYS = List.of(
            "acceptedFindings", "cluster", "deployment", "externalClients", "images", "ingress", "logs", "namespace", "network", "protect",
            "serviceConnect", "services");
    public static final String REGION_KEY = "aws:region";
    static final int DEFAULT_LOG_RETENTION = 365;

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
        var namespace = readNamespace(node(project, "namespace", source, problems));
        var protect = node(project, "protect", source, problems).bool().orElse(true);
        var images = readImages(node(project, "images", source, problems));
        var serviceConnect = readServiceConnect(node(project, "serviceConnect", source, problems));
        var deployment = ServiceReader.readDeployment(node(project, "deployment", source, problems),
                DeploymentSettings.DEFAULT);
        var logRetention = readLogs(node(project, "logs", source, problems));
        var cluster = ClusterReader.read(node(project, "cluster", source, problems));
        var accepted = AcceptedFindingsReader.read(node(project, "acceptedFindings", source, problems));
        var ingressNode = node(project, "ingress", source, problems);
        var ingress = IngressReader.read(ingressNode, region, protect);

        var defaults = new ServiceDefaults(region, namespace, images, serviceConnect, deployment,
                cluster.capacityProviders());
        var serviceNodes = new HashMap<String, ConfigNode>();
        var services = new TreeMap<String, ServiceSettings>();
        for (var entry : node(project, "services", source, problems)
                .entries("a mapping of service names to service settings").entrySet()) {
            if (NameRules.checkEntryName(entry.getValue(), entry.getKey())
                    && NameRules.checkNotReserved(entry.getValue(), entry.getKey())) {
                serviceNodes.put(entry.getKey(), entry.getValue());
                services.put(entry.getKey(), ServiceReader.read(entry.getKey(), entry.getValue(), defaults));
            }
        }
        var clientNodes = new HashMap<String, ConfigNode>();
        var clients = readClients(node(project, "externalClients", source, problems), clientNodes);

        var network = NetworkReader.read(node(project, "network", source, problems), region, needs(services));
        ServiceGraphChecks.check(services, serviceNodes, clients, clientNodes, namespace, region, network.natGateways());
        PublicEntryChecks.check(services, serviceNodes, ingress, ingressNode);
        problems.throwIfAny(source.description());
        return new PlatformConfig(region, network, namespace, cluster, protect, logRetention, serviceConnect, images,
                ingress, services, clients, accepted);
    }

    private static ConfigNode node(String project, String key, ConfigSource source, Problems problems) {
        var fullKey = project + ":" + key;
        return ConfigNode.top(fullKey, source.get(fullKey), problems);
    }

    /** What the services use that needs an interface endpoint when there is no NAT. */
    private static InterfaceEndpointNeeds.Needs needs(SortedMap<String, ServiceSettings> services) {
        boolean secretsManager = false;
        boolean parameterStore = false;
        boolean exec = false;
        for (var service : services.values()) {
            for (var arn : service.secrets().values().stream().map(SecretSource::from).toList()) {
                secretsManager |= arn.contains(":secretsmanager:");
                parameterStore |= arn.contains(":ssm:");
            }
            exec |= service.exec();
        }
        return new InterfaceEndpointNeeds.Needs(secretsManager, parameterStore, exec);
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
        var expected = "a private DNS name such as dev.internal (lowercase labels of letters, digits and '-', joined by dots)";
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

    private static ImagePolicy readImages(ConfigNode node) {
        node.expectObject("a mapping with key allowMutableTags");
        var allowMutable = node.field("allowMutableTags").bool().orElse(false);
        node.rejectUnknownKeys();
        return new ImagePolicy(allowMutable);
    }

    private static ServiceConnectSettings readServiceConnect(ConfigNode node) {
        node.expectObject("a mapping with keys proxyCpu, proxyMemory");
        var cpu = node.field("proxyCpu").integer(128, 4096).orElse(ServiceConnectSettings.DEFAULT.proxyCpu());
        var memory = node.field("proxyMemory").integer(64, 8192).orElse(ServiceConnectSettings.DEFAULT.proxyMemory());
        node.rejectUnknownKeys();
        return new ServiceConnectSettings(cpu, memory);
    }

    private static int readLogs(ConfigNode node) {
        node.expectObject("a mapping with key retentionDays");
        var days = LogRetention.read(node.field("retentionDays")).orElse(DEFAULT_LOG_RETENTION);
        node.rejectUnknownKeys();
        return days;
    }

    private static SortedMap<String, ExternalClientSettings> readClients(ConfigNode node, Map<String, ConfigNode> nodes) {
        var clients = new TreeMap<String, ExternalClientSettings>();
        for (var entry : node.entries("a mapping of client names to client settings").entrySet()) {
            if (NameRules.checkEntryName(entry.getValue(), entry.getKey())) {
                nodes.put(entry.getKey(), entry.getValue());
                clients.put(entry.getKey(), ExternalClientReader.read(entry.getKey(), entry.getValue()));
            }
        }
        return clients;
    }
}
