package dev.ecsplatform.network;

import com.pulumi.exceptions.ResourceException;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import dev.ecsplatform.config.PlatformConfig;
import dev.ecsplatform.naming.StackNames;
import dev.ecsplatform.plan.OfflinePlanner;
import dev.ecsplatform.plan.PlanMocks;
import dev.ecsplatform.plan.StandInNetwork;
import dev.ecsplatform.program.PlatformProgram;
import dev.ecsplatform.testing.RunErrors;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an existing VPC must offer, checked on what the lookups return (the mock engine answers them): each bad network
 * stops the run with one readable error, without a stack trace, naming the key and what is missing; nothing is built.
 */
class ExistingNetworkChecksTest {

    private static final String VPC = "vpc-0a1b2c3d4e5f60718";
    private static final String PRIVATE_A = "subnet-0a1b2c3d4e5f60711";
    private static final String PRIVATE_B = "subnet-0a1b2c3d4e5f60712";
    private static final String PUBLIC_A = "subnet-0a1b2c3d4e5f60721";
    private static final String STACK_YAML = """
            config:
              aws:region: us-east-1
              ecs-platform:protect: false
              ecs-platform:namespace: dev.internal
              ecs-platform:ingress: {allowPlainHttp: true}
              ecs-platform:acceptedFindings:
                ELB.1: {reason: a test stack without a certificate, resources: [ecs-platform-dev-http]}
              ecs-platform:network:
                existing:
                  vpcId: %s
                  privateSubnetIds: [%s, %s]
                  publicSubnetIds: [subnet-0a1b2c3d4e5f60721, subnet-0a1b2c3d4e5f60722]
                  %s
              ecs-platform:services:
                web:
                  image: nginx:1.27.3
                  port: 8080
                  public: {paths: ["/*"], healthCheckPath: /healthz, priority: 10}
            """;

    private static final StackNames NAMES = new StackNames(StackFiles.PROJECT, "dev");

    private final List<String> createdTypes = new ArrayList<>();

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    private static PlatformConfig config(String endpointsLine) {
        return StackFiles.load(STACK_YAML.formatted(VPC, PRIVATE_A, PRIVATE_B, endpointsLine));
    }

    private static StandInNetwork healthy(PlatformConfig config) {
        return StandInNetwork.of(config.network().existing().orElseThrow(), "us-east-1");
    }

    private List<Throwable> run(PlatformConfig config, StandInNetwork network) {
        var aws = new PlanMocks("us-east-1", Optional.of(network));
        var mocks = new com.pulumi.test.Mocks() {
            @Override
            public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
                createdTypes.add(args.type);
                return aws.newResourceAsync(args);
            }

            @Override
            public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
                return aws.callAsync(args);
            }
        };
        var result = PulumiTest.withMocks(mocks)
                .withOptions(TestOptions.builder().projectName(StackFiles.PROJECT).stackName("dev").preview(false).build())
                .runTest(ctx -> PlatformProgram.define(ctx, new StackNames(StackFiles.PROJECT, "dev"), config));
        return RunErrors.asReported(result.exceptions());
    }

    /** Runs a broken variant of the healthy network and returns its one error message. */
    private String oneError(UnaryOperator<StandInNetwork> breakIt) {
        return oneError("", breakIt);
    }

    private String oneError(String endpointsLine, UnaryOperator<StandInNetwork> breakIt) {
        var config = config(endpointsLine);
        var errors = run(config, breakIt.apply(healthy(config)));
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).isInstanceOf(ResourceException.class);
        assertThat(((ResourceException) errors.get(0)).isHideStack()).as("no stack trace for a network mistake").isTrue();
        assertThat(createdTypes).as("no endpoint is created in a refused network")
                .doesNotContain("aws:ec2/vpcEndpoint:VpcEndpoint");
        return errors.get(0).getMessage();
    }

    @Test
    void aHealthyNetworkPlansWithoutErrors() {
        var config = config("");
        assertThat(run(config, healthy(config))).isEmpty();
        assertThat(createdTypes).contains("aws:ecs/service:Service");
    }

    @Test
    void dnsSupportOff() {
        assertThat(oneError(n -> n.withVpc(v -> new StandInNetwork.Vpc(v.id(), v.cidrBlock(), false, true, v.ownerId()))))
                .isEqualTo("network.existing.vpcId: vpc-0a1b2c3d4e5f60718 has DNS resolution (enableDnsSupport) off; the"
                        + " private DNS namespace and interface endpoints with private DNS need both on (ask the VPC's"
                        + " owner to turn them on)");
    }

    @Test
    void dnsHostnamesOff() {
        assertThat(oneError(n -> n.withVpc(v -> new StandInNetwork.Vpc(v.id(), v.cidrBlock(), true, false, v.ownerId()))))
                .isEqualTo("network.existing.vpcId: vpc-0a1b2c3d4e5f60718 has DNS hostnames (enableDnsHostnames) off; the"
                        + " private DNS namespace and interface endpoints with private DNS need both on (ask the VPC's"
                        + " owner to turn them on)");
    }

    @Test
    void aVpcSharedFromAnotherAccount() {
        assertThat(oneError(n -> n.withVpc(v -> new StandInNetwork.Vpc(v.id(), v.cidrBlock(), true, true, "444455556666"))))
                .isEqualTo("network.existing.vpcId: vpc-0a1b2c3d4e5f60718 is owned by account 444455556666 and shared"
                        + " with this account 123456789012; Cloud Map cannot create the private DNS namespace in a VPC"
                        + " another account owns: deploy the stack in the owner's account or use a VPC of this account");
    }

    @Test
    void aSubnetOfAnotherVpc() {
        assertThat(oneError(n -> n.withSubnet(PRIVATE_B, s -> new StandInNetwork.Subnet(s.id(), "vpc-0ffffffffffffffff",
                s.zone(), s.zoneId(), false))))
                .isEqualTo("network.existing.privateSubnetIds[1]: subnet-0a1b2c3d4e5f60712 belongs to"
                        + " vpc-0ffffffffffffffff, not to vpc-0a1b2c3d4e5f60718");
    }

    @Test
    void aPrivateSubnetThatMapsPublicIps() {
        assertThat(oneError(n -> n.withSubnet(PRIVATE_A, s -> new StandInNetwork.Subnet(s.id(), s.vpcId(), s.zone(),
                s.zoneId(), true))))
                .isEqualTo("network.existing.privateSubnetIds[0]: subnet-0a1b2c3d4e5f60711 gives every network interface"
                        + " a public IP (MapPublicIpOnLaunch); a private subnet must not (Security Hub EC2.15)");
    }

    @Test
    void privateSubnetsInOneZone() {
        assertThat(oneError(n -> n.withSubnet(PRIVATE_B, s -> new StandInNetwork.Subnet(s.id(), s.vpcId(), "us-east-1a",
                "standin-az1", false))))
                .isEqualTo("network.existing.privateSubnetIds: every subnet is in us-east-1a; at least two zones are"
                        + " needed, so that a zone's outage leaves tasks running");
    }

    @Test
    void aPrivateSubnetInAZoneWhereFargateDoesNotRun() {
        var config = StackFiles.load(STACK_YAML.formatted(VPC, PRIVATE_A, PRIVATE_B, "")
                .replace("aws:region: us-east-1", "aws:region: us-west-1"));
        var network = StandInNetwork.of(config.network().existing().orElseThrow(), "us-west-1")
                .withSubnet(PRIVATE_B, s -> new StandInNetwork.Subnet(s.id(), s.vpcId(), "us-west-1b", "usw1-az2", false));
        var errors = run(config, network);
        assertThat(errors).extracting(Throwable::getMessage).containsExactly("network.existing.privateSubnetIds[1]:"
                + " subnet-0a1b2c3d4e5f60712 is in us-west-1b (usw1-az2), where Fargate does not run");
    }

    @Test
    void aPublicSubnetWithoutARouteToAnInternetGateway() {
        assertThat(oneError(n -> n.withTables(List.of(
                new StandInNetwork.Table("rtb-0private", false, List.of(PRIVATE_A, PRIVATE_B), Optional.of("nat-0a"), true),
                new StandInNetwork.Table("rtb-0public", false, List.of(PUBLIC_A, "subnet-0a1b2c3d4e5f60722"),
                        Optional.of("nat-0a"), false)))))
                .startsWith("network.existing.publicSubnetIds[0]: subnet-0a1b2c3d4e5f60721 has no default route"
                        + " (0.0.0.0/0) to an internet gateway in its route table rtb-0public, so the load balancer in it"
                        + " could not be reached from the internet\n"
                        + "network.existing.publicSubnetIds[1]: ");
    }

    @Test
    void aPrivateSubnetOnTheInternetGateway() {
        assertThat(oneError(n -> n.withTables(List.of(
                new StandInNetwork.Table("rtb-0private", false, List.of(PRIVATE_A), Optional.of("nat-0a"), true),
                new StandInNetwork.Table("rtb-0public", true, List.of(PUBLIC_A, "subnet-0a1b2c3d4e5f60722"),
                        Optional.of("igw-0a"), false)))))
                // PRIVATE_B has no table of its own: it uses the main one, which routes to the internet gateway.
                .isEqualTo("network.existing.privateSubnetIds[1]: subnet-0a1b2c3d4e5f60712 routes 0.0.0.0/0 to the"
                        + " internet gateway igw-0a (route table rtb-0public): that is a public subnet; name it under"
                        + " publicSubnetIds and give the tasks subnets that route through a NAT gateway");
    }

    private static StandInNetwork withoutNat(StandInNetwork network, boolean s3) {
        return network.withTables(List.of(
                new StandInNetwork.Table("rtb-0private", false, List.of(PRIVATE_A, PRIVATE_B), Optional.empty(), s3),
                new StandInNetwork.Table("rtb-0public", true, List.of(PUBLIC_A, "subnet-0a1b2c3d4e5f60722"),
                        Optional.of("igw-0a"), false)));
    }

    @Test
    void noNatAndNoEndpointsNamesTheMissingOnes() {
        assertThat(oneError("endpoints: []", n -> withoutNat(n, true)))
                .startsWith("network.existing.privateSubnetIds[0]: subnet-0a1b2c3d4e5f60711 has no default route to a"
                        + " NAT gateway in its route table rtb-0private and the VPC lacks the interface endpoints ecr.api,"
                        + " ecr.dkr, logs (add them to network.existing.endpoints, or leave that key out to create what"
                        + " the services need), so tasks could not pull images, write logs or read secrets\n");
    }

    @Test
    void noNatAndNoS3GatewayEndpoint() {
        assertThat(oneError(n -> withoutNat(n, false)))
                .startsWith("network.existing.privateSubnetIds[0]: subnet-0a1b2c3d4e5f60711 has no default route to a"
                        + " NAT gateway in its route table rtb-0private and the VPC lacks an S3 gateway endpoint on its"
                        + " route table (image layers come from S3), so tasks could not pull images, write logs or read"
                        + " secrets\n");
    }

    @Test
    void noNatIsFineWhenTheVpcHasTheEndpointsWithPrivateDns() {
        var config = config("endpoints: []");
        var network = withoutNat(healthy(config), true).withEndpoints(List.of(
                endpoint("vpce-0aaa", "ecr.api", true), endpoint("vpce-0bbb", "ecr.dkr", true),
                endpoint("vpce-0ccc", "logs", true)));
        assertThat(run(config, network)).isEmpty();
        assertThat(createdTypes).doesNotContain("aws:ec2/vpcEndpoint:VpcEndpoint");
    }

    @Test
    void createsOnlyTheEndpointsTheVpcLacksWithPrivateDns() {
        var config = config("");
        // logs exists with private DNS: AWS would refuse a second one. ecr.api exists without it: it does not count.
        var network = healthy(config).withEndpoints(List.of(endpoint("vpce-0aaa", "logs", true),
                endpoint("vpce-0bbb", "ecr.api", false)));
        assertThat(run(config, network)).isEmpty();
        var plan = OfflinePlanner.plan(NAMES, config, network);
        assertThat(plan.ofType("aws:ec2/vpcEndpoint:VpcEndpoint")).extracting(r -> r.inputString("serviceName"))
                .containsExactly("com.amazonaws.us-east-1.ecr.api", "com.amazonaws.us-east-1.ecr.dkr");
    }

    @Test
    void createsNoEndpointWhenToldNone() {
        var plan = OfflinePlanner.plan(NAMES, config("endpoints: []"), healthy(config("")));
        assertThat(plan.ofType("aws:ec2/vpcEndpoint:VpcEndpoint")).isEmpty();
        assertThat(plan.ofType("aws:ec2/securityGroup:SecurityGroup")).extracting(r -> r.name())
                .doesNotContain("ecs-platform-dev-endpoints-sg");
    }

    @Test
    void anAssociatedVpcNamedWithTheStacksOwnAccountIsRefusedOnce() {
        var config = StackFiles.load(STACK_YAML.formatted(VPC, PRIVATE_A, PRIVATE_B, "").replace(
                "ecs-platform:namespace: dev.internal", """
                        ecs-platform:namespace:
                            name: dev.internal
                            associatedVpcs: [{vpcId: vpc-0e1f2a3b4c5d60718, accountId: "123456789012"}]"""));
        var errors = run(config, healthy(config));

        assertThat(errors).hasSize(1);
        assertThat(((ResourceException) errors.get(0)).isHideStack()).isTrue();
        assertThat(errors.get(0)).hasMessage("namespace.associatedVpcs: vpc-0e1f2a3b4c5d60718 names accountId"
                + " 123456789012, the stack's own account; leave accountId out for a VPC of this account");
    }

    private static StandInNetwork.Endpoint endpoint(String id, String word, boolean privateDns) {
        return new StandInNetwork.Endpoint(id, "com.amazonaws.us-east-1." + word, privateDns, List.of("eni-" + id.substring(5)));
    }
}
