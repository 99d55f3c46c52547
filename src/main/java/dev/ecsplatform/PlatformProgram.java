package dev.ecsplatform;

import com.pulumi.Context;
import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.inputs.GetCallerIdentityArgs;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.core.Output;
import dev.ecsplatform.callgraph.CallGraph;
import dev.ecsplatform.catalog.EndpointDirectory;
import dev.ecsplatform.catalog.ServiceEndpoints;
import dev.ecsplatform.cluster.ClusterArgs;
import dev.ecsplatform.cluster.PlatformCluster;
import dev.ecsplatform.config.ConfigLoader;
import dev.ecsplatform.configkit.ConfigSource;
import dev.ecsplatform.configkit.InvalidConfigException;
import dev.ecsplatform.config.PlatformConfig;
import dev.ecsplatform.naming.StackNames;
import dev.ecsplatform.ingress.PublicEntry;
import dev.ecsplatform.ingress.PublicEntryArgs;
import dev.ecsplatform.ingress.PublicUrls;
import dev.ecsplatform.network.Network;
import dev.ecsplatform.network.NetworkArgs;
import dev.ecsplatform.security.FirewallPlanner;
import dev.ecsplatform.security.ServiceFirewall;
import dev.ecsplatform.service.CalleeLink;
import dev.ecsplatform.service.ConnectedService;
import dev.ecsplatform.service.ConnectedServiceArgs;
import dev.ecsplatform.service.FargateSizes;

import java.util.HashMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The stack: validated configuration in, components and stack outputs out. The same code runs under
 * {@code pulumi up} and under the offline plan's mock engine.
 */
public final class PlatformProgram {

    private PlatformProgram() {
    }

    /**
     * Loads and validates the whole configuration, then defines the stack. Invalid configuration stops
     * the run with one readable message before any resource is registered.
     */
    public static void run(Context ctx, ConfigSource source) {
        PlatformConfig config;
        try {
            config = ConfigLoader.load(ctx.projectName(), source);
        } catch (InvalidConfigException e) {
            throw new InvalidStackException(e.getMessage());
        }
        define(ctx, new StackNames(ctx.projectName(), ctx.stackName()), config);
    }

    public static void define(Context ctx, StackNames names, PlatformConfig config) {
        var accountId = AwsFunctions.getCallerIdentity(GetCallerIdentityArgs.Empty)
                .applyValue(identity -> identity.accountId());

        var network = new Network(names.prefix(),
                new NetworkArgs(names, config.region(), accountId, config.network(), config.protect()),
                ComponentResourceOptions.Empty);

        var cluster = new PlatformCluster(names.prefix(),
                new ClusterArgs(names, config.namespace(), network.vpcId(), config.cluster(), config.protect()),
                ComponentResourceOptions.Empty);

        var graph = CallGraph.of(config);
        var firewall = new ServiceFirewall(names.prefix(), names, network.vpcId(), FirewallPlanner.groups(config),
                FirewallPlanner.plan(config, graph), ComponentResourceOptions.Empty);
        var publicServices = config.publicServices();
        var entry = publicServices.isEmpty() ? Optional.<PublicEntry>empty() : Optional.of(new PublicEntry(names.prefix(),
                new PublicEntryArgs(names, config.region(), accountId, config.protect(), config.ingress(), publicServices,
                        network.vpcId(), network.publicSubnetIds(), firewall.groupId(FirewallPlanner.LOAD_BALANCER)),
                ComponentResourceOptions.Empty));
        var created = new HashMap<String, ConnectedService>();
        for (var serviceName : graph.creationOrder()) {
            var service = config.services().get(serviceName);
            var callees = graph.callees(serviceName).stream()
                    .filter(callee -> !callee.equals(serviceName))
                    .map(callee -> new CalleeLink(callee, graph.sameCycle(serviceName, callee)
                            ? Optional.empty() : Optional.of(created.get(callee).ecsService())))
                    .toList();
            var size = FargateSizes.forService(service, config.serviceConnect());
            var strategy = service.capacityProviders().isEmpty()
                    ? config.cluster().capacityProviders() : service.capacityProviders();
            created.put(serviceName, new ConnectedService(names.name(serviceName), new ConnectedServiceArgs(
                    names, config.region(), accountId, config.namespace(), service, size, config.logRetentionDays(),
                    strategy, !graph.externalCallers(serviceName).isEmpty(), callees,
                    cluster.clusterArn(), cluster.namespaceArn(), cluster.namespaceId(),
                    network.privateSubnetIds(), firewall.groupId(serviceName),
                    entry.flatMap(e -> e.attachment(serviceName)), cluster.capacityProviders()),
                    ComponentResourceOptions.Empty));
        }
        var endpoints = ServiceEndpoints.of(config, graph);
        new EndpointDirectory(names.name("endpoints"), names, endpoints, ComponentResourceOptions.Empty);

        ctx.export("vpcId", network.vpcId());
        ctx.export("publicSubnetIds", network.publicSubnetIds());
        ctx.export("privateSubnetIds", network.privateSubnetIds());
        ctx.export("namespaceId", cluster.namespaceId());
        ctx.export("namespaceArn", cluster.namespaceArn());
        ctx.export("namespaceName", cluster.namespaceName());
        ctx.export("clusterName", cluster.clusterName());
        ctx.export("clusterArn", cluster.clusterArn());
        var catalog = new TreeMap<String, Object>();
        endpoints.forEach((name, endpoint) -> catalog.put(name, ServiceEndpoints.shape(endpoint)));
        ctx.export("endpoints", Output.of(catalog));
        entry.ifPresent(e -> {
            ctx.export("loadBalancerDnsName", e.dnsName());
            ctx.export("publicUrls", e.dnsName().applyValue(dns -> PublicUrls.of(config, dns)));
        });
    }
}
