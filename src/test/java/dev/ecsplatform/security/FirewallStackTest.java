package dev.ecsplatform.security;

import dev.ecsplatform.config.PlatformConfig;
import dev.ecsplatform.plan.Plan;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security group rules of the real stacks equal the declared call graph plus the external
 * clients: no more, no less. The expected set is computed here straight from the configuration,
 * not through the planner, so the test can catch the planner being wrong.
 */
class FirewallStackTest {

    /** One rule as it reaches AWS: owner group, direction, port, and peer (a group id or a block). */
    record Rule(String owner, String direction, int port, String peer) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void ingressRulesAreExactlyTheDeclaredCallers(String stack) {
        var config = StackFiles.config(stack);
        var p = "ecs-platform-" + stack;
        var expected = new HashSet<Rule>();
        for (var service : config.services().values()) {
            if (service.port().isEmpty()) {
                continue;
            }
            int port = service.port().get();
            if (service.publicEntry().isPresent()) {
                expected.add(new Rule(p + "-" + service.name() + "-sg", "in", port, p + "-alb-sg"));
            }
            // Other services' proxies reach its proxy (the TLS override port where TLS is on); the load balancer
            // and standalone servers reach the app's own port.
            int proxyPort = service.proxyPort(config.serviceConnect()).orElseThrow();
            for (var caller : config.services().values()) {
                if (caller.calls().contains(service.name())) {
                    expected.add(new Rule(p + "-" + service.name() + "-sg", "in", proxyPort, p + "-" + caller.name() + "-sg"));
                }
            }
            for (var client : config.externalClients().values()) {
                if (client.calls().contains(service.name())) {
                    client.securityGroupIds().forEach(g -> expected.add(new Rule(p + "-" + service.name() + "-sg", "in", port, g)));
                    client.cidrs().forEach(c -> expected.add(new Rule(p + "-" + service.name() + "-sg", "in", port, c)));
                }
            }
        }
        assertThat(serviceRules(StackFiles.plan(stack), p, "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "in"))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void egressRulesAreExactlyTheDeclaredCalleesPlusHttps(String stack) {
        var config = StackFiles.config(stack);
        var p = "ecs-platform-" + stack;
        var expected = new HashSet<Rule>();
        for (var service : config.services().values()) {
            var own = p + "-" + service.name() + "-sg";
            for (var callee : service.calls()) {
                expected.add(new Rule(own, "out", config.services().get(callee).proxyPort(config.serviceConnect()).orElseThrow(),
                        p + "-" + callee + "-sg"));
            }
            expected.add(new Rule(own, "out", 443, "0.0.0.0/0"));
        }
        assertThat(serviceRules(StackFiles.plan(stack), p, "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", "out"))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noServiceAdmitsTheInternetOrAnyBlockButAnExternalClients(String stack) {
        PlatformConfig config = StackFiles.config(stack);
        var allowedBlocks = config.externalClients().values().stream().flatMap(c -> c.cidrs().stream()).collect(Collectors.toSet());
        var ingress = StackFiles.plan(stack).ofType("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule");
        ingress = ingress.stream().filter(r -> !r.inputString("securityGroupId").endsWith("-alb-sg")).toList();
        assertThat(ingress).filteredOn(r -> r.input("cidrIpv4") != null && !r.inputString("securityGroupId").endsWith("endpoints-sg"))
                .allSatisfy(r -> assertThat(allowedBlocks).contains(r.inputString("cidrIpv4")));
        assertThat(ingress).noneSatisfy(r -> assertThat(r.inputString("cidrIpv4")).isEqualTo("0.0.0.0/0"));
        assertThat(ingress).allSatisfy(r -> assertThat(r.inputs()).containsEntry("ipProtocol", "tcp")
                .satisfies(inputs -> assertThat(inputs.get("fromPort")).isEqualTo(inputs.get("toPort"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceHasItsOwnGroupInTheVpcWithNoInlineRules(String stack) {
        var p = "ecs-platform-" + stack;
        var plan = StackFiles.plan(stack);
        for (var service : StackFiles.config(stack).services().keySet()) {
            var group = plan.get("aws:ec2/securityGroup:SecurityGroup", p + "-" + service + "-sg");
            assertThat(group.inputs()).containsEntry("vpcId", p + "-vpc").doesNotContainKeys("ingress", "egress");
            assertThat(plan.get("aws:ecs/service:Service", p + "-" + service + "-service").input("networkConfiguration.securityGroups"))
                    .isEqualTo(java.util.List.of(p + "-" + service + "-sg"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theLoadBalancerAdmitsOnlyWebPortsAndReachesOnlyThePublicServices(String stack) {
        var config = StackFiles.config(stack);
        var p = "ecs-platform-" + stack;
        var plan = StackFiles.plan(stack);
        var https = config.ingress().https();
        var expectedIn = new HashSet<Rule>();
        for (var cidr : config.ingress().allowedCidrs()) {
            expectedIn.add(new Rule(p + "-alb-sg", "in", 80, cidr));
            if (https) {
                expectedIn.add(new Rule(p + "-alb-sg", "in", 443, cidr));
            }
        }
        var expectedOut = new HashSet<Rule>();
        config.publicServices().forEach(s -> expectedOut.add(new Rule(p + "-alb-sg", "out", s.port().orElseThrow(),
                p + "-" + s.name() + "-sg")));
        assertThat(rulesOf(plan, "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "in", p + "-alb-sg"))
                .isEqualTo(expectedIn);
        assertThat(rulesOf(plan, "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", "out", p + "-alb-sg"))
                .isEqualTo(expectedOut);
        assertThat(expectedOut).extracting(Rule::peer).containsExactly(p + "-api-sg");
    }

    private static Set<Rule> rulesOf(Plan plan, String type, String direction, String group) {
        return plan.ofType(type).stream().filter(r -> r.inputString("securityGroupId").equals(group))
                .map(r -> new Rule(group, direction, ((Number) r.input("fromPort")).intValue(),
                        r.input("referencedSecurityGroupId") != null ? r.inputString("referencedSecurityGroupId") : r.inputString("cidrIpv4")))
                .collect(Collectors.toSet());
    }

    private static Set<Rule> serviceRules(Plan plan, String prefix, String type, String direction) {
        return plan.ofType(type).stream()
                .filter(r -> !r.inputString("securityGroupId").equals(prefix + "-endpoints-sg"))
                .filter(r -> !r.inputString("securityGroupId").equals(prefix + "-alb-sg"))
                .map(r -> new Rule(r.inputString("securityGroupId"), direction, ((Number) r.input("fromPort")).intValue(),
                        r.input("referencedSecurityGroupId") != null ? r.inputString("referencedSecurityGroupId") : r.inputString("cidrIpv4")))
                .collect(Collectors.toSet());
    }
}
