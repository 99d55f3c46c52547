package dev.ecsplatform.config;

import dev.ecsplatform.testing.ConfigProblems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each invalid configuration yields exactly one problem, with key path, the value given and what is
 * expected. The stack text is indented under {@code config:}; region and namespace are added when a
 * case does not set them itself.
 */
class InvalidConfigTest {

    record Case(String name, String yaml, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("environment-wide waitForSteadyState that is not a boolean", """
                        ecs-platform:deployment: {waitForSteadyState: 3}""",
                        "ecs-platform:deployment.waitForSteadyState: got 3; expected true or false"),
                new Case("cidr that is not a CIDR", """
                        ecs-platform:network: {cidr: banana}""",
                        "ecs-platform:network.cidr: got \"banana\"; expected an IPv4 CIDR block such as 10.0.0.0/16 (not an IPv4 CIDR block)"),
                new Case("cidr with host bits", """
                        ecs-platform:network: {cidr: 10.0.0.1/16}""",
                        "ecs-platform:network.cidr: got \"10.0.0.1/16\"; expected an IPv4 CIDR block such as 10.0.0.0/16 (host bits are set) (did you mean \"10.0.0.0/16\"?)"),
                new Case("cidr octet above 255", """
                        ecs-platform:network: {cidr: 10.300.0.0/16}""",
                        "ecs-platform:network.cidr: got \"10.300.0.0/16\"; expected an IPv4 CIDR block such as 10.0.0.0/16 (octet 300 is above 255)"),
                new Case("cidr outside private ranges", """
                        ecs-platform:network: {cidr: 8.8.0.0/16}""",
                        "ecs-platform:network.cidr: got \"8.8.0.0/16\"; expected a block inside a private range (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10)"),
                new Case("cidr too small for the subnets", """
                        ecs-platform:network: {cidr: 10.0.0.0/24}""",
                        "ecs-platform:network.cidr: got \"10.0.0.0/24\"; expected a block of /21 or larger, so that each public subnet is at least /27 (/24 would give /30 public subnets)"),
                new Case("cidr larger than AWS allows", """
                        ecs-platform:network: {cidr: 10.0.0.0/8}""",
                        "ecs-platform:network.cidr: got \"10.0.0.0/8\"; expected a prefix of /16 or longer (AWS allows VPC blocks from /16 to /28)"),
                new Case("azCount below range", """
                        ecs-platform:network: {azCount: 1}""",
                        "ecs-platform:network.azCount: got 1; expected an integer from 2 to 6"),
                new Case("azCount not a number", """
                        ecs-platform:network: {azCount: two}""",
                        "ecs-platform:network.azCount: got \"two\"; expected an integer from 2 to 6"),
                new Case("azCount and availabilityZones together", """
                        ecs-platform:network: {azCount: 2, availabilityZones: [us-east-1a, us-east-1b]}""",
                        "ecs-platform:network.availabilityZones: got [\"us-east-1a\",\"us-east-1b\"]; expected either azCount or availabilityZones, not both"),
                new Case("zone of another region", """
                        ecs-platform:network: {availabilityZones: [us-east-1a, eu-west-1b]}""",
                        "ecs-platform:network.availabilityZones[1]: got \"eu-west-1b\"; expected a zone of the stack's region us-east-1, such as us-east-1a"),
                new Case("zone listed twice", """
                        ecs-platform:network: {availabilityZones: [us-east-1a, us-east-1b, us-east-1a]}""",
                        "ecs-platform:network.availabilityZones[2]: got \"us-east-1a\"; expected each zone once"),
                new Case("a single zone", """
                        ecs-platform:network: {availabilityZones: [us-east-1a]}""",
                        "ecs-platform:network.availabilityZones: got [\"us-east-1a\"]; expected from 2 to 6 zones"),
                new Case("misspelt natGateways value", """
                        ecs-platform:network: {natGateways: one}""",
                        "ecs-platform:network.natGateways: got \"one\"; expected one of none, single, perAz (did you mean \"none\"?)"),
                new Case("no NAT and no ECR or logs endpoints", """
                        ecs-platform:network: {natGateways: none, endpoints: [ecr.api]}""",
                        "ecs-platform:network.endpoints: got [\"ecr.api\"]; expected a list that includes ecr.dkr, logs, because natGateways is none and tasks pull images, write logs and read secrets through them"),
                new Case("unknown endpoint", """
                        ecs-platform:network: {endpoints: [ecr.ap]}""",
                        "ecs-platform:network.endpoints[0]: got \"ecr.ap\"; expected one of ecr.api, ecr.dkr, logs, secretsmanager, ssm, ssmmessages, kms, sts (did you mean \"ecr.api\"?)"),
                new Case("endpoint listed twice", """
                        ecs-platform:network: {endpoints: [logs, logs]}""",
                        "ecs-platform:network.endpoints[1]: got \"logs\"; expected each endpoint once"),
                new Case("endpoints not a list", """
                        ecs-platform:network: {endpoints: logs}""",
                        "ecs-platform:network.endpoints: got \"logs\"; expected a list of endpoint names, from ecr.api, ecr.dkr, logs, secretsmanager, ssm, ssmmessages, kms, sts"),
                new Case("flow-log traffic type in the wrong case", """
                        ecs-platform:network: {flowLogs: {trafficType: all}}""",
                        "ecs-platform:network.flowLogs.trafficType: got \"all\"; expected one of ALL, ACCEPT, REJECT (did you mean \"ALL\"?)"),
                new Case("retention CloudWatch does not offer", """
                        ecs-platform:network: {flowLogs: {retentionDays: 10}}""",
                        "ecs-platform:network.flowLogs.retentionDays: got 10; expected a CloudWatch Logs retention in days, one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 (the next allowed value is 14)"),
                new Case("flow logs enabled not a boolean", """
                        ecs-platform:network: {flowLogs: {enabled: maybe}}""",
                        "ecs-platform:network.flowLogs.enabled: got \"maybe\"; expected true or false"),
                new Case("unknown flow-log key", """
                        ecs-platform:network: {flowLogs: {retention: 30}}""",
                        "ecs-platform:network.flowLogs.retention: got an unknown key; expected one of enabled, trafficType, retentionDays (did you mean \"retentionDays\"?)"),
                new Case("misspelt network key", """
                        ecs-platform:network: {natGateway: single}""",
                        "ecs-platform:network.natGateway: got an unknown key; expected one of cidr, azCount, availabilityZones, natGateways, endpoints, flowLogs, existing (did you mean \"natGateways\"?)"),
                new Case("network not a mapping", """
                        ecs-platform:network: 10.0.0.0/16""",
                        "ecs-platform:network: got \"10.0.0.0/16\"; expected a mapping with keys cidr, azCount or availabilityZones, natGateways, endpoints, flowLogs"),
                new Case("misspelt top-level key", """
                        ecs-platform:netwrok: {cidr: 10.0.0.0/16}""",
                        "ecs-platform:netwrok: got an unknown key; expected one of acceptedFindings, cluster, deployment, externalClients, images, ingress, logs, namespace, network, observability, protect, serviceConnect, services (did you mean \"network\"?)"),
                new Case("namespace missing", """
                        ecs-platform:protect: true
                        ecs-platform:namespace:""",
                        "ecs-platform:namespace: got an empty value; expected a private DNS name such as dev.internal (lowercase labels of letters, digits and '-', joined by dots), or a mapping with keys name, associatedVpcs (Pulumi reads an empty value as an empty string; leave the key out to use its default)"),
                new Case("namespace with a trailing dot", """
                        ecs-platform:namespace: dev.internal.""",
                        "ecs-platform:namespace: got \"dev.internal.\"; expected a private DNS name such as dev.internal (lowercase labels of letters, digits and '-', joined by dots)"),
                new Case("region empty", """
                        aws:region:""",
                        "aws:region: got an empty value; expected an AWS region such as us-east-1 (Pulumi reads an empty value as an empty string; leave the key out to use its default)"),
                new Case("region missing", """
                        ecs-platform:protect: false
                        # aws:region""",
                        "aws:region: got nothing; expected the AWS region of the stack, e.g. us-east-1 (set it with `pulumi config set aws:region us-east-1`)"),
                new Case("region malformed", """
                        aws:region: us-east""",
                        "aws:region: got \"us-east\"; expected an AWS region such as us-east-1"),
                new Case("container insights value", """
                        ecs-platform:cluster: {containerInsights: on}""",
                        "ecs-platform:cluster.containerInsights: got \"on\"; expected one of enabled, enhanced, disabled"),
                new Case("misspelt capacity provider", """
                        ecs-platform:cluster: {capacityProviders: {FARGATE_SPOTT: {weight: 1}}}""",
                        "ecs-platform:cluster.capacityProviders.FARGATE_SPOTT: got the provider \"FARGATE_SPOTT\"; expected FARGATE or FARGATE_SPOT (did you mean \"FARGATE_SPOT\"?)"),
                new Case("all capacity weights zero", """
                        ecs-platform:cluster: {capacityProviders: {FARGATE: {weight: 0}}}""",
                        "ecs-platform:cluster.capacityProviders: got {\"FARGATE\":{\"weight\":0}}; expected at least one provider with a weight above 0 (otherwise no task can be placed)"),
                new Case("base on two providers", """
                        ecs-platform:cluster: {capacityProviders: {FARGATE: {base: 1}, FARGATE_SPOT: {base: 1}}}""",
                        "ecs-platform:cluster.capacityProviders: got {\"FARGATE\":{\"base\":1},\"FARGATE_SPOT\":{\"base\":1}}; expected a base above 0 on at most one provider (an ECS rule)"),
                new Case("capacity weight out of range", """
                        ecs-platform:cluster: {capacityProviders: {FARGATE: {weight: 2000}}}""",
                        "ecs-platform:cluster.capacityProviders.FARGATE.weight: got 2000; expected an integer from 0 to 1000"),
                new Case("service name that is not a DNS label", """
                        ecs-platform:services: {Orders_API: {image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/o:1"}}""",
                        "ecs-platform:services.Orders_API: got the name \"Orders_API\"; expected a DNS label: lowercase letters, digits and '-', starting with a letter, not ending with '-', at most 32 characters"),
                new Case("service name too long", """
                        ecs-platform:services: {a-very-long-service-name-that-goes-on: {image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/o:1"}}""",
                        "ecs-platform:services.a-very-long-service-name-that-goes-on: got the name \"a-very-long-service-name-that-goes-on\"; expected a DNS label: lowercase letters, digits and '-', starting with a letter, not ending with '-', at most 32 characters"),
                new Case("external client name with a space", """
                        ecs-platform:services: {orders: {image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/o:1", port: 80}}
                        ecs-platform:externalClients: {"erp server": {cidrs: [10.0.1.0/24], calls: [orders]}}""",
                        "ecs-platform:externalClients.erp server: got the name \"erp server\"; expected a DNS label: lowercase letters, digits and '-', starting with a letter, not ending with '-', at most 32 characters"),
                new Case("services not a mapping", """
                        ecs-platform:services: [orders]""",
                        "ecs-platform:services: got [\"orders\"]; expected a mapping of service names to service settings"),
                new Case("protect not a boolean", """
                        ecs-platform:protect: sometimes""",
                        "ecs-platform:protect: got \"sometimes\"; expected true or false"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheOneProblemWithPathValueAndExpectation(Case c) {
        var yaml = new StringBuilder("config:\n");
        if (!c.yaml().contains("aws:region")) {
            yaml.append("  aws:region: us-east-1\n");
        }
        if (!c.yaml().contains("ecs-platform:namespace")) {
            yaml.append("  ecs-platform:namespace: dev.internal\n");
        }
        if (!c.yaml().contains("ecs-platform:observability")) {
            yaml.append("  ecs-platform:observability: {subscribers: none}\n");
        }
        c.yaml().lines().forEach(line -> yaml.append("  ").append(line).append('\n'));

        assertThat(ConfigProblems.of(yaml.toString())).isEqualTo(List.of(c.expected()));
    }
}
