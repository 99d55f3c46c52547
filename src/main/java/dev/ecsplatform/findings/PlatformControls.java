package dev.ecsplatform.findings;

import dev.ecsplatform.aws.PublicSuffixes;
import dev.ecsplatform.plan.Plan;
import dev.ecsplatform.plan.PlannedResource;
import dev.ecsplatform.plan.Topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** This product's own rules: Service Connect everywhere, rules only for declared calls, no internal call via the public entry. */
final class PlatformControls {

    private PlatformControls() {
    }

    static List<Control> all() {
        return List.of(
                new SimpleControl("PLAT.1", "Every backend is Service Connect-enabled in the namespace, by ARN", Severity.MANDATORY, (c, plan) ->
                        plan.ofType("aws:ecs/service:Service").stream()
                                .filter(s -> !Boolean.TRUE.equals(s.input("serviceConnectConfiguration.enabled"))
                                        || !isNamespaceArn(s.inputString("serviceConnectConfiguration.namespace")))
                                .map(s -> c.finding(s.name(), "Service Connect is off, or its namespace is not given by ARN"))
                                .toList()),
                new SimpleControl("PLAT.2", "Every security group rule between services is backed by a declared call", Severity.MANDATORY,
                        PlatformControls::undeclaredRules),
                new SimpleControl("PLAT.3", "No internal call goes through the public entry or NAT", Severity.MANDATORY,
                        PlatformControls::publicCallPaths),
                new SimpleControl("PLAT.4", "The private namespace is not named under a public top-level domain", Severity.ADVISORY, (c, plan) ->
                        plan.ofType("aws:servicediscovery/privateDnsNamespace:PrivateDnsNamespace").stream()
                                .flatMap(ns -> PublicSuffixes.publicTopLevelDomain(ns.inputString("name")).stream()
                                        .map(tld -> c.finding(ns.name(), ns.inputString("name") + " ends in ." + tld
                                                + ", a public top-level domain: someone else can own that name, and lookups"
                                                + " that leave the VPC go to them; use a name under .internal (reserved for"
                                                + " private use), e.g. dev.internal")))
                                .toList()),
                new SimpleControl("PLAT.5", "East-west traffic of a protected environment is encrypted (Service Connect TLS)",
                        Severity.ADVISORY, PlatformControls::plainTextEastWest));
    }

    /**
     * In a protected environment, every service that other services call through Service Connect has a TLS block on
     * its endpoint; the finding says why one has none (no serviceConnect.tls, or the service opted out).
     */
    private static List<Finding> plainTextEastWest(SimpleControl control, Plan plan) {
        if (plan.ofType("aws:ecs/cluster:Cluster").stream().noneMatch(PlannedResource::protect)) {
            return List.of();
        }
        var topology = plan.topology();
        var findings = new ArrayList<Finding>();
        for (var service : plan.ofType("aws:ecs/service:Service")) {
            var view = topology.service(String.valueOf(service.inputString("name")));
            if (view.isEmpty() || view.get().callers().isEmpty() || view.get().port().isEmpty()) {
                continue;
            }
            boolean encrypted = service.input("serviceConnectConfiguration.services") instanceof List<?> endpoints
                    && !endpoints.isEmpty() && endpoints.stream().allMatch(e -> e instanceof Map<?, ?> m && m.get("tls") != null);
            if (!encrypted) {
                findings.add(control.finding(service.name(), view.get().name() + " receives "
                        + String.join(", ", view.get().callers()) + "'s calls in plain text ("
                        + view.get().plainTextReason().orElse("no TLS block") + "): set serviceConnect.tls with the "
                        + "account's Private CA, or accept this finding with a reason"));
            }
        }
        return findings;
    }

    private static boolean isNamespaceArn(String value) {
        return value != null && value.startsWith("arn:") && value.contains(":servicediscovery:");
    }

    /** Which service (or the load balancer) a security group id belongs to; mock ids are logical names. */
    private record Groups(String prefix) {
        Optional<String> service(String groupId, Topology topology) {
            if (groupId == null || !groupId.startsWith(prefix + "-") || !groupId.endsWith("-sg")) {
                return Optional.empty();
            }
            var name = groupId.substring(prefix.length() + 1, groupId.length() - 3);
            return topology.service(name).map(Topology.ServiceView::name);
        }

        boolean isLoadBalancer(String groupId) {
            return (prefix + "-alb-sg").equals(groupId);
        }
    }

    private static List<Finding> undeclaredRules(SimpleControl control, Plan plan) {
        var topology = plan.topology();
        var groups = new Groups(plan.project() + "-" + plan.stack());
        var findings = new ArrayList<Finding>();
        for (var rule : plan.ofType("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule")) {
            var owner = groups.service(rule.inputString("securityGroupId"), topology);
            if (owner.isEmpty()) {
                continue;
            }
            var service = topology.service(owner.get()).orElseThrow();
            var peerGroup = rule.inputString("referencedSecurityGroupId");
            var peer = groups.service(peerGroup, topology);
            String problem = null;
            // Other services' proxies reach this one where its proxy listens (the override port under TLS); the
            // load balancer and standalone callers have no proxy and reach the app's own port.
            var expected = peer.isPresent() ? proxyPort(service) : service.port();
            if (!portIs(rule, expected)) {
                problem = "admits port " + rule.input("fromPort") + " but " + service.name() + " serves "
                        + expected.map(String::valueOf).orElse("no port") + (peer.isPresent() && service.tlsProxyPort().isPresent()
                        ? " to other services (its Service Connect proxy, TLS)" : "");
            } else if (peer.isPresent() && !service.callers().contains(peer.get())) {
                problem = "admits " + peer.get() + ", which does not declare a call to " + service.name();
            } else if (peer.isEmpty() && groups.isLoadBalancer(peerGroup) && !service.exposed()) {
                problem = "admits the load balancer, but " + service.name() + " is not public";
            } else if (peer.isEmpty() && !groups.isLoadBalancer(peerGroup) && !declaredClient(topology, service, peerGroup, rule.inputString("cidrIpv4"))) {
                problem = "admits " + (peerGroup != null ? peerGroup : rule.inputString("cidrIpv4"))
                        + ", which is no external client that calls " + service.name();
            }
            if (problem != null) {
                findings.add(control.finding(rule.name(), problem));
            }
        }
        for (var rule : plan.ofType("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule")) {
            var owner = groups.service(rule.inputString("securityGroupId"), topology);
            if (owner.isEmpty()) {
                continue;
            }
            var caller = topology.service(owner.get()).orElseThrow();
            var peer = groups.service(rule.inputString("referencedSecurityGroupId"), topology);
            if (peer.isPresent()) {
                var callee = topology.service(peer.get()).orElseThrow();
                if (!caller.callees().contains(callee.name()) || !portIs(rule, proxyPort(callee))) {
                    findings.add(control.finding(rule.name(), caller.name() + " may reach " + callee.name()
                            + " on port " + rule.input("fromPort") + " without a declared call"));
                }
            } else if (!("0.0.0.0/0".equals(rule.inputString("cidrIpv4")) && portIs(rule, Optional.of(443)))) {
                findings.add(control.finding(rule.name(), caller.name() + " may reach "
                        + rule.inputString("cidrIpv4") + " on port " + rule.input("fromPort") + " without a declared reason"));
            }
        }
        return findings;
    }

    /** Where another service's proxy reaches this one: the TLS override port, else the service's port. */
    private static Optional<Integer> proxyPort(Topology.ServiceView service) {
        return service.tlsProxyPort().or(service::port);
    }

    private static boolean portIs(PlannedResource rule, Optional<Integer> port) {
        return port.isPresent() && rule.input("fromPort") instanceof Number from && rule.input("toPort") instanceof Number to
                && from.intValue() == port.get() && to.intValue() == port.get();
    }

    private static boolean declaredClient(Topology topology, Topology.ServiceView service, String group, String cidr) {
        return topology.externalClients().stream().anyMatch(client -> client.calls().contains(service.name())
                && ((group != null && client.securityGroupIds().contains(group)) || (cidr != null && client.cidrs().contains(cidr))));
    }

    /** Internal callers that would leave the VPC: addresses of the public entry in their configuration. */
    private static List<Finding> publicCallPaths(SimpleControl control, Plan plan) {
        var publicNames = new ArrayList<String>();
        for (var rule : plan.ofType("aws:lb/listenerRule:ListenerRule")) {
            if (rule.input("conditions") instanceof List<?> conditions) {
                for (var condition : conditions) {
                    if (condition instanceof Map<?, ?> map && map.get("hostHeader") instanceof Map<?, ?> host
                            && host.get("values") instanceof List<?> values) {
                        values.forEach(v -> publicNames.add(String.valueOf(v)));
                    }
                }
            }
        }
        publicNames.add("*.elb.amazonaws.com");
        var findings = new ArrayList<Finding>();
        for (var container : Containers.of(plan)) {
            for (var text : container.textValues()) {
                HostReferences.firstMatch(text, publicNames).ifPresent(name -> findings.add(control.finding(
                        container.task().name(), "container " + container.name() + " is configured to call " + name
                                + ", the public entry: internal calls go out through NAT and back through the load balancer; "
                                + "use <service>.<namespace>:<port> instead")));
            }
        }
        var namespace = plan.topology().namespace();
        for (var service : plan.ofType("aws:ecs/service:Service")) {
            if (service.input("serviceConnectConfiguration.services") instanceof List<?> endpoints) {
                for (var endpoint : endpoints) {
                    if (endpoint instanceof Map<?, ?> map && map.get("clientAlias") instanceof List<?> aliases) {
                        for (var alias : aliases) {
                            if (alias instanceof Map<?, ?> a && !String.valueOf(a.get("dnsName")).endsWith("." + namespace)) {
                                findings.add(control.finding(service.name(), "client alias " + a.get("dnsName")
                                        + " is outside the private namespace " + namespace));
                            }
                        }
                    }
                }
            }
        }
        return findings;
    }
}
