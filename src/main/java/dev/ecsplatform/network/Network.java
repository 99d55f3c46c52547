package dev.ecsplatform.network;

import com.pulumi.aws.ec2.DefaultSecurityGroup;
import com.pulumi.aws.ec2.DefaultSecurityGroupArgs;
import com.pulumi.aws.ec2.Eip;
import com.pulumi.aws.ec2.EipArgs;
import com.pulumi.aws.ec2.InternetGateway;
import com.pulumi.aws.ec2.InternetGatewayArgs;
import com.pulumi.aws.ec2.NatGateway;
import com.pulumi.aws.ec2.NatGatewayArgs;
import com.pulumi.aws.ec2.Route;
import com.pulumi.aws.ec2.RouteArgs;
import com.pulumi.aws.ec2.RouteTable;
import com.pulumi.aws.ec2.RouteTableArgs;
import com.pulumi.aws.ec2.RouteTableAssociation;
import com.pulumi.aws.ec2.RouteTableAssociationArgs;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.aws.ec2.VpcEndpoint;
import com.pulumi.aws.ec2.VpcEndpointArgs;
import com.pulumi.aws.vpc.SecurityGroupIngressRule;
import com.pulumi.aws.vpc.SecurityGroupIngressRuleArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import dev.ecsplatform.aws.InterfaceEndpoint;
import dev.ecsplatform.aws.Ipv4Cidr;
import dev.ecsplatform.aws.SubnetPlanner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The VPC of one environment: public and private subnets in each zone, internet gateway, NAT as
 * configured, the S3 gateway endpoint, interface endpoints, flow logs, and a default security group
 * stripped of its rules. With {@code network.existing}, a VPC the company runs instead ({@link ExistingVpc}).
 */
public final class Network extends ComponentResource {

    public static final String TYPE = "ecs-platform:network:Network";
    /** The S3 gateway endpoint is free and carries ECR image layers, so it is always there. */
    private static final String S3 = "s3";

    private final Output<String> vpcId;
    private final Output<String> vpcCidr;
    private final Output<List<String>> publicSubnetIds;
    private final Output<List<String>> privateSubnetIds;
    private final Output<List<String>> zoneNames;

    public Network(String name, NetworkArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var stack = args.stack();
        var names = stack.names();
        var settings = args.settings();
        if (settings.existing().isPresent()) {
            // A VPC the company runs: looked up and checked, never created, changed or deleted by this stack.
            var existing = ExistingVpc.build(this, name, stack, settings.existing().get());
            this.vpcId = existing.vpcId();
            this.vpcCidr = existing.vpcCidr();
            this.privateSubnetIds = existing.privateSubnetIds();
            this.publicSubnetIds = existing.publicSubnetIds();
            this.zoneNames = existing.zones();
            registerOutputs(Map.of(
                    "vpcId", vpcId,
                    "publicSubnetIds", publicSubnetIds,
                    "privateSubnetIds", privateSubnetIds,
                    "interfaceEndpointIds", existing.endpointIds()));
            return;
        }
        var plan = SubnetPlanner.plan(settings.cidr(), settings.zones().count());
        var zoneNames = ZoneChoice.resolve(this, stack.region(), settings.zones());
        this.zoneNames = zoneNames;

        var vpc = new Vpc(name + "-vpc", VpcArgs.builder()
                .cidrBlock(settings.cidr().toString())
                // Both are needed for the private DNS namespace and for interface endpoints' private DNS.
                .enableDnsSupport(true)
                .enableDnsHostnames(true)
                .tags(names.tags(name + "-vpc"))
                .build(), child().protect(stack.protect()).build());
        this.vpcId = vpc.id();
        this.vpcCidr = vpc.cidrBlock();

        // Managing the default group with no rules removes the allow-all rules AWS puts in it (EC2.2).
        new DefaultSecurityGroup(name + "-default-sg", DefaultSecurityGroupArgs.builder()
                .vpcId(vpc.id())
                .tags(names.tags(name + "-default-sg"))
                .build(), child().build());

        var internetGateway = new InternetGateway(name + "-igw", InternetGatewayArgs.builder()
                .vpcId(vpc.id())
                .tags(names.tags(name + "-igw"))
                .build(), child().build());

        var publicRouteTable = new RouteTable(name + "-public-rt", RouteTableArgs.builder()
                .vpcId(vpc.id())
                .tags(names.tags(name + "-public-rt"))
                .build(), child().build());
        new Route(name + "-public-internet-route", RouteArgs.builder()
                .routeTableId(publicRouteTable.id())
                .destinationCidrBlock("0.0.0.0/0")
                .gatewayId(internetGateway.id())
                .build(), child().build());

        var publicSubnets = new ArrayList<Subnet>();
        var privateSubnets = new ArrayList<Subnet>();
        var privateRouteTables = new ArrayList<RouteTable>();
        for (var zone : plan) {
            var az = zoneNames.applyValue(list -> list.get(zone.slot()));
            var slot = "az" + (zone.slot() + 1);
            var publicSubnet = subnet(name + "-public-" + slot, vpc, zone.publicCidr(), az, "public", args);
            var privateSubnet = subnet(name + "-private-" + slot, vpc, zone.privateCidr(), az, "private", args);
            publicSubnets.add(publicSubnet);
            privateSubnets.add(privateSubnet);
            new RouteTableAssociation(name + "-public-" + slot + "-rta", RouteTableAssociationArgs.builder()
                    .subnetId(publicSubnet.id())
                    .routeTableId(publicRouteTable.id())
                    .build(), child().build());
            // One private route table per zone, so that per-zone NAT routes stay in their zone.
            var privateRouteTable = new RouteTable(name + "-private-" + slot + "-rt", RouteTableArgs.builder()
                    .vpcId(vpc.id())
                    .tags(names.tags(name + "-private-" + slot + "-rt"))
                    .build(), child().build());
            privateRouteTables.add(privateRouteTable);
            new RouteTableAssociation(name + "-private-" + slot + "-rta", RouteTableAssociationArgs.builder()
                    .subnetId(privateSubnet.id())
                    .routeTableId(privateRouteTable.id())
                    .build(), child().build());
        }

        var natGateways = natGateways(name, args, publicSubnets, internetGateway);
        for (int i = 0; i < privateRouteTables.size() && !natGateways.isEmpty(); i++) {
            var nat = natGateways.get(Math.min(i, natGateways.size() - 1));
            new Route(name + "-private-az" + (i + 1) + "-nat-route", RouteArgs.builder()
                    .routeTableId(privateRouteTables.get(i).id())
                    .destinationCidrBlock("0.0.0.0/0")
                    .natGatewayId(nat.id())
                    .build(), child().build());
        }

        new VpcEndpoint(name + "-" + S3 + "-gateway", VpcEndpointArgs.builder()
                .vpcId(vpc.id())
                .serviceName("com.amazonaws." + stack.region() + "." + S3)
                .vpcEndpointType("Gateway")
                .routeTableIds(Output.all(privateRouteTables.stream().map(RouteTable::id).toList()))
                .tags(names.tags(name + "-" + S3 + "-gateway"))
                .build(), child().build());

        this.privateSubnetIds = Output.all(privateSubnets.stream().map(Subnet::id).toList());
        this.publicSubnetIds = Output.all(publicSubnets.stream().map(Subnet::id).toList());
        InterfaceEndpoints.create(this, name, stack, vpc.id(), vpc.cidrBlock(), privateSubnetIds, settings.endpoints());

        if (settings.flowLogs().enabled()) {
            VpcFlowLogs.create(this, name, stack, settings.flowLogs(), vpc);
        }

        registerOutputs(Map.of(
                "vpcId", vpcId,
                "publicSubnetIds", publicSubnetIds,
                "privateSubnetIds", privateSubnetIds));
    }

    public Output<String> vpcId() {
        return vpcId;
    }

    public Output<String> vpcCidr() {
        return vpcCidr;
    }

    public Output<List<String>> publicSubnetIds() {
        return publicSubnetIds;
    }

    public Output<List<String>> privateSubnetIds() {
        return privateSubnetIds;
    }

    /** The zones of the subnet slots, in slot order. */
    public Output<List<String>> availabilityZones() {
        return zoneNames;
    }

    private CustomResourceOptions.Builder child() {
        return CustomResourceOptions.builder().parent(this);
    }

    private Subnet subnet(String subnetName, Vpc vpc, Ipv4Cidr cidr, Output<String> az, String tier, NetworkArgs args) {
        var tags = args.stack().tags(subnetName);
        tags.put("tier", tier);
        return new Subnet(subnetName, SubnetArgs.builder()
                .vpcId(vpc.id())
                .cidrBlock(cidr.toString())
                .availabilityZone(az)
                // Not even public subnets hand out public IPs: only the NAT gateways and the load
                // balancer, which get theirs explicitly, face the internet (EC2.15).
                .mapPublicIpOnLaunch(false)
                .tags(tags)
                .build(), child().build());
    }

    private List<NatGateway> natGateways(String name, NetworkArgs args, List<Subnet> publicSubnets,
                                         InternetGateway internetGateway) {
        var mode = args.settings().natGateways();
        int count = switch (mode) {
            case NONE -> 0;
            case SINGLE -> 1;
            case PER_AZ -> publicSubnets.size();
        };
        var result = new ArrayList<NatGateway>();
        for (int i = 0; i < count; i++) {
            var natName = name + "-nat-az" + (i + 1);
            var eip = new Eip(natName + "-eip", EipArgs.builder()
                    .domain("vpc")
                    .tags(args.stack().tags(natName + "-eip"))
                    .build(), child().build());
            result.add(new NatGateway(natName, NatGatewayArgs.builder()
                    .allocationId(eip.id())
                    .subnetId(publicSubnets.get(i).id())
                    .connectivityType("public")
                    .tags(args.stack().tags(natName))
                    .build(), child().dependsOn(internetGateway).build()));
        }
        return result;
    }
}
