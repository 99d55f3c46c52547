package dev.ecsplatform.network;

import com.pulumi.aws.ec2.Ec2Functions;
import com.pulumi.aws.ec2.inputs.GetNetworkInterfaceArgs;
import com.pulumi.aws.ec2.inputs.GetNetworkInterfacesArgs;
import com.pulumi.aws.ec2.inputs.GetNetworkInterfacesFilterArgs;
import com.pulumi.aws.ec2.inputs.GetRouteTableArgs;
import com.pulumi.aws.ec2.inputs.GetRouteTablesArgs;
import com.pulumi.aws.ec2.inputs.GetSubnetArgs;
import com.pulumi.aws.ec2.inputs.GetVpcArgs;
import com.pulumi.aws.ec2.inputs.GetVpcEndpointArgs;
import com.pulumi.aws.ec2.outputs.GetRouteTableResult;
import com.pulumi.aws.ec2.outputs.GetRouteTableRoute;
import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.ComponentResource;
import dev.ecsplatform.config.ExistingNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The read-only calls that describe an existing VPC (they run in {@code pulumi preview} and {@code up}; the offline
 * plan's mock answers them with stand-ins): the VPC, each named subnet, every route table of the VPC, and its
 * interface endpoints. Nothing here creates or changes anything.
 */
final class NetworkLookup {

    /**
     * The provider has no data source that lists a VPC's endpoints, and its single-endpoint lookup fails when none
     * matches. The endpoints' network interfaces can be listed, and EC2 describes each as
     * {@code VPC Endpoint Interface vpce-…}: the endpoint is then looked up by that id.
     */
    private static final Pattern ENDPOINT_IN_DESCRIPTION = Pattern.compile("vpce-[0-9a-f]+");

    private NetworkLookup() {
    }

    static Output<NetworkFacts> of(ComponentResource network, ExistingNetwork existing) {
        var options = InvokeOptions.builder().parent(network).build();
        var vpcId = existing.vpcId();
        var vpc = Ec2Functions.getVpc(GetVpcArgs.builder().id(vpcId).build(), options)
                .applyValue(v -> new NetworkFacts.Vpc(v.id(), v.cidrBlock(), Boolean.TRUE.equals(v.enableDnsSupport()),
                        Boolean.TRUE.equals(v.enableDnsHostnames()), v.ownerId()));
        var subnetIds = new ArrayList<>(existing.privateSubnetIds());
        subnetIds.addAll(existing.publicSubnetIds());
        var subnets = Output.all(subnetIds.stream().map(id -> Ec2Functions.getSubnet(GetSubnetArgs.builder().id(id).build(),
                options).applyValue(s -> new NetworkFacts.Subnet(s.id(), s.vpcId(), s.availabilityZone(),
                Objects.requireNonNullElse(s.availabilityZoneId(), ""), Boolean.TRUE.equals(s.mapPublicIpOnLaunch()))))
                .toList());
        var tables = Ec2Functions.getRouteTables(GetRouteTablesArgs.builder().vpcId(vpcId).build(), options)
                .applyValue(found -> found.ids().stream().sorted().toList())
                .apply(ids -> Output.all(ids.stream().map(id -> Ec2Functions.getRouteTable(GetRouteTableArgs.builder()
                        .routeTableId(id).build(), options).applyValue(NetworkLookup::routeTable)).toList()));
        var endpoints = Ec2Functions.getNetworkInterfaces(GetNetworkInterfacesArgs.builder().filters(
                        filter("vpc-id", vpcId), filter("interface-type", "vpc_endpoint")).build(), options)
                .applyValue(found -> found.ids().stream().sorted().toList())
                .apply(ids -> Output.all(ids.stream().map(id -> Ec2Functions.getNetworkInterface(
                        GetNetworkInterfaceArgs.builder().id(id).build(), options)
                        .applyValue(eni -> endpointId(eni.description()))).toList()))
                .apply(found -> Output.all(found.stream().flatMap(Optional::stream).distinct().sorted()
                        .map(id -> Ec2Functions.getVpcEndpoint(GetVpcEndpointArgs.builder().id(id).build(), options)
                                .applyValue(e -> new NetworkFacts.Endpoint(e.id(), e.serviceName(),
                                        Boolean.TRUE.equals(e.privateDnsEnabled()))))
                        .toList()));
        return Output.tuple(vpc, subnets, tables, endpoints)
                .applyValue(t -> new NetworkFacts(t.t1, t.t2, t.t3, t.t4));
    }

    private static GetNetworkInterfacesFilterArgs filter(String name, String value) {
        return GetNetworkInterfacesFilterArgs.builder().name(name).values(value).build();
    }

    static Optional<String> endpointId(String description) {
        var matcher = ENDPOINT_IN_DESCRIPTION.matcher(Objects.requireNonNullElse(description, ""));
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    private static NetworkFacts.RouteTable routeTable(GetRouteTableResult table) {
        var associations = Objects.requireNonNullElse(table.associations(), List.<com.pulumi.aws.ec2.outputs.GetRouteTableAssociation>of());
        boolean main = associations.stream().anyMatch(a -> Boolean.TRUE.equals(a.main()));
        var subnets = associations.stream().map(a -> a.subnetId()).filter(id -> id != null && !id.isEmpty()).sorted().toList();
        var routes = Objects.requireNonNullElse(table.routes(), List.<GetRouteTableRoute>of());
        var defaultTarget = routes.stream().filter(r -> "0.0.0.0/0".equals(r.cidrBlock())).findFirst()
                .flatMap(NetworkLookup::target);
        boolean gatewayEndpoint = routes.stream().anyMatch(r -> notEmpty(r.destinationPrefixListId())
                && (startsWith(r.gatewayId(), "vpce-") || startsWith(r.vpcEndpointId(), "vpce-")));
        return new NetworkFacts.RouteTable(table.routeTableId(), main, subnets, defaultTarget, gatewayEndpoint);
    }

    private static Optional<String> target(GetRouteTableRoute route) {
        return java.util.stream.Stream.of(route.natGatewayId(), route.gatewayId(), route.transitGatewayId(),
                route.networkInterfaceId(), route.instanceId()).filter(NetworkLookup::notEmpty).findFirst();
    }

    private static boolean notEmpty(String text) {
        return text != null && !text.isEmpty();
    }

    private static boolean startsWith(String text, String prefix) {
        return text != null && text.startsWith(prefix);
    }
}
