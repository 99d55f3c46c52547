package dev.ecsplatform.config;

import dev.ecsplatform.configkit.ConfigNode;

import java.util.Map;
import java.util.Optional;

/**
 * Standalone servers in other VPCs ({@code externalClients.<name>.vpcId}): their VPC must resolve the namespace, and
 * their security groups can be named in the services' rules only where AWS allows a rule to reference a group of
 * another VPC: across a VPC peering in the same region (docs/design-decisions.md). Elsewhere they are admitted by
 * {@code cidrs}.
 */
final class ClientVpcChecks {

    private ClientVpcChecks() {
    }

    static void check(NetworkSettings network, Map<String, ConfigNode> clientNodes, Optional<String> stackRegion) {
        var own = network.existing().map(ExistingNetwork::vpcId);
        for (var entry : new java.util.TreeMap<>(clientNodes).entrySet()) {
            var node = entry.getValue();
            var vpcNode = node.field("vpcId");
            if (!vpcNode.isString()) {
                continue;
            }
            var vpcId = vpcNode.string("").orElseThrow();
            if (!ExistingNetworkReader.VPC_ID.matcher(vpcId).matches()) {
                vpcNode.problem("a VPC id such as vpc-0a1b2c3d4e5f60718");
                continue;
            }
            if (own.isPresent() && own.get().equals(vpcId)) {
                continue;
            }
            var associated = network.associatedVpcs().stream().filter(v -> v.vpcId().equals(vpcId)).findFirst();
            if (associated.isEmpty()) {
                vpcNode.problem("the stack's VPC or one of namespace.associatedVpcs: a server elsewhere cannot resolve"
                        + " the namespace's names");
                continue;
            }
            var vpc = associated.get();
            boolean otherRegion = vpc.region().isPresent() && stackRegion.isPresent()
                    && !vpc.region().get().equals(stackRegion.get());
            var groups = node.field("securityGroupIds");
            if (groups.isPresent() && (otherRegion || vpc.otherAccount())) {
                groups.problem("nothing for a server in " + vpcId + (otherRegion ? ", a VPC of another region" : ", a VPC"
                        + " of another account") + ": a rule can reference a security group of another VPC only across a"
                        + " same-region VPC peering, and a group id alone names a group of this account; admit the"
                        + " server by its cidrs");
            }
        }
    }
}
