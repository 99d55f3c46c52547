package dev.ecsplatform.plan;

import dev.ecsplatform.callgraph.CallGraph;
import dev.ecsplatform.config.PlatformConfig;
import dev.ecsplatform.aws.ConnectNames;
import dev.ecsplatform.aws.FargateSizes;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * What an environment looks like, derived from its validated configuration: the services, who calls
 * whom, the standalone callers, and the network choices. The plan reports render it.
 *
 * @param namespace       the private DNS namespace
 * @param natGateways     {@code none}, {@code single} or {@code perAz}
 * @param zones           how many availability zones
 * @param endpoints       the interface endpoints, by config word
 * @param services        every service, by name
 * @param externalClients every standalone caller, by name
 * @param cycles          groups of services that call each other
 * @param creationOrder   callees before callers
 * @param https           true when the public entry serves HTTPS (false: plain HTTP, or no public entry)
 * @param network         an existing VPC and the other VPCs that resolve the namespace
 */
public record Topology(String namespace, String natGateways, int zones, List<String> endpoints,
                       List<ServiceView> services, List<ClientView> externalClients,
                       List<SortedSet<String>> cycles, List<String> creationOrder, boolean https, NetworkView network) {

    /**
     * Where the stack runs besides what it builds.
     *
     * @param existingVpcId   the VPC of {@code network.existing}, looked up at preview; empty when the stack builds one
     * @param privateSubnets  the existing VPC's private subnets the stack file names
     * @param publicSubnets   its public subnets the stack file names
     * @param associatedVpcs  other VPCs whose servers resolve the namespace, each with how it gets there
     */
    public record NetworkView(Optional<String> existingVpcId, int privateSubnets, int publicSubnets,
                              List<String> associatedVpcs) {

        /** True when there is something to say beyond the built VPC (reports of built-only stacks stay as they were). */
        public boolean anything() {
            return existingVpcId.isPresent() || !associatedVpcs.isEmpty();
        }

        /** Who resolves the namespace's names: the stack's VPC and each associated one. */
        public List<String> resolvers() {
            var all = new java.util.ArrayList<String>();
            all.add(existingVpcId.map(id -> "the stack's VPC " + id).orElse("the stack's VPC"));
            all.addAll(associatedVpcs);
            return all;
        }
    }

    /**
     * One service as a reviewer wants to see it.
     *
     * @param name            the service
     * @param address         {@code <service>.<namespace>:<port>}, or empty for a client-only service
     * @param protocol        the protocol word, or empty for a client-only service
     * @param appCpu          CPU units of the app container
     * @param appMemory       MiB of the app container
     * @param proxyCpu        CPU units reserved for the Service Connect proxy
     * @param proxyMemory     MiB reserved for the proxy
     * @param taskSize        the Fargate task size
     * @param desiredCount    tasks at creation
     * @param minTasks        autoscaling lower bound (empty without autoscaling)
     * @param maxTasks        autoscaling upper bound (empty without autoscaling)
     * @param callers         services that call it
     * @param callees         services it calls
     * @param externalCallers standalone servers that call it
     * @param exposed         true when it faces the internet through the load balancer
     * @param tlsProxyPort    under Service Connect TLS, the port its proxy listens on for other services' proxies
     *                        (its own port stays the app's, for the load balancer and standalone callers); empty
     *                        without TLS
     * @param plainTextReason why what other services send it is not encrypted; empty under TLS
     * @param exec            true when ECS Exec lets an operator open a shell in its tasks
     * @param requestsPerTask the request target of its autoscaling, per task per minute; empty without one
     */
    public record ServiceView(String name, Optional<String> address, Optional<String> protocol, int appCpu, int appMemory,
                              int proxyCpu, int proxyMemory, FargateSizes.TaskSize taskSize, int desiredCount,
                              Optional<Integer> minTasks, Optional<Integer> maxTasks, SortedSet<String> callers,
                              SortedSet<String> callees, SortedSet<String> externalCallers, boolean exposed,
                              Optional<Integer> tlsProxyPort, Optional<String> plainTextReason, boolean exec,
                              Optional<Integer> requestsPerTask) {

        public Optional<Integer> port() {
            return address.map(a -> Integer.parseInt(a.substring(a.lastIndexOf(':') + 1)));
        }
    }

    /**
     * A standalone caller.
     *
     * @param name             the client
     * @param securityGroupIds its groups
     * @param cidrs            its blocks
     * @param calls            services it calls
     */
    public record ClientView(String name, SortedSet<String> securityGroupIds, SortedSet<String> cidrs,
                             SortedSet<String> calls) {
    }

    public static Topology of(PlatformConfig config) {
        var graph = CallGraph.of(config);
        var proxy = config.serviceConnect();
        var services = config.services().values().stream().map(s -> new ServiceView(
                s.name(),
                s.port().map(port -> ConnectNames.dnsName(s.name(), config.namespace()) + ":" + port),
                s.port().map(port -> s.protocol().word()),
                s.cpu(), s.memory(), proxy.proxyCpu(), proxy.proxyMemory(),
                s.taskSize(proxy),
                s.desiredCount(),
                s.autoscaling().map(a -> a.minTasks()),
                s.autoscaling().map(a -> a.maxTasks()),
                graph.callers(s.name()), graph.callees(s.name()), graph.externalCallers(s.name()),
                s.publicEntry().isPresent(),
                s.tls(proxy) ? s.proxyPort(proxy) : Optional.empty(),
                s.plainTextReason(proxy),
                s.exec(),
                s.autoscaling().flatMap(a -> a.requestsPerTask()))).toList();
        var clients = config.externalClients().values().stream()
                .map(c -> new ClientView(c.name(), c.securityGroupIds(), c.cidrs(), c.calls())).toList();
        var endpoints = config.network().endpoints().stream().sorted().map(e -> e.word()).toList();
        var existing = config.network().existing();
        var network = new NetworkView(existing.map(e -> e.vpcId()),
                existing.map(e -> e.privateSubnetIds().size()).orElse(0),
                existing.map(e -> e.publicSubnetIds().size()).orElse(0),
                config.network().associatedVpcs().stream().map(vpc -> vpc.vpcId()
                        + vpc.region().map(r -> " (" + r + ")").orElse("")
                        + vpc.accountId().map(a -> " (account " + a + ": authorized here, pending the owner's association)")
                        .orElse(" (associated)")).toList());
        return new Topology(config.namespace(), existing.isPresent() ? "existing" : config.network().natGateways().word(),
                existing.map(e -> e.privateSubnetIds().size()).orElse(config.network().zones().count()),
                endpoints, services, clients, graph.cycles(), graph.creationOrder(), config.ingress().https(), network);
    }

    /** True when the environment has Service Connect TLS (some service's proxy terminates it). */
    public boolean hasTls() {
        return services.stream().anyMatch(s -> s.tlsProxyPort().isPresent());
    }

    public boolean hasPublicEntry() {
        return services.stream().anyMatch(ServiceView::exposed);
    }

    public Optional<ServiceView> service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
