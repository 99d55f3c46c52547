package dev.ecsplatform.security;

import dev.ecsplatform.callgraph.CallGraph;
import dev.ecsplatform.config.PlatformConfig;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Turns the call graph into security group rules, and nothing else: a service admits exactly its
 * declared callers on its port (callers' security groups; standalone clients' groups or blocks), and
 * reaches exactly its callees on theirs, plus HTTPS out for AWS APIs and image registries. Pure.
 */
public final class FirewallPlanner {

    public static final int HTTPS = 443;
    public static final int HTTP = 80;
    /** The group key of the public load balancer (no service may take this name). */
    public static final String LOAD_BALANCER = "alb";
    public static final String ANYWHERE = "0.0.0.0/0";
    /**
     * Joins the parts of a rule's logical name. Service, client and group names and CIDR slugs never contain a
     * dot, so {@code orders.from.api} can only mean "orders admits api": with hyphens, {@code x-from-y-from-z}
     * was both "x admits y-from-z" and "x-from-y admits z", one URN for two resources.
     */
    public static final String SEPARATOR = ".";

    private FirewallPlanner() {
    }

    public static FirewallPlan plan(PlatformConfig config, CallGraph graph) {
        return new FirewallPlan(groups(config), rules(config, graph));
    }

    private static List<FirewallRule> rules(PlatformConfig config, CallGraph graph) {
        var rules = new ArrayList<FirewallRule>();
        for (var service : config.services().values()) {
            var name = service.name();
            var serviceConnect = config.serviceConnect();
            service.port().ifPresent(port -> {
                // Other services' proxies reach this one where it listens: the override port under TLS. Callers
                // without a proxy (standalone servers, the load balancer) reach the app on its own port.
                int proxyPort = service.proxyPort(serviceConnect).orElseThrow();
                var viaProxy = service.tls(serviceConnect) ? " through its Service Connect proxy (TLS)" : "";
                for (var caller : graph.callers(name)) {
                    rules.add(new FirewallRule(name, true, proxyPort, new Peer.Service(caller),
                            caller + " calls " + name + viaProxy, "from" + SEPARATOR + caller));
                }
                for (var clientName : graph.externalCallers(name)) {
                    var client = config.externalClients().get(clientName);
                    for (var group : client.securityGroupIds()) {
                        rules.add(new FirewallRule(name, true, port, new Peer.Group(group),
                                clientName + " calls " + name, "from" + SEPARATOR + clientName + SEPARATOR + group));
                    }
                    for (var cidr : client.cidrs()) {
                        rules.add(new FirewallRule(name, true, port, new Peer.Cidr(cidr),
                                clientName + " calls " + name, "from" + SEPARATOR + clientName + SEPARATOR + slug(cidr)));
                    }
                }
            });
            for (var callee : graph.callees(name)) {
                var calleeSettings = config.services().get(callee);
                int port = calleeSettings.proxyPort(config.serviceConnect()).orElseThrow();
                rules.add(new FirewallRule(name, false, port, new Peer.Service(callee),
                        name + " calls " + callee + (calleeSettings.tls(config.serviceConnect())
                                ? " through its Service Connect proxy (TLS)" : ""), "to" + SEPARATOR + callee));
            }
            rules.add(new FirewallRule(name, false, HTTPS, new Peer.Cidr(ANYWHERE),
                    "AWS APIs and image registries over HTTPS", "https-out"));
        }
        loadBalancerRules(config, rules);
        rules.sort(Comparator.comparing(FirewallRule::service).thenComparing(FirewallRule::nameSuffix));
        return List.copyOf(rules);
    }

    /** Every security group the firewall holds: one per service, and the load balancer's when something is public. */
    private static SortedSet<String> groups(PlatformConfig config) {
        var groups = new TreeSet<>(config.services().keySet());
        if (!config.publicServices().isEmpty()) {
            groups.add(LOAD_BALANCER);
        }
        return groups;
    }

    /** The chain internet → load balancer → public services, and nothing for private services. */
    private static void loadBalancerRules(PlatformConfig config, List<FirewallRule> rules) {
        var exposed = config.publicServices();
        if (exposed.isEmpty()) {
            return;
        }
        var ingress = config.ingress();
        for (var cidr : ingress.allowedCidrs()) {
            if (ingress.https()) {
                rules.add(new FirewallRule(LOAD_BALANCER, true, HTTPS, new Peer.Cidr(cidr),
                        "HTTPS from " + cidr, "https-from" + SEPARATOR + slug(cidr)));
            }
            rules.add(new FirewallRule(LOAD_BALANCER, true, HTTP, new Peer.Cidr(cidr),
                    ingress.https() ? "HTTP from " + cidr + ", only redirected to HTTPS" : "plain HTTP from " + cidr
                            + " (allowPlainHttp)", "http-from" + SEPARATOR + slug(cidr)));
        }
        for (var service : exposed) {
            int port = service.port().orElseThrow();
            rules.add(new FirewallRule(LOAD_BALANCER, false, port, new Peer.Service(service.name()),
                    "the load balancer forwards to " + service.name(), "to" + SEPARATOR + service.name()));
            rules.add(new FirewallRule(service.name(), true, port, new Peer.LoadBalancer(),
                    "the load balancer forwards to " + service.name(), "from-" + LOAD_BALANCER));
        }
    }

    /** A CIDR as a name part: 10.0.64.0/24 becomes 10-0-64-0-24 (one-to-one for the canonical blocks validation keeps). */
    static String slug(String cidr) {
        return cidr.replace('.', '-').replace('/', '-');
    }
}
