package dev.ecsplatform.config;

import dev.ecsplatform.aws.Ipv4Cidr;
import dev.ecsplatform.configkit.ConfigNode;

import java.util.TreeSet;
import java.util.regex.Pattern;

/** Reads and checks one entry of {@code ecs-platform:externalClients}. */
final class ExternalClientReader {

    private static final Pattern SECURITY_GROUP = Pattern.compile("sg-(?:[0-9a-f]{8}|[0-9a-f]{17})");

    private ExternalClientReader() {
    }

    static ExternalClientSettings read(String name, ConfigNode node) {
        var groups = new TreeSet<String>();
        var groupsNode = node.field("securityGroupIds");
        for (var item : groupsNode.items("a list of security group ids")) {
            item.string("a security group id such as sg-0123456789abcdef0").ifPresent(id -> {
                if (!SECURITY_GROUP.matcher(id).matches()) {
                    item.problem("a security group id such as sg-0123456789abcdef0");
                } else if (!groups.add(id)) {
                    item.problem("each security group once");
                }
            });
        }
        requireItems(groupsNode, "at least one security group id (leave securityGroupIds out when cidrs admit the server)");
        var cidrs = new TreeSet<String>();
        var cidrsNode = node.field("cidrs");
        for (var item : cidrsNode.items("a list of IPv4 CIDR blocks")) {
            item.string("an IPv4 CIDR block inside the VPC's private address space").ifPresent(text -> readCidr(item, text, cidrs));
        }
        requireItems(cidrsNode, "at least one block (leave cidrs out when securityGroupIds admit the server)");
        if (!groupsNode.isPresent() && !cidrsNode.isPresent()) {
            node.problem("securityGroupIds and/or cidrs, so the services know whom to admit");
        }
        var calls = new TreeSet<String>();
        var callsNode = node.field("calls");
        for (var item : callsNode.items("a list of service names")) {
            item.string("a service name").ifPresent(callee -> {
                if (!calls.add(callee)) {
                    item.problem("each service once");
                }
            });
        }
        if (!callsNode.isPresent() || callsNode.isEmptyList()) {
            callsNode.problem("at least one service this client calls");
        }
        // Where the server runs, when not in the stack's VPC: checked against namespace.associatedVpcs by
        // ClientVpcChecks once the network is read.
        node.field("vpcId").string("a VPC id such as vpc-0a1b2c3d4e5f60718");
        node.rejectUnknownKeys();
        return new ExternalClientSettings(name, groups, cidrs, calls);
    }

    /** An empty list would leave the server admitted nowhere while it still gets DNS records: refused. */
    private static void requireItems(ConfigNode list, String expected) {
        if (list.isEmptyList()) {
            list.problem(expected);
        }
    }

    private static void readCidr(ConfigNode item, String text, TreeSet<String> cidrs) {
        var parsed = Ipv4Cidr.parse(text);
        if (parsed.cidr().isEmpty()) {
            item.problem("an IPv4 CIDR block such as 10.10.64.0/24 (" + parsed.error() + ")",
                    parsed.suggestion().map(s -> "did you mean \"" + s + "\"?").orElse(""));
            return;
        }
        var cidr = parsed.cidr().get();
        if (NetworkReader.PRIVATE_RANGES.stream().noneMatch(range -> range.contains(cidr)) || cidr.prefix() < 8) {
            item.problem("a block inside a private range (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10): "
                    + "services never admit the internet");
            return;
        }
        if (!cidrs.add(cidr.toString())) {
            item.problem("each block once");
        }
    }
}
