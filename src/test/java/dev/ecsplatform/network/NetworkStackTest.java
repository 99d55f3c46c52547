package dev.ecsplatform.network;

import dev.ecsplatform.plan.Plan;
import dev.ecsplatform.plan.PlannedResource;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The network of the real dev and prod stacks, asserted on the exact inputs the engine receives. */
class NetworkStackTest {

    private static final String SUBNET = "aws:ec2/subnet:Subnet";
    private static final String NAT = "aws:ec2/natGateway:NatGateway";
    private static final String ROUTE = "aws:ec2/route:Route";
    private static final String ENDPOINT = "aws:ec2/vpcEndpoint:VpcEndpoint";

    @Test
    void devHasTwoZonesAndOneNat() {
        var plan = StackFiles.plan("dev");
        assertThat(subnets(plan, "public")).containsExactly(
                List.of("ecs-platform-dev-public-az1", "10.10.192.0/22", "us-east-1a"),
                List.of("ecs-platform-dev-public-az2", "10.10.196.0/22", "us-east-1b"));
        assertThat(subnets(plan, "private")).containsExactly(
                List.of("ecs-platform-dev-private-az1", "10.10.0.0/19", "us-east-1a"),
                List.of("ecs-platform-dev-private-az2", "10.10.32.0/19", "us-east-1b"));
        assertThat(plan.ofType(NAT)).extracting(PlannedResource::name).containsExactly("ecs-platform-dev-nat-az1");
        assertThat(plan.get(NAT, "ecs-platform-dev-nat-az1").inputs())
                .containsEntry("subnetId", "ecs-platform-dev-public-az1")
                .containsEntry("allocationId", "ecs-platform-dev-nat-az1-eip")
                .containsEntry("connectivityType", "public");
        // With one NAT, both zones' private routes go through it.
        assertThat(natRoutes(plan)).isEqualTo(Map.of(
                "ecs-platform-dev-private-az1-rt", "ecs-platform-dev-nat-az1",
                "ecs-platform-dev-private-az2-rt", "ecs-platform-dev-nat-az1"));
    }

    @Test
    void prodHasThreeZonesAndANatInEach() {
        var plan = StackFiles.plan("prod");
        assertThat(subnets(plan, "public")).hasSize(3);
        assertThat(subnets(plan, "private")).containsExactly(
                List.of("ecs-platform-prod-private-az1", "10.20.0.0/19", "us-east-1a"),
                List.of("ecs-platform-prod-private-az2", "10.20.32.0/19", "us-east-1b"),
                List.of("ecs-platform-prod-private-az3", "10.20.64.0/19", "us-east-1c"));
        assertThat(plan.ofType(NAT)).hasSize(3);
        for (int az = 1; az <= 3; az++) {
            assertThat(plan.get(NAT, "ecs-platform-prod-nat-az" + az).inputs())
                    .containsEntry("subnetId", "ecs-platform-prod-public-az" + az);
        }
        assertThat(natRoutes(plan)).isEqualTo(Map.of(
                "ecs-platform-prod-private-az1-rt", "ecs-platform-prod-nat-az1",
                "ecs-platform-prod-private-az2-rt", "ecs-platform-prod-nat-az2",
                "ecs-platform-prod-private-az3-rt", "ecs-platform-prod-nat-az3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void vpcHasBothDnsFlagsAndProtectionFollowsConfig(String stack) {
        var plan = StackFiles.plan(stack);
        var vpc = plan.get("aws:ec2/vpc:Vpc", "ecs-platform-" + stack + "-vpc");
        assertThat(vpc.inputs())
                .containsEntry("enableDnsSupport", true)
                .containsEntry("enableDnsHostnames", true)
                .containsEntry("cidrBlock", stack.equals("dev") ? "10.10.0.0/16" : "10.20.0.0/16");
        assertThat(vpc.protect()).isEqualTo(stack.equals("prod"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noSubnetMapsPublicIps(String stack) {
        assertThat(StackFiles.plan(stack).ofType(SUBNET))
                .allSatisfy(subnet -> assertThat(subnet.inputs()).containsEntry("mapPublicIpOnLaunch", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void publicSubnetsRouteToTheInternetGatewayOnly(String stack) {
        var plan = StackFiles.plan(stack);
        var p = "ecs-platform-" + stack;
        assertThat(plan.get(ROUTE, p + "-public-internet-route").inputs()).isEqualTo(Map.of(
                "routeTableId", p + "-public-rt",
                "destinationCidrBlock", "0.0.0.0/0",
                "gatewayId", p + "-igw"));
        var associations = plan.ofType("aws:ec2/routeTableAssociation:RouteTableAssociation");
        assertThat(associations).filteredOn(a -> a.inputString("subnetId").contains("-public-"))
                .allSatisfy(a -> assertThat(a.inputs()).containsEntry("routeTableId", p + "-public-rt"));
        assertThat(associations).filteredOn(a -> a.inputString("subnetId").contains("-private-"))
                .allSatisfy(a -> assertThat(a.inputString("routeTableId"))
                        .isEqualTo(a.inputString("subnetId") + "-rt"));
    }

    @Test
    void devKeepsOnlyTheLogsEndpointItAskedFor() {
        assertThat(interfaceEndpoints(StackFiles.plan("dev"))).extracting(e -> e.inputString("serviceName"))
                .containsExactly("com.amazonaws.us-east-1.logs");
    }

    @Test
    void prodDerivesEndpointsFromWhatItsServicesUse() {
        // Secrets Manager and SSM because services read secrets from both; no ssmmessages: no ECS Exec in prod.
        assertThat(interfaceEndpoints(StackFiles.plan("prod"))).extracting(e -> e.inputString("serviceName"))
                .containsExactlyInAnyOrder("com.amazonaws.us-east-1.ecr.api", "com.amazonaws.us-east-1.ecr.dkr",
                        "com.amazonaws.us-east-1.logs", "com.amazonaws.us-east-1.secretsmanager",
                        "com.amazonaws.us-east-1.ssm");
    }

    private static List<PlannedResource> interfaceEndpoints(Plan plan) {
        return plan.ofType(ENDPOINT).stream().filter(e -> "Interface".equals(e.inputString("vpcEndpointType"))).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void interfaceEndpointsSitInThePrivateSubnetsBehindTheEndpointGroup(String stack) {
        var plan = StackFiles.plan(stack);
        var p = "ecs-platform-" + stack;
        var privateSubnets = plan.outputs().get("privateSubnetIds");
        var interfaces = interfaceEndpoints(plan);
        assertThat(interfaces).isNotEmpty();
        assertThat(interfaces).allSatisfy(endpoint -> assertThat(endpoint.inputs())
                .containsEntry("privateDnsEnabled", true)
                .containsEntry("subnetIds", privateSubnets)
                .containsEntry("securityGroupIds", List.of(p + "-endpoints-sg"))
                .containsEntry("vpcId", p + "-vpc"));
        var s3 = plan.get(ENDPOINT, p + "-s3-gateway").inputs();
        assertThat(s3).containsEntry("vpcEndpointType", "Gateway")
                .containsEntry("serviceName", "com.amazonaws.us-east-1.s3");
        assertThat((List<?>) s3.get("routeTableIds")).hasSize(stack.equals("dev") ? 2 : 3)
                .allSatisfy(id -> assertThat((String) id).matches(p + "-private-az\\d-rt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void endpointSecurityGroupAdmitsHttpsFromTheVpcOnly(String stack) {
        var plan = StackFiles.plan(stack);
        var p = "ecs-platform-" + stack;
        var group = plan.get("aws:ec2/securityGroup:SecurityGroup", p + "-endpoints-sg").inputs();
        assertThat(group).doesNotContainKeys("ingress", "egress");
        var rules = plan.ofType("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule").stream()
                .filter(r -> r.inputString("securityGroupId").equals(p + "-endpoints-sg")).toList();
        assertThat(rules).hasSize(1);
        assertThat(rules.get(0).inputs()).containsEntry("ipProtocol", "tcp").containsEntry("fromPort", 443.0)
                .containsEntry("toPort", 443.0).containsEntry("cidrIpv4", stack.equals("dev") ? "10.10.0.0/16" : "10.20.0.0/16")
                .doesNotContainKey("referencedSecurityGroupId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void defaultSecurityGroupIsManagedWithNoRules(String stack) {
        var group = StackFiles.plan(stack).get("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup",
                "ecs-platform-" + stack + "-default-sg");
        assertThat(group.inputs()).containsEntry("vpcId", "ecs-platform-" + stack + "-vpc")
                .doesNotContainKeys("ingress", "egress");
    }

    @Test
    void flowLogsGoToARetainedLogGroupThroughAScopedRole() {
        var plan = StackFiles.plan("prod");
        var p = "ecs-platform-prod";
        assertThat(plan.get("aws:cloudwatch/logGroup:LogGroup", p + "-flow-logs").inputs())
                .containsEntry("name", "/ecs-platform/prod/vpc-flow-logs")
                .containsEntry("retentionInDays", 365.0);
        var logGroupArn = "arn:aws:logs:us-east-1:123456789012:log-group:" + p + "-flow-logs";
        assertThat(plan.get("aws:ec2/flowLog:FlowLog", p + "-flow-log").inputs())
                .containsEntry("vpcId", p + "-vpc")
                .containsEntry("trafficType", "ALL")
                .containsEntry("logDestinationType", "cloud-watch-logs")
                .containsEntry("logDestination", logGroupArn)
                .containsEntry("iamRoleArn", "arn:aws:iam::123456789012:role/" + p + "-flow-logs-role");
        assertThat(plan.get("aws:ec2/flowLog:FlowLog", p + "-flow-log").dependsOn()).containsExactly(
                "urn:pulumi:prod::ecs-platform::pulumi:pulumi:Stack$ecs-platform:network:Network"
                        + "$aws:iam/rolePolicy:RolePolicy::" + p + "-flow-logs-write");
        assertThat(plan.get("aws:iam/role:Role", p + "-flow-logs-role").inputString("assumeRolePolicy")).isEqualTo(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"FlowLogsAssume\",\"Effect\":\"Allow\","
                        + "\"Principal\":{\"Service\":\"vpc-flow-logs.amazonaws.com\"},\"Action\":\"sts:AssumeRole\","
                        + "\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"}}}]}");
        assertThat(plan.get("aws:iam/rolePolicy:RolePolicy", p + "-flow-logs-write").inputString("policy")).isEqualTo(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"WriteFlowLogs\",\"Effect\":\"Allow\","
                        + "\"Action\":[\"logs:CreateLogStream\",\"logs:PutLogEvents\",\"logs:DescribeLogStreams\"],"
                        + "\"Resource\":[\"" + logGroupArn + "\",\"" + logGroupArn + ":*\"]}]}");
        assertThat(StackFiles.plan("dev").get("aws:ec2/flowLog:FlowLog", "ecs-platform-dev-flow-log").inputs())
                .containsEntry("trafficType", "REJECT");
        assertThat(StackFiles.plan("dev").get("aws:cloudwatch/logGroup:LogGroup", "ecs-platform-dev-flow-logs").inputs())
                .containsEntry("retentionInDays", 30.0);
    }

    @Test
    void disabledFlowLogsCreateNoLogGroupRoleOrFlowLog() {
        var plan = StackFiles.planYaml("lab", """
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: internal.lab
                  ecs-platform:network:
                    flowLogs: {enabled: false}
                """);
        assertThat(plan.ofType("aws:ec2/flowLog:FlowLog")).isEmpty();
        assertThat(plan.named("ecs-platform-lab-flow-logs-role")).isEmpty();
    }

    @Test
    void withoutNatThereAreNoNatGatewaysNorDefaultRoutes() {
        var plan = StackFiles.planYaml("lab", """
                config:
                  aws:region: eu-west-1
                  ecs-platform:namespace: internal.lab
                  ecs-platform:network:
                    natGateways: none
                    availabilityZones: [eu-west-1b, eu-west-1a]
                    endpoints: [ecr.api, ecr.dkr, logs, sts]
                """);
        assertThat(plan.ofType(NAT)).isEmpty();
        assertThat(plan.ofType("aws:ec2/eip:Eip")).isEmpty();
        assertThat(natRoutes(plan)).isEmpty();
        assertThat(subnets(plan, "private")).extracting(s -> s.get(2)).containsExactly("eu-west-1a", "eu-west-1b");
        assertThat(plan.ofType(ENDPOINT)).extracting(e -> e.inputString("serviceName")).containsExactlyInAnyOrder(
                "com.amazonaws.eu-west-1.s3", "com.amazonaws.eu-west-1.ecr.api", "com.amazonaws.eu-west-1.ecr.dkr",
                "com.amazonaws.eu-west-1.logs", "com.amazonaws.eu-west-1.sts");
    }

    /** [name, cidr, zone] of the subnets of one tier, by name. */
    private static List<List<String>> subnets(Plan plan, String tier) {
        return plan.ofType(SUBNET).stream()
                .filter(s -> tier.equals(s.inputString("tags.tier")))
                .map(s -> List.of(s.name(), s.inputString("cidrBlock"), s.inputString("availabilityZone")))
                .sorted((a, b) -> a.get(0).compareTo(b.get(0)))
                .toList();
    }

    /** Private route table to the NAT gateway its default route uses. */
    private static Map<String, String> natRoutes(Plan plan) {
        return plan.ofType(ROUTE).stream()
                .filter(r -> r.input("natGatewayId") != null)
                .peek(r -> assertThat(r.inputString("destinationCidrBlock")).isEqualTo("0.0.0.0/0"))
                .collect(java.util.stream.Collectors.toMap(r -> r.inputString("routeTableId"), r -> r.inputString("natGatewayId")));
    }
}
