package dev.ecsplatform.config;

import dev.ecsplatform.aws.Arn;
import dev.ecsplatform.configkit.ConfigNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and checks {@code ecs-platform:namespace}: a name ({@code dev.internal}), or a mapping with the name and the
 * other VPCs whose servers must resolve it ({@code {name, associatedVpcs}}).
 */
final class NamespaceReader {

    /** The namespace as read. */
    record Namespace(String name, List<AssociatedVpc> associatedVpcs) {
    }

    static final String FALLBACK = "internal";
    private static final String EXPECTED_NAME =
            "a private DNS name such as dev.internal (lowercase labels of letters, digits and '-', joined by dots)";
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    private NamespaceReader() {
    }

    static Namespace read(ConfigNode node, Optional<String> stackRegion) {
        if (!node.isPresent()) {
            node.problem(EXPECTED_NAME);
            return new Namespace(FALLBACK, List.of());
        }
        if (!node.isObject()) {
            return new Namespace(name(node), List.of());
        }
        var nameNode = node.field("name");
        if (!nameNode.isPresent()) {
            // Said of the whole value: a mapping without a name is most likely not meant as one.
            node.problem("a mapping with the namespace's name (name: dev.internal) and associatedVpcs, or the name alone");
        }
        var name = nameNode.isPresent() ? name(nameNode) : FALLBACK;
        var vpcs = associatedVpcs(node.field("associatedVpcs"), stackRegion);
        node.rejectUnknownKeys();
        return new Namespace(name, vpcs);
    }

    private static String name(ConfigNode node) {
        var name = node.string(EXPECTED_NAME + ", or a mapping with keys name, associatedVpcs").orElse(FALLBACK);
        if (!NameRules.isDnsName(name)) {
            node.problem(EXPECTED_NAME);
            return FALLBACK;
        }
        return name;
    }

    private static List<AssociatedVpc> associatedVpcs(ConfigNode list, Optional<String> stackRegion) {
        var result = new ArrayList<AssociatedVpc>();
        var seen = new HashSet<String>();
        for (var item : list.items("a list of VPCs, each a mapping with keys vpcId, region, accountId")) {
            if (!item.expectObject("a mapping with keys vpcId, region, accountId")) {
                continue;
            }
            var vpcNode = item.field("vpcId");
            var vpcId = vpcNode.string("a VPC id such as vpc-0a1b2c3d4e5f60718");
            if (!vpcNode.isPresent()) {
                vpcNode.problem("the id of the VPC whose servers resolve the namespace, such as vpc-0a1b2c3d4e5f60718");
            } else if (vpcId.isPresent() && !ExistingNetworkReader.VPC_ID.matcher(vpcId.get()).matches()) {
                vpcNode.problem("a VPC id such as vpc-0a1b2c3d4e5f60718");
            } else if (vpcId.isPresent() && !seen.add(vpcId.get())) {
                vpcNode.problem("each VPC once");
            }
            var region = region(item.field("region"), stackRegion);
            var accountNode = item.field("accountId");
            var account = accountNode.string("a 12-digit AWS account id")
                    .filter(id -> ACCOUNT_ID.matcher(id).matches() || refuse(accountNode, "a 12-digit AWS account id"));
            item.rejectUnknownKeys();
            vpcId.ifPresent(id -> result.add(new AssociatedVpc(id, region, account)));
        }
        if (list.isEmptyList()) {
            list.problem("at least one VPC (leave associatedVpcs out when only the stack's VPC resolves the namespace)");
        }
        return result;
    }

    /**
     * Route 53 associates a private hosted zone with VPCs of other regions, but only inside one partition
     * (docs/design-decisions.md, "Servers in other VPCs resolve the namespace").
     */
    private static Optional<String> region(ConfigNode node, Optional<String> stackRegion) {
        var region = node.string("an AWS region such as eu-west-1");
        if (region.isEmpty()) {
            return Optional.empty();
        }
        if (!NameRules.isRegion(region.get())) {
            node.problem("an AWS region such as eu-west-1");
            return Optional.empty();
        }
        if (stackRegion.isPresent() && !Arn.partitionOf(region.get()).equals(Arn.partitionOf(stackRegion.get()))) {
            node.problem("a region of the stack's partition (" + Arn.partitionOf(stackRegion.get()) + "): Route 53 associates"
                    + " a private hosted zone only with VPCs of its own partition");
            return Optional.empty();
        }
        return region;
    }

    private static boolean refuse(ConfigNode node, String expected) {
        node.problem(expected);
        return false;
    }
}
