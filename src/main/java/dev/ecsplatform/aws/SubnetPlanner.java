package dev.ecsplatform.aws;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out public and private subnets from the VPC block. Pure: no Pulumi, no AWS calls.
 *
 * <p>The VPC block is cut into eight equal parts. Parts 0 to 5 are the private subnets of zone slots
 * 0 to 5 (where the tasks live, so they get the room). Part 6 is cut into eight again and its first
 * six pieces are the public subnets (load balancers and NAT gateways need few addresses). Part 7 is
 * left free for later use. Because every zone slot has a fixed place, adding a zone never moves the
 * subnets of the zones that already exist.
 */
public final class SubnetPlanner {

    public static final int MAX_ZONES = 6;
    public static final int MIN_ZONES = 2;
    /** A public subnet must stay at /27 or larger: an Application Load Balancer needs that. */
    public static final int SMALLEST_PUBLIC_PREFIX = 27;
    public static final int LARGEST_VPC_PREFIX = SMALLEST_PUBLIC_PREFIX - 6;
    /** AWS accepts VPC blocks from /16 to /28. */
    public static final int SMALLEST_VPC_PREFIX = 16;

    private SubnetPlanner() {
    }

    /** The subnets of one availability zone slot. */
    public record ZoneSubnets(int slot, Ipv4Cidr publicCidr, Ipv4Cidr privateCidr) {
    }

    /** Why a VPC block cannot hold the layout, or empty when it can. */
    public static String problemWith(Ipv4Cidr vpc) {
        if (vpc.prefix() < SMALLEST_VPC_PREFIX) {
            return "a prefix of /" + SMALLEST_VPC_PREFIX + " or longer (AWS allows VPC blocks from /16 to /28)";
        }
        if (vpc.prefix() > LARGEST_VPC_PREFIX) {
            return "a block of /" + LARGEST_VPC_PREFIX + " or larger, so that each public subnet is at least /"
                    + SMALLEST_PUBLIC_PREFIX + " (/" + vpc.prefix() + " would give /" + (vpc.prefix() + 6)
                    + " public subnets)";
        }
        return "";
    }

    public static List<ZoneSubnets> plan(Ipv4Cidr vpc, int zones) {
        var problem = problemWith(vpc);
        if (!problem.isEmpty()) {
            throw new IllegalArgumentException(vpc + ": expected " + problem);
        }
        if (zones < MIN_ZONES || zones > MAX_ZONES) {
            throw new IllegalArgumentException("zones must be from " + MIN_ZONES + " to " + MAX_ZONES + ": " + zones);
        }
        var publicArea = vpc.subnet(vpc.prefix() + 3, 6);
        var result = new ArrayList<ZoneSubnets>();
        for (int slot = 0; slot < zones; slot++) {
            result.add(new ZoneSubnets(slot, publicArea.subnet(publicArea.prefix() + 3, slot),
                    vpc.subnet(vpc.prefix() + 3, slot)));
        }
        return List.copyOf(result);
    }
}
