package dev.ecsplatform.plan;

import dev.ecsplatform.config.ExistingNetwork;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What the offline plan's mock answers when the program looks up an existing VPC ({@code network.existing}): a
 * network that offers what the stack needs, spelled with the ids the stack file names. It stands in for the
 * company's VPC, whose real attributes only {@code pulumi preview} can read. Tests derive faulty networks from it.
 *
 * @param vpc       the VPC
 * @param subnets   the subnets the stack file names
 * @param tables    the VPC's route tables
 * @param endpoints the VPC's interface endpoints
 */
public record StandInNetwork(Vpc vpc, List<Subnet> subnets, List<Table> tables, List<Endpoint> endpoints) {

    public StandInNetwork {
        subnets = List.copyOf(subnets);
        tables = List.copyOf(tables);
        endpoints = List.copyOf(endpoints);
    }

    public record Vpc(String id, String cidrBlock, boolean dnsSupport, boolean dnsHostnames, String ownerId) {
    }

    public record Subnet(String id, String vpcId, String zone, String zoneId, boolean mapsPublicIp) {
    }

    /** A route table; {@code defaultTarget} is where 0.0.0.0/0 goes ({@code igw-…}, {@code nat-…}), or empty. */
    public record Table(String id, boolean main, List<String> subnetIds, Optional<String> defaultTarget,
                        boolean s3GatewayEndpoint) {
    }

    public record Endpoint(String id, String serviceName, boolean privateDns, List<String> networkInterfaceIds) {
    }

    private static final String STAND_IN_CIDR = "10.0.0.0/16";

    /** A healthy network with the stack file's ids: private subnets behind a NAT gateway, public ones on an internet gateway. */
    public static StandInNetwork of(ExistingNetwork existing, String region) {
        return of(existing, region, PlanMocks.ACCOUNT_ID);
    }

    /** As {@link #of(ExistingNetwork, String)}, owned by {@code account}, the account the offline plan deploys to. */
    public static StandInNetwork of(ExistingNetwork existing, String region, String account) {
        var subnets = new ArrayList<Subnet>();
        for (int i = 0; i < existing.privateSubnetIds().size(); i++) {
            subnets.add(subnet(existing.privateSubnetIds().get(i), existing.vpcId(), region, i));
        }
        for (int i = 0; i < existing.publicSubnetIds().size(); i++) {
            subnets.add(subnet(existing.publicSubnetIds().get(i), existing.vpcId(), region, i));
        }
        var tables = new ArrayList<Table>();
        tables.add(new Table("rtb-0standin0private", false, existing.privateSubnetIds(), Optional.of("nat-0standin0nat"),
                true));
        tables.add(new Table("rtb-0standin0public", true, existing.publicSubnetIds(), Optional.of("igw-0standin0igw"),
                false));
        return new StandInNetwork(new Vpc(existing.vpcId(), STAND_IN_CIDR, true, true, account), subnets,
                tables, List.of());
    }

    private static Subnet subnet(String id, String vpcId, String region, int slot) {
        var letter = (char) ('a' + slot % 3);
        return new Subnet(id, vpcId, region + letter, "standin-az" + (slot % 3 + 1), false);
    }

    public StandInNetwork withVpc(UnaryOperator<Vpc> change) {
        return new StandInNetwork(change.apply(vpc), subnets, tables, endpoints);
    }

    public StandInNetwork withSubnet(String id, UnaryOperator<Subnet> change) {
        return new StandInNetwork(vpc, subnets.stream().map(s -> s.id().equals(id) ? change.apply(s) : s).toList(),
                tables, endpoints);
    }

    public StandInNetwork withTables(List<Table> replaced) {
        return new StandInNetwork(vpc, subnets, replaced, endpoints);
    }

    public StandInNetwork withEndpoints(List<Endpoint> replaced) {
        return new StandInNetwork(vpc, subnets, tables, replaced);
    }

    /** The answer to one of the lookups, or empty for any other function. */
    Optional<Map<String, Object>> answer(String token, Map<String, Object> args) {
        return switch (token) {
            case "aws:ec2/getVpc:getVpc" -> Optional.of(vpcAnswer());
            case "aws:ec2/getSubnet:getSubnet" -> subnets.stream().filter(s -> s.id().equals(args.get("id")))
                    .findFirst().map(StandInNetwork::subnetAnswer);
            case "aws:ec2/getRouteTables:getRouteTables" -> Optional.of(Map.of("id", vpc.id(), "tags", Map.of(),
                    "ids", tables.stream().map(Table::id).toList()));
            case "aws:ec2/getRouteTable:getRouteTable" -> tables.stream()
                    .filter(t -> t.id().equals(args.get("routeTableId"))).findFirst().map(this::tableAnswer);
            case "aws:ec2/getNetworkInterfaces:getNetworkInterfaces" -> Optional.of(Map.of("id", vpc.id(), "tags", Map.of(),
                    "ids", endpoints.stream().flatMap(e -> e.networkInterfaceIds().stream()).toList()));
            case "aws:ec2/getNetworkInterface:getNetworkInterface" -> endpoints.stream()
                    .filter(e -> e.networkInterfaceIds().contains(args.get("id"))).findFirst()
                    .map(e -> interfaceAnswer(String.valueOf(args.get("id")), e));
            case "aws:ec2/getVpcEndpoint:getVpcEndpoint" -> endpoints.stream()
                    .filter(e -> e.id().equals(args.get("id"))).findFirst().map(this::endpointAnswer);
            default -> Optional.empty();
        };
    }

    private Map<String, Object> vpcAnswer() {
        var answer = strings("arn", "dhcpOptionsId", "instanceTenancy", "ipv6AssociationId", "ipv6CidrBlock");
        answer.putAll(Map.of("id", vpc.id(), "cidrBlock", vpc.cidrBlock(), "enableDnsSupport", vpc.dnsSupport(),
                "enableDnsHostnames", vpc.dnsHostnames(), "ownerId", vpc.ownerId(), "state", "available",
                "mainRouteTableId", tables.stream().filter(Table::main).map(Table::id).findFirst().orElse(""),
                "default", false, "enableNetworkAddressUsageMetrics", false, "tags", Map.of()));
        answer.put("cidrBlockAssociations", List.of());
        return answer;
    }

    private static Map<String, Object> subnetAnswer(Subnet subnet) {
        var answer = strings("arn", "cidrBlock", "customerOwnedIpv4Pool", "ipv6CidrBlock", "ipv6CidrBlockAssociationId",
                "outpostArn", "ownerId", "privateDnsHostnameTypeOnLaunch");
        answer.putAll(Map.of("id", subnet.id(), "vpcId", subnet.vpcId(), "availabilityZone", subnet.zone(),
                "availabilityZoneId", subnet.zoneId(), "mapPublicIpOnLaunch", subnet.mapsPublicIp(),
                "state", "available", "availableIpAddressCount", 250, "enableLniAtDeviceIndex", 0, "tags", Map.of()));
        for (var flag : List.of("assignIpv6AddressOnCreation", "defaultForAz", "enableDns64",
                "enableResourceNameDnsARecordOnLaunch", "enableResourceNameDnsAaaaRecordOnLaunch", "ipv6Native",
                "mapCustomerOwnedIpOnLaunch")) {
            answer.put(flag, false);
        }
        return answer;
    }

    private Map<String, Object> tableAnswer(Table table) {
        var associations = new ArrayList<Object>();
        if (table.main()) {
            associations.add(association(table, "", true));
        }
        table.subnetIds().forEach(subnet -> associations.add(association(table, subnet, false)));
        var routes = new ArrayList<Object>();
        table.defaultTarget().ifPresent(target -> routes.add(route("0.0.0.0/0", "", target)));
        if (table.s3GatewayEndpoint()) {
            routes.add(route("", "pl-63a5400a", "vpce-0standin0s3"));
        }
        var answer = strings("arn", "gatewayId", "subnetId");
        answer.putAll(Map.of("id", table.id(), "routeTableId", table.id(), "vpcId", vpc.id(), "ownerId", vpc.ownerId(),
                "associations", associations, "routes", routes, "tags", Map.of()));
        return answer;
    }

    private static Map<String, Object> association(Table table, String subnet, boolean main) {
        var answer = strings("gatewayId");
        answer.putAll(Map.of("main", main, "routeTableAssociationId", "rtbassoc-" + table.id() + subnet,
                "routeTableId", table.id(), "subnetId", subnet));
        return answer;
    }

    private static Map<String, Object> route(String cidr, String prefixList, String target) {
        var answer = strings("carrierGatewayId", "coreNetworkArn", "egressOnlyGatewayId", "gatewayId", "instanceId",
                "ipv6CidrBlock", "localGatewayId", "natGatewayId", "networkInterfaceId", "transitGatewayId",
                "vpcEndpointId", "vpcPeeringConnectionId");
        answer.put("cidrBlock", cidr);
        answer.put("destinationPrefixListId", prefixList);
        answer.put(target.startsWith("nat-") ? "natGatewayId" : target.startsWith("tgw-") ? "transitGatewayId"
                : "gatewayId", target);
        return answer;
    }

    private Map<String, Object> interfaceAnswer(String id, Endpoint endpoint) {
        var answer = strings("arn", "availabilityZone", "macAddress", "outpostArn", "privateDnsName", "privateIp",
                "requesterId", "subnetId");
        answer.putAll(Map.of("id", id, "vpcId", vpc.id(), "ownerId", vpc.ownerId(), "interfaceType", "vpc_endpoint",
                "description", "VPC Endpoint Interface " + endpoint.id(), "tags", Map.of()));
        for (var list : List.of("associations", "attachments", "ipv6Addresses", "privateIps", "securityGroups")) {
            answer.put(list, List.of());
        }
        return answer;
    }

    private Map<String, Object> endpointAnswer(Endpoint endpoint) {
        var answer = strings("arn", "ipAddressType", "policy", "prefixListId");
        answer.putAll(Map.of("id", endpoint.id(), "serviceName", endpoint.serviceName(), "privateDnsEnabled",
                endpoint.privateDns(), "vpcId", vpc.id(), "ownerId", vpc.ownerId(), "state", "available",
                "vpcEndpointType", "Interface", "requesterManaged", false, "tags", Map.of(),
                "networkInterfaceIds", endpoint.networkInterfaceIds()));
        for (var list : List.of("cidrBlocks", "dnsEntries", "dnsOptions", "routeTableIds", "securityGroupIds", "subnetIds")) {
            answer.put(list, List.of());
        }
        return answer;
    }

    private static Map<String, Object> strings(String... keys) {
        var answer = new HashMap<String, Object>();
        for (var key : keys) {
            answer.put(key, "");
        }
        return answer;
    }
}
