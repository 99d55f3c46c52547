package dev.ecsplatform.config;

import dev.ecsplatform.testing.ConfigProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad network.existing and namespace.associatedVpcs: each yields exactly the problems named, at their key paths. */
class InvalidNetworkConfigTest {

    record Case(String name, String yaml, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String SUBNETS = "privateSubnetIds: [subnet-0a1b2c3d4e5f60711, subnet-0a1b2c3d4e5f60712]";
    private static final String SERVICES = """
              ecs-platform:services:
                orders: {image: "nginx:1.27.3", port: 8080}
            """;
    private static final String PUBLIC_SERVICES = """
              ecs-platform:ingress: {allowPlainHttp: true}
              ecs-platform:services:
                orders: {image: "nginx:1.27.3", port: 8080, public: {paths: ["/*"], priority: 1}}
            """;

    static Stream<Case> cases() {
        return Stream.of(
                new Case("existing beside the keys of a built network", """
                          ecs-platform:namespace: dev.internal
                          ecs-platform:network:
                            cidr: 10.0.0.0/16
                            natGateways: single
                            endpoints: [logs]
                            existing: {vpcId: vpc-0a1b2c3d4e5f60718, %s}
                        """.formatted(SUBNETS) + SERVICES, List.of(
                        "ecs-platform:network.cidr: got \"10.0.0.0/16\"; expected nothing beside network.existing: the stack looks that VPC up and builds no network",
                        "ecs-platform:network.endpoints: got [\"logs\"]; expected nothing beside network.existing: the stack looks that VPC up and builds no network (interface endpoints to create go under network.existing.endpoints)",
                        "ecs-platform:network.natGateways: got \"single\"; expected nothing beside network.existing: the stack looks that VPC up and builds no network")),
                new Case("no vpcId", """
                          ecs-platform:namespace: dev.internal
                          ecs-platform:network:
                            existing: {%s}
                        """.formatted(SUBNETS) + SERVICES, List.of(
                        "ecs-platform:network.existing.vpcId: got nothing; expected the id of the VPC to deploy into, such as vpc-0a1b2c3d4e5f60718")),
                new Case("a vpcId that is no VPC id", """
                          ecs-platform:namespace: dev.internal
                          ecs-platform:network:
                            existing: {vpcId: vpc-12, %s}
                        """.formatted(SUBNETS) + SERVICES, List.of(
                        "ecs-platform:network.existing.vpcId: got \"vpc-12\"; expected a VPC id such as vpc-0a1b2c3d4e5f60718")),
                new Case("one private subnet", """
                          ecs-platform:namespace: dev.internal
                          ecs-platform:network:
                            existing: {vpcId: vpc-0a1b2c3d4e5f60718, privateSubnetIds: [subnet-0a1b2c3d4e5f60711]}
                        """ + SERVICES, List.of(
                        "ecs-platform:network.existing.privateSubnetIds: got [\"subnet-0a1b2c3d4e5f60711\"]; expected at least 2 private subnet ids, in different zones, for the tasks")),
                new Case("a subnet named twice, once as public", """
                          ecs-platform:namespace: dev.internal
                          ecs-platform:network:
                            existing:
                              vpcId: vpc-0a1b2c3d4e5f60718
                              %s
                              publicSubnetIds: [subnet-0a1b2c3d4e5f60711, subnet-0a1b2c3d4e5f60721]
                        """.formatted(SUBNETS) + PUBLIC_SERVICES, List.of(
                        "ecs-platform:network.existing.publicSubnetIds[0]: got \"subnet-0a1b2c3d4e5f60711\"; expected each subnet once, either private or public")),
                new Case("a public service without public subnets", """
                          ecs-platform:namespace: dev.internal
                          ecs-platform:network:
                            existing: {vpcId: vpc-0a1b2c3d4e5f60718, %s}
                        """.formatted(SUBNETS) + PUBLIC_SERVICES, List.of(
                        "ecs-platform:network.existing.publicSubnetIds: got nothing; expected at least 2 public subnet ids, in different zones, because a service is public and the load balancer needs them")),
                new Case("public subnets without a public service", """
                          ecs-platform:namespace: dev.internal
                          ecs-platform:network:
                            existing:
                              vpcId: vpc-0a1b2c3d4e5f60718
                              %s
                              publicSubnetIds: [subnet-0a1b2c3d4e5f60721, subnet-0a1b2c3d4e5f60722]
                        """.formatted(SUBNETS) + SERVICES, List.of(
                        "ecs-platform:network.existing.publicSubnetIds: got [\"subnet-0a1b2c3d4e5f60721\",\"subnet-0a1b2c3d4e5f60722\"]; expected nothing: no service is public, so no load balancer uses public subnets")),
                new Case("a subnet id that is no subnet id", """
                          ecs-platform:namespace: dev.internal
                          ecs-platform:network:
                            existing: {vpcId: vpc-0a1b2c3d4e5f60718, privateSubnetIds: [subnet-0a1b2c3d4e5f60711, sg-0a1b2c3d]}
                        """ + SERVICES, List.of(
                        "ecs-platform:network.existing.privateSubnetIds[1]: got \"sg-0a1b2c3d\"; expected a subnet id such as subnet-0a1b2c3d4e5f60718")),
                new Case("an unknown endpoint", """
                          ecs-platform:namespace: dev.internal
                          ecs-platform:network:
                            existing: {vpcId: vpc-0a1b2c3d4e5f60718, %s, endpoints: [ecr]}
                        """.formatted(SUBNETS) + SERVICES, List.of(
                        "ecs-platform:network.existing.endpoints[0]: got \"ecr\"; expected one of ecr.api, ecr.dkr, logs, secretsmanager, ssm, ssmmessages, kms, sts")),
                new Case("an associated VPC without vpcId, one of another partition, a bad account", """
                          ecs-platform:namespace:
                            name: dev.internal
                            associatedVpcs:
                              - {region: us-west-2}
                              - {vpcId: vpc-0c1d2e3f4a5b60718, region: cn-north-1}
                              - {vpcId: vpc-0e1f2a3b4c5d60718, accountId: "1234"}
                        """ + SERVICES, List.of(
                        "ecs-platform:namespace.associatedVpcs[0].vpcId: got nothing; expected the id of the VPC whose servers resolve the namespace, such as vpc-0a1b2c3d4e5f60718",
                        "ecs-platform:namespace.associatedVpcs[1].region: got \"cn-north-1\"; expected a region of the stack's partition (aws): Route 53 associates a private hosted zone only with VPCs of its own partition",
                        "ecs-platform:namespace.associatedVpcs[2].accountId: got \"1234\"; expected a 12-digit AWS account id")),
                new Case("the same VPC twice", """
                          ecs-platform:namespace:
                            name: dev.internal
                            associatedVpcs: [{vpcId: vpc-0c1d2e3f4a5b60718}, {vpcId: vpc-0c1d2e3f4a5b60718, region: us-west-2}]
                        """ + SERVICES, List.of(
                        "ecs-platform:namespace.associatedVpcs[1].vpcId: got \"vpc-0c1d2e3f4a5b60718\"; expected each VPC once")),
                new Case("the stack's own existing VPC as associated", """
                          ecs-platform:namespace:
                            name: dev.internal
                            associatedVpcs: [{vpcId: vpc-0a1b2c3d4e5f60718}]
                          ecs-platform:network:
                            existing: {vpcId: vpc-0a1b2c3d4e5f60718, %s}
                        """.formatted(SUBNETS) + SERVICES, List.of(
                        "ecs-platform:namespace.associatedVpcs[0].vpcId: got \"vpc-0a1b2c3d4e5f60718\"; expected a VPC other than network.existing.vpcId: the namespace is created in that VPC, so its servers resolve it already")),
                new Case("a namespace mapping without a name and with an unknown key", """
                          ecs-platform:namespace: {associatedVpc: []}
                        """ + SERVICES, List.of(
                        "ecs-platform:namespace: got {\"associatedVpc\":[]}; expected a mapping with the namespace's name (name: dev.internal) and associatedVpcs, or the name alone",
                        "ecs-platform:namespace.associatedVpc: got an unknown key; expected one of name, associatedVpcs (did you mean \"associatedVpcs\"?)")),
                new Case("a client in a VPC that does not resolve the namespace", """
                          ecs-platform:namespace: dev.internal
                        """ + SERVICES + """
                          ecs-platform:externalClients:
                            erp: {vpcId: vpc-0c1d2e3f4a5b60718, cidrs: [10.40.0.0/20], calls: [orders]}
                        """, List.of(
                        "ecs-platform:externalClients.erp.vpcId: got \"vpc-0c1d2e3f4a5b60718\"; expected the stack's VPC or one of namespace.associatedVpcs: a server elsewhere cannot resolve the namespace's names")),
                new Case("security groups of a client in another account's or region's VPC", """
                          ecs-platform:namespace:
                            name: dev.internal
                            associatedVpcs:
                              - {vpcId: vpc-0c1d2e3f4a5b60718, accountId: "210987654321"}
                              - {vpcId: vpc-0e1f2a3b4c5d60718, region: eu-west-1}
                              - {vpcId: vpc-0f1e2d3c4b5a60718}
                        """ + SERVICES + """
                          ecs-platform:externalClients:
                            erp: {vpcId: vpc-0c1d2e3f4a5b60718, securityGroupIds: [sg-0a1b2c3d4e5f60718], calls: [orders]}
                            saleor: {vpcId: vpc-0e1f2a3b4c5d60718, securityGroupIds: [sg-0a1b2c3d4e5f60719], calls: [orders]}
                            peered: {vpcId: vpc-0f1e2d3c4b5a60718, securityGroupIds: [sg-0a1b2c3d4e5f60710], calls: [orders]}
                        """, List.of(
                        "ecs-platform:externalClients.erp.securityGroupIds: got [\"sg-0a1b2c3d4e5f60718\"]; expected nothing for a server in vpc-0c1d2e3f4a5b60718, a VPC of another account: a rule can reference a security group of another VPC only across a same-region VPC peering, and a group id alone names a group of this account; admit the server by its cidrs",
                        "ecs-platform:externalClients.saleor.securityGroupIds: got [\"sg-0a1b2c3d4e5f60719\"]; expected nothing for a server in vpc-0e1f2a3b4c5d60718, a VPC of another region: a rule can reference a security group of another VPC only across a same-region VPC peering, and a group id alone names a group of this account; admit the server by its cidrs")),
                new Case("an empty list of associated VPCs", """
                          ecs-platform:namespace: {name: dev.internal, associatedVpcs: []}
                        """ + SERVICES, List.of(
                        "ecs-platform:namespace.associatedVpcs: got []; expected at least one VPC (leave associatedVpcs out when only the stack's VPC resolves the namespace)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEveryProblemWithPathValueAndExpectation(Case c) {
        var yaml = "config:\n  aws:region: us-east-1\n  ecs-platform:protect: false\n" + c.yaml();

        assertThat(ConfigProblems.of(yaml)).isEqualTo(c.expected());
    }

    @Test
    void readsAnExistingNetworkAndAssociatedVpcs() {
        var config = dev.ecsplatform.testing.StackFiles.config("shared-vpc");
        var existing = config.network().existing().orElseThrow();

        assertThat(existing.vpcId()).isEqualTo("vpc-0a1b2c3d4e5f60718");
        assertThat(existing.privateSubnetIds()).containsExactly("subnet-0a1b2c3d4e5f60711", "subnet-0a1b2c3d4e5f60712",
                "subnet-0a1b2c3d4e5f60713");
        assertThat(existing.publicSubnetIds()).containsExactly("subnet-0a1b2c3d4e5f60721", "subnet-0a1b2c3d4e5f60722");
        assertThat(existing.endpointsDerived()).isFalse();
        assertThat(config.namespace()).isEqualTo("shop.internal");
        assertThat(config.network().associatedVpcs()).containsExactly(
                new AssociatedVpc("vpc-0c1d2e3f4a5b60718", Optional.empty(), Optional.empty()),
                new AssociatedVpc("vpc-0e1f2a3b4c5d60718", Optional.empty(), Optional.of("210987654321")));
        assertThat(dev.ecsplatform.testing.StackFiles.config("dev").network().existing()).isEmpty();
    }
}
