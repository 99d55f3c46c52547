package dev.ecsplatform.findings;

import dev.ecsplatform.plan.Plan;
import dev.ecsplatform.plan.PlannedResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Security Hub EC2 controls on the VPC, subnets and security groups. */
final class Ec2Controls {

    /** Ports Security Hub EC2.19 calls high-risk when open to the world. */
    static final Set<Integer> HIGH_RISK_PORTS = Set.of(
            20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601,
            8080, 8088, 8888, 9200, 9300);

    private Ec2Controls() {
    }

    /** An ingress rule open to the world, from either rule style. */
    record WorldRule(String resource, int fromPort, int toPort) {
        boolean opensOtherThanWeb() {
            for (int port = fromPort; port <= toPort; port++) {
                if (port != 80 && port != 443) {
                    return true;
                }
            }
            return false;
        }

        List<Integer> highRisk() {
            return HIGH_RISK_PORTS.stream().filter(p -> p >= fromPort && p <= toPort).sorted().toList();
        }
    }

    static List<Control> all() {
        return List.of(
                new SimpleControl("EC2.2", "The VPC's default security group has no rules", Severity.MANDATORY, (c, plan) -> {
                    var findings = new ArrayList<Finding>();
                    var managed = plan.ofType("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup");
                    for (var group : managed) {
                        if (nonEmpty(group.input("ingress")) || nonEmpty(group.input("egress"))) {
                            findings.add(c.finding(group.name(), "the default security group carries rules"));
                        }
                    }
                    for (var vpc : plan.ofType("aws:ec2/vpc:Vpc")) {
                        if (managed.stream().noneMatch(g -> vpc.name().equals(g.inputString("vpcId")))) {
                            findings.add(c.finding(vpc.name(), "the default security group is not managed, so it keeps AWS's allow-all rules"));
                        }
                    }
                    findings.addAll(aboutExistingVpc(c, plan, "the stack does not manage the default security group of"
                            + " a VPC it does not own: check with the VPC's owner that it has no rules"));
                    return findings;
                }),
                new SimpleControl("EC2.6", "VPC flow logging is on", Severity.MANDATORY, (c, plan) -> {
                    var findings = new ArrayList<>(plan.ofType("aws:ec2/vpc:Vpc").stream()
                            .filter(vpc -> plan.ofType("aws:ec2/flowLog:FlowLog").stream().noneMatch(f -> vpc.name().equals(f.inputString("vpcId"))))
                            .map(vpc -> c.finding(vpc.name(), "no flow log records this VPC's traffic"))
                            .toList());
                    findings.addAll(aboutExistingVpc(c, plan, "flow logs of a VPC the stack does not own are its"
                            + " owner's: check with them that a flow log records this VPC's traffic"));
                    return findings;
                }),
                new SimpleControl("EC2.15", "Subnets do not assign public IPs on launch", Severity.MANDATORY, (c, plan) -> {
                    var findings = new ArrayList<>(plan.ofType("aws:ec2/subnet:Subnet").stream()
                            .filter(s -> Boolean.TRUE.equals(s.input("mapPublicIpOnLaunch")))
                            .map(s -> c.finding(s.name(), "the subnet gives every network interface a public IP"))
                            .toList());
                    findings.addAll(aboutExistingVpc(c, plan, "the lookups at preview refuse private subnets that"
                            + " assign public IPs; the public subnets are the owner's: check that they do not"));
                    return findings;
                }),
                new SimpleControl("EC2.18", "Security groups admit the world only on ports 80 and 443", Severity.MANDATORY, (c, plan) ->
                        worldRules(plan).stream().filter(WorldRule::opensOtherThanWeb)
                                .map(r -> c.finding(r.resource(), "admits 0.0.0.0/0 or ::/0 on ports " + r.fromPort() + "-" + r.toPort()))
                                .toList()),
                new SimpleControl("EC2.19", "Security groups never admit the world on high-risk ports", Severity.MANDATORY, (c, plan) ->
                        worldRules(plan).stream().filter(r -> !r.highRisk().isEmpty())
                                .map(r -> c.finding(r.resource(), "admits 0.0.0.0/0 or ::/0 on high-risk ports " + r.highRisk()))
                                .toList()));
    }

    /**
     * A control about a VPC the stack looks up instead of building (network.existing): it cannot be checked in the
     * plan and is not the stack's to fix, so it is an advisory naming the VPC.
     */
    private static List<Finding> aboutExistingVpc(SimpleControl control, Plan plan, String message) {
        return plan.topology().network().existingVpcId()
                .map(vpc -> List.of(Finding.of(control.id(), vpc, message, Severity.ADVISORY)))
                .orElse(List.of());
    }

    /** Every ingress rule open to 0.0.0.0/0 or ::/0, as separate rule resources or inline in a group. */
    static List<WorldRule> worldRules(Plan plan) {
        var rules = new ArrayList<WorldRule>();
        for (var rule : plan.ofType("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule")) {
            if ("0.0.0.0/0".equals(rule.inputString("cidrIpv4")) || "::/0".equals(rule.inputString("cidrIpv6"))) {
                rules.add(worldRule(rule.name(), rule.inputString("ipProtocol"), rule.input("fromPort"), rule.input("toPort")));
            }
        }
        for (var type : List.of("aws:ec2/securityGroup:SecurityGroup", "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup")) {
            for (var group : plan.ofType(type)) {
                rules.addAll(inlineWorldRules(group));
            }
        }
        for (var rule : plan.ofType("aws:ec2/securityGroupRule:SecurityGroupRule")) {
            if ("ingress".equals(rule.inputString("type")) && containsWorld(rule.input("cidrBlocks"), rule.input("ipv6CidrBlocks"))) {
                rules.add(worldRule(rule.name(), rule.inputString("protocol"), rule.input("fromPort"), rule.input("toPort")));
            }
        }
        return rules;
    }

    private static List<WorldRule> inlineWorldRules(PlannedResource group) {
        var rules = new ArrayList<WorldRule>();
        if (group.input("ingress") instanceof List<?> list) {
            for (var item : list) {
                if (item instanceof Map<?, ?> rule && containsWorld(rule.get("cidrBlocks"), rule.get("ipv6CidrBlocks"))) {
                    rules.add(worldRule(group.name(), String.valueOf(rule.get("protocol")), rule.get("fromPort"), rule.get("toPort")));
                }
            }
        }
        return rules;
    }

    private static WorldRule worldRule(String resource, String protocol, Object from, Object to) {
        // Protocol -1 (all) opens every port, whatever the port fields say.
        if ("-1".equals(protocol) || "all".equals(protocol) || from == null || to == null) {
            return new WorldRule(resource, 0, 65535);
        }
        int fromPort = ((Number) from).intValue();
        int toPort = ((Number) to).intValue();
        return fromPort < 0 ? new WorldRule(resource, 0, 65535) : new WorldRule(resource, fromPort, toPort);
    }

    private static boolean containsWorld(Object ipv4, Object ipv6) {
        return (ipv4 instanceof List<?> v4 && v4.contains("0.0.0.0/0")) || (ipv6 instanceof List<?> v6 && v6.contains("::/0"));
    }

    private static boolean nonEmpty(Object value) {
        return value instanceof List<?> list && !list.isEmpty();
    }
}
