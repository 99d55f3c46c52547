package dev.ecsplatform.config;

import dev.ecsplatform.aws.InterfaceEndpointNeeds;
import dev.ecsplatform.configkit.ConfigNode;
import dev.ecsplatform.configkit.ConfigSource;
import dev.ecsplatform.configkit.DidYouMean;
import dev.ecsplatform.configkit.InvalidConfigException;
import dev.ecsplatform.configkit.Problems;
import dev.ecsplatform.contract.StackNameRule;
import dev.ecsplatform.naming.ProjectNameRule;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The one loader: turns a key-to-string source into a validated {@link PlatformConfig}, or throws an
 * {@link InvalidConfigException} that lists every problem. Nothing here touches Pulumi or AWS.
 */
public final class ConfigLoader {

    /** The keys this program reads under its project namespace. */
    public static final List<String> KEYS = List.of(
            "acceptedFindings", "cluster", "deployment", "externalClients", "images", "ingress", "logs", "namespace", "network",
            "observability", "protect", "serviceConnect", "services");
    public static final String REGION_KEY = "aws:region";
    /** Where a bad stack name or project name is reported. */
    public static final String STACK_PATH = "stack";
    public static final String PROJECT_PATH = "project";
    static final String DEFAULT_PROVIDERS_KEY = "pulumi:disable-default-providers";
    static final int DEFAULT_LOG_RETENTION = 365;

    private ConfigLoader() {
    }

    /** Loads without checking a stack name (for callers that have none, such as tests of one setting). */
    public static PlatformConfig load(String project, ConfigSource source) {
        return load(project, Optional.empty(), source);
    }

    /** Loads the configuration of stack {@code stack}; an invalid stack or project name is one more problem. */
    public static PlatformConfig load(String project, String stack, ConfigSource source) {
        return load(project, Optional.of(stack), source);
    }

    private static PlatformConfig load(String project, Optional<String> stack, ConfigSource source) {
        var problems = new Problems();
        source.problems().forEach(problems::addRoot);
        stack.filter(name -> !StackNameRule.isValid(name)).ifPresent(name -> problems.add(STACK_PATH,
                ConfigNode.quote(name), StackNameRule.EXPECTED, StackNameRule.suggestion(name)
                        .map(s -> "did you mean \"" + s + "\"?").orElse("")));
        if (!ProjectNameRule.isValid(project)) {
            problems.add(PROJECT_PATH, ConfigNode.quote(project), ProjectNameRule.EXPECTED);
        }
        ConfigKeys.check(project, source.keys(), KEYS, problems);
        checkDefaultProviders(ConfigNode.top(DEFAULT_PROVIDERS_KEY, source.get(DEFAULT_PROVIDERS_KEY), problems));
        var regionNode = ConfigNode.top(REGION_KEY, source.get(REGION_KEY), problems);
        var knownRegion = readRegion(regionNode);
        var region = knownRegion.orElse("us-east-1");
        var namespaceNode = node(project, "namespace", source, problems);
        var namespaceRead = NamespaceReader.read(namespaceNode, knownRegion);
        var namespace = namespaceRead.name();
        var protectNode = node(project, "protect", source, problems);
        // An invalid setting is reported once; checks that build on it take its most permissive value, so
        // that they echo nothing (e.g. no "plain HTTP in a protected environment" after a bad protect).
        var protect = protectNode.bool().orElse(!protectNode.isPresent());
        var images = readImages(node(project, "images", source, problems));
        var serviceConnectNode = node(project, "serviceConnect", source, problems);
        var serviceConnect = readServiceConnect(serviceConnectNode, knownRegion);
        var deploymentNode = node(project, "deployment", source, problems);
        var deployment = ServiceReader.readDeployment(deploymentNode, DeploymentSettings.DEFAULT);
        var logRetention = readLogs(node(project, "logs", source, problems));
        var cluster = ClusterReader.read(node(project, "cluster", source, problems));
        var accepted = AcceptedFindingsReader.read(node(project, "acceptedFindings", source, problems));
        var ingressNode = node(project, "ingress", source, problems);
        var ingress = IngressReader.read(ingressNode, knownRegion, protect);
        var observabilityNode = node(project, "observability", source, problems);
        var observability = ObservabilityReader.read(observabilityNode);

        var defaults = new ServiceDefaults(knownRegion, namespace, images, serviceConnect, deployment, deploymentNode,
                observability.alarms());
        var entries = new Entries();
        var services = new TreeMap<String, ServiceSettings>();
        var servicesNode = node(project, "services", source, problems);
        for (var entry : servicesNode.entries("a mapping of service names to service settings").entrySet()) {
            var name = entry.getKey();
            var value = entry.getValue();
            NameRules.checkEntryName(value, name);
            NameRules.checkNotReserved(value, name);
            if (entries.accept(name, value, "a mapping of service settings", entries.serviceNodes)) {
                services.put(name, ServiceReader.read(name, value, defaults));
            }
        }
        // A services block that is not a mapping was reported: its clients are not told each callee is unknown.
        entries.allRefused = servicesNode.isPresent() && !servicesNode.isObject();
        var clients = readClients(node(project, "externalClients", source, problems), entries);

        var network = NetworkReader.read(node(project, "network", source, problems), knownRegion, needs(services),
                services.values().stream().anyMatch(s -> s.publicEntry().isPresent()), namespaceRead.associatedVpcs());
        ExistingNetworkReader.refuseOwnVpcAsAssociated(network, namespaceNode);
        ClientVpcChecks.check(network, entries.clientNodes, knownRegion);
        ServiceGraphChecks.check(services, clients, entries, namespace, knownRegion, network.natGateways());
        PublicEntryChecks.check(services, entries.serviceNodes, ingress, ingressNode);
        ObservabilityReader.checkSubscribers(observabilityNode, protect, services);
        TrafficChecks.check(services, entries.serviceNodes, graphCallers(services), cluster, serviceConnect, ingress,
                serviceConnectNode);
        problems.throwIfAny(source.description());
        var warnings = ThresholdWarnings.check(observabilityNode, entries.serviceNodes, services, cluster);
        return new PlatformConfig(region, network, namespace, cluster, protect, logRetention, serviceConnect, images,
                ingress, services, clients, accepted, observability, warnings);
    }

    /**
     * The entries of {@code services} and {@code externalClients}: those read, and those refused whole (a null or
     * a text where settings belong), whose callers must not be told the name is unknown.
     */
    static final class Entries {
        final Map<String, ConfigNode> serviceNodes = new HashMap<>();
        final Map<String, ConfigNode> clientNodes = new HashMap<>();
        final Set<String> refused = new HashSet<>();
        boolean allRefused;

        boolean isRefused(String name) {
            return allRefused || refused.contains(name);
        }

        boolean accept(String name, ConfigNode node, String expected, Map<String, ConfigNode> nodes) {
            if (!node.expectObject(expected)) {
                refused.add(name);
                return false;
            }
            nodes.put(name, node);
            return true;
        }
    }

    /** The program uses the default AWS provider: disabling it would fail every resource under {@code pulumi up}. */
    private static void checkDefaultProviders(ConfigNode node) {
        for (var item : node.items("a list of provider package names")) {
            item.string("a provider package name").filter(name -> name.equals("aws") || name.equals("*")).ifPresent(name ->
                    item.problem("a package other than aws: this program creates every resource with the default "
                            + "AWS provider, so disabling it would fail the deployment"));
        }
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

    /** The region, or empty when it is missing or invalid (checks that need it then stay quiet). */
    private static Optional<String> readRegion(ConfigNode node) {
        if (!node.isPresent()) {
            node.problem("the AWS region of the stack, e.g. us-east-1 (set it with `pulumi config set aws:region us-east-1`)");
            return Optional.empty();
        }
        var region = node.string("an AWS region such as us-east-1");
        if (region.isPresent() && !NameRules.isRegion(region.get())) {
            node.problem("an AWS region such as us-east-1");
            return Optional.empty();
        }
        return region;
    }

    private static ImagePolicy readImages(ConfigNode node) {
        node.expectObject("a mapping with key allowMutableTags");
        var field = node.field("allowMutableTags");
        var allowMutable = field.bool().orElse(field.isPresent() || node.isPresent() && !node.isObject());
        node.rejectUnknownKeys();
        return new ImagePolicy(allowMutable);
    }

    private static ServiceConnectSettings readServiceConnect(ConfigNode node, Optional<String> region) {
        node.expectObject("a mapping with keys proxyCpu, proxyMemory, tls");
        var cpuNode = node.field("proxyCpu");
        var memoryNode = node.field("proxyMemory");
        // An invalid reserve counts as the smallest, so that no service is told it does not fit because of it.
        var cpu = cpuNode.integer(128, 4096).orElse(cpuNode.isPresent() ? 128 : ServiceConnectSettings.DEFAULT.proxyCpu());
        var memory = memoryNode.integer(64, 8192).orElse(memoryNode.isPresent() ? 64 : ServiceConnectSettings.DEFAULT.proxyMemory());
        var tls = TlsReader.read(node.field("tls"), region);
        node.rejectUnknownKeys();
        return new ServiceConnectSettings(cpu, memory, tls);
    }

    /** Which services each service is called by through Service Connect (its ECS callers), for the traffic checks. */
    private static Map<String, Set<String>> graphCallers(SortedMap<String, ServiceSettings> services) {
        var callers = new HashMap<String, Set<String>>();
        services.values().forEach(caller -> caller.calls().forEach(callee ->
                callers.computeIfAbsent(callee, c -> new HashSet<>()).add(caller.name())));
        return callers;
    }

    private static int readLogs(ConfigNode node) {
        node.expectObject("a mapping with key retentionDays");
        var days = LogRetention.read(node.field("retentionDays")).orElse(DEFAULT_LOG_RETENTION);
        node.rejectUnknownKeys();
        return days;
    }

    private static SortedMap<String, ExternalClientSettings> readClients(ConfigNode node, Entries entries) {
        var clients = new TreeMap<String, ExternalClientSettings>();
        for (var entry : node.entries("a mapping of client names to client settings").entrySet()) {
            NameRules.checkEntryName(entry.getValue(), entry.getKey());
            if (entries.accept(entry.getKey(), entry.getValue(), "a mapping with keys securityGroupIds, cidrs, calls",
                    entries.clientNodes)) {
                clients.put(entry.getKey(), ExternalClientReader.read(entry.getKey(), entry.getValue()));
            }
        }
        return clients;
    }
}
