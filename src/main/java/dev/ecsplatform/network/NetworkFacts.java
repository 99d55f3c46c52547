package dev.ecsplatform.network;

import java.util.List;
import java.util.Optional;

/**
 * What the lookups found about an existing VPC: plain data, so that the checks are pure.
 *
 * @param vpc         the VPC
 * @param subnets     every subnet the stack file names, in any order
 * @param routeTables every route table of the VPC
 * @param endpoints   the VPC's interface endpoints
 */
record NetworkFacts(Vpc vpc, List<Subnet> subnets, List<RouteTable> routeTables, List<Endpoint> endpoints) {

    NetworkFacts {
        subnets = List.copyOf(subnets);
        routeTables = List.copyOf(routeTables);
        endpoints = List.copyOf(endpoints);
    }

    record Vpc(String id, String cidrBlock, boolean dnsSupport, boolean dnsHostnames, String ownerId) {
    }

    record Subnet(String id, String vpcId, String zone, String zoneId, boolean mapsPublicIp) {
    }

    /**
     * @param id            the table
     * @param main          true for the VPC's main table, which every subnet without its own association uses
     * @param subnetIds     the subnets explicitly associated with it
     * @param defaultTarget where 0.0.0.0/0 goes: an {@code igw-}, {@code nat-}, {@code tgw-}, {@code eni-} or
     *                      {@code i-} id; empty without a default route
     * @param hasGatewayEndpoint true when a prefix-list route goes to a gateway endpoint ({@code vpce-}): S3 layers
     */
    record RouteTable(String id, boolean main, List<String> subnetIds, Optional<String> defaultTarget,
                      boolean hasGatewayEndpoint) {

        RouteTable {
            subnetIds = List.copyOf(subnetIds);
        }
    }

    /**
     * @param id         the endpoint
     * @param service    its service name, e.g. {@code com.amazonaws.us-east-1.ecr.api}
     * @param privateDns whether it answers the service's public name inside the VPC
     */
    record Endpoint(String id, String service, boolean privateDns) {
    }

    Optional<Subnet> subnet(String id) {
        return subnets.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The table a subnet uses: its own association, else the main table. */
    Optional<RouteTable> routeTableOf(String subnetId) {
        return routeTables.stream().filter(t -> t.subnetIds().contains(subnetId)).findFirst()
                .or(() -> routeTables.stream().filter(RouteTable::main).findFirst());
    }
}
