package dev.ecsplatform.config;

import dev.ecsplatform.aws.InterfaceEndpointNeeds;
import dev.ecsplatform.configkit.ConfigNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks {@code network.existing}. What can be known without AWS is checked here; what the VPC really
 * offers (DNS attributes, owners, zones, routes, endpoints) is checked by the lookups at preview.
 */
final class ExistingNetworkReader {

    static final Pattern VPC_ID = Pattern.compile("vpc-(?:[0-9a-f]{8}|[0-9a-f]{17})");
    static final Pattern SUBNET_ID = Pattern.compile("subnet-(?:[0-9a-f]{8}|[0-9a-f]{17})");
    /** The keys that describe a VPC the stack builds: they have no meaning for one it looks up. */
    static final List<String> BUILT_KEYS = List.of("cidr", "azCount", "availabilityZones", "natGateways", "endpoints",
            "flowLogs");
    static final int MIN_SUBNETS = 2;

    private ExistingNetworkReader() {
    }

    static ExistingNetwork read(ConfigNode node, InterfaceEndpointNeeds.Needs needs, boolean anyPublicService) {
        node.expectObject("a mapping with keys vpcId, privateSubnetIds, publicSubnetIds, endpoints");
        var vpcNode = node.field("vpcId");
        var vpcId = vpcNode.string("a VPC id such as vpc-0a1b2c3d4e5f60718").orElse("");
        if (!vpcNode.isPresent()) {
            vpcNode.problem("the id of the VPC to deploy into, such as vpc-0a1b2c3d4e5f60718");
        } else if (!vpcNode.hasProblem() && !VPC_ID.matcher(vpcId).matches()) {
            vpcNode.problem("a VPC id such as vpc-0a1b2c3d4e5f60718");
        }
        var seen = new HashSet<String>();
        var privateNode = node.field("privateSubnetIds");
        var privateIds = subnets(privateNode, seen);
        if (!privateNode.isPresent() || tooFew(privateNode)) {
            privateNode.problem("at least " + MIN_SUBNETS + " private subnet ids, in different zones, for the tasks");
        }
        var publicNode = node.field("publicSubnetIds");
        var publicIds = subnets(publicNode, seen);
        if (anyPublicService && (!publicNode.isPresent() || tooFew(publicNode))) {
            publicNode.problem("at least " + MIN_SUBNETS + " public subnet ids, in different zones, because a service is"
                    + " public and the load balancer needs them");
        } else if (!anyPublicService && publicNode.isPresent()) {
            publicNode.problem("nothing: no service is public, so no load balancer uses public subnets");
        }
        var endpointsNode = node.field("endpoints");
        var explicit = NetworkReader.readEndpoints(endpointsNode);
        node.rejectUnknownKeys();
        var required = InterfaceEndpointNeeds.needed(needs);
        return new ExistingNetwork(vpcId, privateIds, publicIds, explicit.orElse(required), explicit.isEmpty(), required);
    }

    /** Each key of a built network written beside {@code existing} is one problem at its own path. */
    static void refuseBuiltKeys(ConfigNode network) {
        for (var key : BUILT_KEYS) {
            var field = network.field(key);
            if (field.isPresent()) {
                field.problem("nothing beside network.existing: the stack looks that VPC up and builds no network"
                        + (key.equals("endpoints") ? " (interface endpoints to create go under network.existing.endpoints)"
                        : ""));
            }
        }
    }

    /** A list with fewer items than two zones need; a value that is no list was reported as such. */
    private static boolean tooFew(ConfigNode list) {
        return list.isList() && list.items("").size() < MIN_SUBNETS;
    }

    /** The namespace is created in the stack's own VPC: naming it among the associated VPCs is a mistake. */
    static void refuseOwnVpcAsAssociated(NetworkSettings network, ConfigNode namespace) {
        var own = network.existing().map(ExistingNetwork::vpcId);
        var list = namespace.field("associatedVpcs");
        if (own.isEmpty() || !list.isList()) {
            return;
        }
        for (var item : list.items("")) {
            var vpcNode = item.isObject() ? item.field("vpcId") : null;
            if (vpcNode != null && vpcNode.isString() && own.get().equals(vpcNode.string("").orElse(""))
                    && !item.field("region").isPresent() && !item.field("accountId").isPresent()) {
                vpcNode.problem("a VPC other than network.existing.vpcId: the namespace is created in that VPC, so its"
                        + " servers resolve it already");
            }
        }
    }

    private static List<String> subnets(ConfigNode list, Set<String> seen) {
        var ids = new ArrayList<String>();
        for (var item : list.items("a list of subnet ids such as subnet-0a1b2c3d4e5f60718")) {
            item.string("a subnet id such as subnet-0a1b2c3d4e5f60718").ifPresent(id -> {
                if (!SUBNET_ID.matcher(id).matches()) {
                    item.problem("a subnet id such as subnet-0a1b2c3d4e5f60718");
                } else if (!seen.add(id)) {
                    item.problem("each subnet once, either private or public");
                } else {
                    ids.add(id);
                }
            });
        }
        return ids;
    }
}
