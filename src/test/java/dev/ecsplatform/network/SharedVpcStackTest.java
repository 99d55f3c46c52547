package dev.ecsplatform.network;

import dev.ecsplatform.plan.PlannedInvoke;
import dev.ecsplatform.plan.PlannedResource;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The example stack on an existing VPC (Pulumi.shared-vpc.yaml), asserted on the exact inputs the engine receives. */
class SharedVpcStackTest {

    private static final String STACK = "shared-vpc";
    private static final String VPC = "vpc-0a1b2c3d4e5f60718";
    private static final List<String> PRIVATE = List.of("subnet-0a1b2c3d4e5f60711", "subnet-0a1b2c3d4e5f60712",
            "subnet-0a1b2c3d4e5f60713");

    @Test
    void buildsNoNetworkOfItsOwn() {
        var types = StackFiles.plan(STACK).countsByType().keySet();

        assertThat(types).doesNotContain("aws:ec2/vpc:Vpc", "aws:ec2/subnet:Subnet", "aws:ec2/routeTable:RouteTable",
                "aws:ec2/route:Route", "aws:ec2/routeTableAssociation:RouteTableAssociation",
                "aws:ec2/natGateway:NatGateway", "aws:ec2/eip:Eip", "aws:ec2/internetGateway:InternetGateway",
                "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", "aws:ec2/flowLog:FlowLog");
    }

    @Test
    void readsTheNetworkThroughTheLookupsAPreviewMakes() {
        assertThat(StackFiles.plan(STACK).invokes()).extracting(PlannedInvoke::token).contains(
                "aws:ec2/getVpc:getVpc", "aws:ec2/getSubnet:getSubnet", "aws:ec2/getRouteTables:getRouteTables",
                "aws:ec2/getRouteTable:getRouteTable", "aws:ec2/getNetworkInterfaces:getNetworkInterfaces");
    }

    @Test
    void everyServiceRunsInTheLookedUpSubnetsWithGroupsOfTheLookedUpVpc() {
        var plan = StackFiles.plan(STACK);
        var services = plan.ofType("aws:ecs/service:Service");

        assertThat(services).extracting(PlannedResource::name)
                .containsExactly("ecs-platform-shared-vpc-api-service", "ecs-platform-shared-vpc-orders-service");
        for (var service : services) {
            assertThat(service.input("networkConfiguration.subnets")).as(service.name()).isEqualTo(PRIVATE);
            @SuppressWarnings("unchecked")
            var groups = (List<String>) service.input("networkConfiguration.securityGroups");
            assertThat(groups).as(service.name()).hasSize(1);
            assertThat(plan.get("aws:ec2/securityGroup:SecurityGroup", groups.get(0)).inputString("vpcId")).isEqualTo(VPC);
        }
        assertThat(plan.ofType("aws:ec2/securityGroup:SecurityGroup")).allSatisfy(group ->
                assertThat(group.inputString("vpcId")).as(group.name()).isEqualTo(VPC));
        assertThat(plan.get("aws:lb/loadBalancer:LoadBalancer", "ecs-platform-shared-vpc-alb").input("subnets"))
                .isEqualTo(List.of("subnet-0a1b2c3d4e5f60721", "subnet-0a1b2c3d4e5f60722"));
        assertThat(plan.get("aws:servicediscovery/privateDnsNamespace:PrivateDnsNamespace",
                "ecs-platform-shared-vpc-namespace").inputs()).containsEntry("vpc", VPC).containsEntry("name", "shop.internal");
    }

    @Test
    void createsTheInterfaceEndpointsTheVpcLacksInItsPrivateSubnets() {
        var plan = StackFiles.plan(STACK);

        assertThat(plan.ofType("aws:ec2/vpcEndpoint:VpcEndpoint")).extracting(PlannedResource::name).containsExactly(
                "ecs-platform-shared-vpc-endpoint-ecr-api", "ecs-platform-shared-vpc-endpoint-ecr-dkr",
                "ecs-platform-shared-vpc-endpoint-logs");
        assertThat(plan.get("aws:ec2/vpcEndpoint:VpcEndpoint", "ecs-platform-shared-vpc-endpoint-logs").inputs())
                .containsEntry("vpcId", VPC)
                .containsEntry("serviceName", "com.amazonaws.us-east-1.logs")
                .containsEntry("vpcEndpointType", "Interface")
                .containsEntry("privateDnsEnabled", true)
                .containsEntry("subnetIds", PRIVATE)
                .containsEntry("securityGroupIds", List.of("ecs-platform-shared-vpc-endpoints-sg"));
    }

    @Test
    void associatesTheNamespaceWithTheSameAccountVpcAndAuthorizesTheOtherAccountsVpc() {
        var plan = StackFiles.plan(STACK);
        var zone = plan.get("aws:servicediscovery/privateDnsNamespace:PrivateDnsNamespace", "ecs-platform-shared-vpc-namespace");

        var association = plan.get("aws:route53/zoneAssociation:ZoneAssociation",
                "ecs-platform-shared-vpc-namespace-association-vpc-0c1d2e3f4a5b60718");
        assertThat(association.inputs()).isEqualTo(Map.of("zoneId", hostedZoneOf(zone.inputString("name")),
                "vpcId", "vpc-0c1d2e3f4a5b60718", "vpcRegion", "us-east-1"));
        var authorization = plan.get("aws:route53/vpcAssociationAuthorization:VpcAssociationAuthorization",
                "ecs-platform-shared-vpc-namespace-authorization-vpc-0e1f2a3b4c5d60718");
        assertThat(authorization.inputs()).isEqualTo(Map.of("zoneId", hostedZoneOf(zone.inputString("name")),
                "vpcId", "vpc-0e1f2a3b4c5d60718", "vpcRegion", "us-east-1"));
        assertThat(plan.outputs()).containsEntry("namespaceHostedZoneId", hostedZoneOf(zone.inputString("name")));
        assertThat(StackFiles.plan("prod").outputs()).doesNotContainKey("namespaceHostedZoneId");
        assertThat(plan.ofType("aws:route53/zoneAssociation:ZoneAssociation")).hasSize(1);
        assertThat(plan.ofType("aws:route53/vpcAssociationAuthorization:VpcAssociationAuthorization")).hasSize(1);
    }

    @Test
    void controlsThatAssumeWeOwnTheVpcBecomeAdvisoriesAboutIt() {
        var findings = dev.ecsplatform.findings.Checks.run(StackFiles.plan(STACK), List.of()).findings();

        assertThat(findings).filteredOn(f -> f.resource().equals(VPC))
                .extracting(f -> f.control() + " " + f.severity())
                .containsExactlyInAnyOrder("EC2.2 ADVISORY", "EC2.6 ADVISORY", "EC2.15 ADVISORY");
        assertThat(findings).noneMatch(dev.ecsplatform.findings.Finding::blocks);
    }

    @Test
    void theReportAndTheDiagramShowTheExistingNetworkAndWhoResolvesTheNamespace() {
        var plan = StackFiles.plan(STACK);
        var diagram = dev.ecsplatform.report.TopologyDiagram.mermaid(plan);

        assertThat(diagram).contains("Existing VPC vpc-0a1b2c3d4e5f60718", "Existing network (looked up at preview)",
                "resolves shop.internal");
        assertThat(plan.topology().network().resolvers()).containsExactly(
                "the stack's VPC vpc-0a1b2c3d4e5f60718",
                "vpc-0c1d2e3f4a5b60718 (associated)",
                "vpc-0e1f2a3b4c5d60718 (account 210987654321: authorized here, pending the owner's association)");
    }

    @Test
    void theEndpointCatalogNamesTheVpcsThatResolveEachName() {
        @SuppressWarnings("unchecked")
        var endpoints = (Map<String, Map<String, Object>>) StackFiles.plan(STACK).outputs().get("endpoints");

        assertThat(endpoints.get("orders")).containsEntry("resolvableFrom",
                List.of(VPC, "vpc-0c1d2e3f4a5b60718", "vpc-0e1f2a3b4c5d60718"));
        @SuppressWarnings("unchecked")
        var dev = (Map<String, Map<String, Object>>) StackFiles.plan("dev").outputs().get("endpoints");
        assertThat(dev.get("orders")).doesNotContainKey("resolvableFrom");
    }

    /** The mock engine's hosted zone id of a namespace (PlanMocks). */
    private static String hostedZoneOf(String namespace) {
        return "Z" + Integer.toHexString(namespace.hashCode()).toUpperCase();
    }
}
