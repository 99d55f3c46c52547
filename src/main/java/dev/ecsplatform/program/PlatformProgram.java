package dev.ecsplatform.program;

import com.pulumi.Context;
import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.inputs.GetCallerIdentityArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import dev.ecsplatform.aws.ConnectNames;
import dev.ecsplatform.callgraph.CallGraph;
import dev.ecsplatform.catalog.EndpointDirectory;
import dev.ecsplatform.catalog.EndpointDirectoryArgs;
import dev.ecsplatform.catalog.ServiceEndpoints;
import dev.ecsplatform.cluster.CertificateAuthorityLookup;
import dev.ecsplatform.cluster.ClusterArgs;
import dev.ecsplatform.cluster.ExecSessionLogging;
import dev.ecsplatform.cluster.PlatformCluster;
import dev.ecsplatform.config.ConfigLoader;
import dev.ecsplatform.configkit.ConfigSource;
import dev.ecsplatform.configkit.InvalidConfigException;
import dev.ecsplatform.config.PlatformConfig;
import dev.ecsplatform.config.ServiceSettings;
import dev.ecsplatform.ingress.PublicEntry;
import dev.ecsplatform.ingress.PublicEntryArgs;
import dev.ecsplatform.live.RolloutWatch;
import dev.ecsplatform.naming.StackNames;
import dev.ecsplatform.network.Network;
import dev.ecsplatform.network.NetworkArgs;
import dev.ecsplatform.observability.AlarmPlanner;
import dev.ecsplatform.observability.Alerting;
import dev.ecsplatform.observability.AlertingArgs;
import dev.ecsplatform.observability.ObservabilityNames;
import dev.ecsplatform.observability.PlannedAlarm;
import dev.ecsplatform.observability.Views;
import dev.ecsplatform.observability.ViewsArgs;
import dev.ecsplatform.security.FirewallPlanner;
import dev.ecsplatform.security.ServiceFirewall;
import dev.ecsplatform.security.ServiceFirewallArgs;
import dev.ecsplatform.service.CalleeLink;
import dev.ecsplatform.service.ConnectedService;
import dev.ecsplatform.service.ConnectedServiceArgs;
import dev.ecsplatform.service.ServiceHome;
import dev.ecsplatform.stack.StackContext;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The stack: validated configuration in, components and stack outputs out. The same code runs under
 * {@code pulumi up} and under the offline plan's mock engine.
 */
public final class PlatformProgram {

    private static final ComponentResourceOptions TOP_LEVEL = ComponentResourceOptions.Empty;

    private PlatformProgram() {
    }

    /**
     * Loads and validates the whole configuration, then defines the stack. Invalid configuration stops
     * the run with one readable message before any resource is registered.
     */
    public static void run(Context ctx, ConfigSource source) {
        run(ctx, source, region -> Optional.empty());
    }

    /**
     * As {@link #run(Context, ConfigSource)}, with the rollout wait a real update has for the stack's region (empty in
     * a preview).
     */
    public static void run(Context ctx, ConfigSource source, Function<String, Optional<RolloutWatch>> rollouts) {
        PlatformConfig config;
        try {
            config = ConfigLoader.load(ctx.projectName(), ctx.stackName(), source);
        } catch (InvalidConfigException e) {
            throw new InvalidStackException(e.getMessage());
        }
        // Settings that do nothing here are said out loud in preview and up, as plan prints them.
        config.warnings().forEach(warning -> ctx.log().warn(warning.render()));
        define(ctx, new StackNames(ctx.projectName(), ctx.stackName()), config, rollouts.apply(config.region()));
    }

    /** The architecture, in the order it is built; no AWS call of the program's own (the offline plan, tests). */
    public static void define(Context ctx, StackNames names, PlatformConfig config) {
        define(ctx, names, config, Optional.empty());
    }

    /** The architecture, in the order it is built, with the rollout wait of a real update when given. */
    public static void define(Context ctx, StackNames names, PlatformConfig config, Optional<RolloutWatch> rollouts) {
        var stack = new StackContext(names, config.region(), callerAccountId(), config.protect(), rollouts);
        var network = new Network(names.prefix(), new NetworkArgs(stack, config.network()), TOP_LEVEL);
        var graph = CallGraph.of(config);
        var firewall = new ServiceFirewall(names.prefix(),
                new ServiceFirewallArgs(stack, network, FirewallPlanner.plan(config, graph)), TOP_LEVEL);
        var entry = publicEntry(stack, network, firewall, config);
        var execLogging = execLogging(names, config);
        var alarms = AlarmPlanner.plan(new ObservabilityNames(names), names.prefix(), config, graph);
        // Before the cluster: the stack's key, which the alerting holds, also encrypts the Exec session log group.
        var alerting = alerting(stack, config, alarms, entry, execLogging);
        var cluster = new PlatformCluster(names.prefix(),
                new ClusterArgs(stack, network, config.namespace(), config.cluster(),
                        config.network().associatedVpcs(), execLogging, alerting.map(Alerting::keyArn),
                        config.serviceConnect().tls()), TOP_LEVEL);
        // The CA is the account's, not the stack's: read at preview and up, and refused there if it cannot issue.
        config.serviceConnect().tls().ifPresent(tls -> CertificateAuthorityLookup.check(cluster, stack, tls,
                warning -> ctx.log().warn(warning, cluster)));
        var services = connectServices(stack, ServiceHome.of(cluster, network, config), graph, firewall, entry, alerting,
                config);
        var views = views(stack, config, graph, alarms, entry, services);
        var endpoints = ServiceEndpoints.of(config, graph);
        new EndpointDirectory(names.name("endpoints"), new EndpointDirectoryArgs(stack, endpoints), TOP_LEVEL);
        StackOutputs.export(ctx, network, cluster, endpoints, entry, alerting, views, config);
    }

    /** Where ECS Exec sessions are logged, when any service allows Exec. */
    private static Optional<ExecSessionLogging> execLogging(StackNames names, PlatformConfig config) {
        if (config.services().values().stream().noneMatch(ServiceSettings::exec)) {
            return Optional.empty();
        }
        return Optional.of(new ExecSessionLogging(names.path(ExecSessionLogging.PATH_PART), config.logRetentionDays()));
    }

    private static Output<String> callerAccountId() {
        return AwsFunctions.getCallerIdentity(GetCallerIdentityArgs.Empty).applyValue(identity -> identity.accountId());
    }

    /** The load balancer, only when some service faces the internet. */
    private static Optional<PublicEntry> publicEntry(StackContext stack, Network network, ServiceFirewall firewall,
                                                     PlatformConfig config) {
        var publicServices = config.publicServices();
        if (publicServices.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PublicEntry(stack.names().prefix(),
                new PublicEntryArgs(stack, network, firewall, config.ingress(), publicServices), TOP_LEVEL));
    }

    /** The alarms and their topic, before the services: ECS deployments name their alarms. None without alarms. */
    private static Optional<Alerting> alerting(StackContext stack, PlatformConfig config, List<PlannedAlarm> alarms,
                                               Optional<PublicEntry> entry, Optional<ExecSessionLogging> execLogging) {
        if (alarms.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Alerting(stack.names().name("alerting"),
                new AlertingArgs(stack, config.observability(), alarms, loadBalancerOutputs(entry),
                        execLogging.map(ExecSessionLogging::logGroupName)), TOP_LEVEL));
    }

    private static Optional<ViewsArgs.LoadBalancerOutputs> loadBalancerOutputs(Optional<PublicEntry> entry) {
        return entry.map(e -> new ViewsArgs.LoadBalancerOutputs(e.arnSuffix(), e.targetGroupArnSuffixes()));
    }

    /** The dashboard and the saved queries, after the services whose log groups the queries read. */
    private static Views views(StackContext stack, PlatformConfig config, CallGraph graph, List<PlannedAlarm> alarms,
                               Optional<PublicEntry> entry, Map<String, ConnectedService> services) {
        var loadBalancer = loadBalancerOutputs(entry);
        var logSources = new java.util.TreeMap<String, Resource>(services);
        // The cluster is named after the stack prefix (PlatformCluster): metric dimensions need it as plain text.
        return new Views(stack.names().name("views"), new ViewsArgs(stack, stack.names().prefix(), config, graph, alarms,
                loadBalancer, logSources), TOP_LEVEL);
    }

    /**
     * One connected service per backend, callees first: Service Connect tasks see only the endpoints that
     * existed when they started. Inside a call cycle no member can wait for another (the plan reports it).
     */
    private static Map<String, ConnectedService> connectServices(StackContext stack, ServiceHome home, CallGraph graph,
                                                                 ServiceFirewall firewall, Optional<PublicEntry> entry,
                                                                 Optional<Alerting> alerting, PlatformConfig config) {
        var created = new LinkedHashMap<String, ConnectedService>();
        for (var serviceName : graph.creationOrder()) {
            var callees = graph.callees(serviceName).stream()
                    .filter(callee -> !callee.equals(serviceName))
                    .map(callee -> new CalleeLink(callee, endpointOf(config.services().get(callee), config),
                            graph.sameCycle(serviceName, callee)
                                    ? Optional.empty() : Optional.of(created.get(callee).ecsService())))
                    .toList();
            created.put(serviceName, new ConnectedService(stack.names().name(serviceName), new ConnectedServiceArgs(
                    stack, home, config.services().get(serviceName), callees,
                    !graph.externalCallers(serviceName).isEmpty(), firewall.groupId(serviceName),
                    entry.flatMap(e -> e.attachment(serviceName)),
                    Alerting.deploymentAlarmsOf(alerting, new ObservabilityNames(stack.names()),
                            config.services().get(serviceName)),
                    !graph.callers(serviceName).isEmpty()), TOP_LEVEL));
        }
        return Collections.unmodifiableMap(created);
    }

    /**
     * What a caller's Service Connect proxy resolves for a callee: address, port and protocol, and under TLS the
     * proxy port it must now reach with TLS (old caller tasks would still send plain text to the app's port).
     */
    private static String endpointOf(ServiceSettings callee, PlatformConfig config) {
        var endpoint = ConnectNames.dnsName(callee.name(), config.namespace()) + ":" + callee.port().orElseThrow() + " "
                + callee.protocol().word();
        return callee.tls(config.serviceConnect())
                ? endpoint + " tls:" + callee.proxyPort(config.serviceConnect()).orElseThrow() : endpoint;
    }
}
