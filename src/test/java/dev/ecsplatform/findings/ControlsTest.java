package dev.ecsplatform.findings;

import dev.ecsplatform.plan.Plan;
import dev.ecsplatform.plan.PlannedResource;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each control, on a failing and a passing case. Cases are small plans made by hand, so that even
 * what this program never creates (host networking, privileged containers) is checked.
 */
class ControlsTest {

    /** A failing and a passing plan for one control. */
    record Case(String control, List<PlannedResource> failing, List<PlannedResource> passing) {
        @Override
        public String toString() {
            return control;
        }
    }

    private static PlannedResource res(String type, String name, Map<String, Object> inputs) {
        return new PlannedResource("urn:pulumi:t::ecs-platform::" + type + "::" + name, type, name, "stack", true,
                inputs, false, List.of(), List.of());
    }

    private static PlannedResource task(String containerJson) {
        return res("aws:ecs/taskDefinition:TaskDefinition", "t-task", Map.of("networkMode", "awsvpc", "containerDefinitions",
                "[" + containerJson + "]"));
    }

    private static final String GOOD_CONTAINER = "{\"name\":\"app\",\"image\":\"x:1\",\"readonlyRootFilesystem\":true,"
            + "\"user\":\"1000\",\"privileged\":false,\"logConfiguration\":{\"logDriver\":\"awslogs\"},"
            + "\"environment\":[{\"name\":\"MODE\",\"value\":\"x\"}]}";

    private static String container(String replace, String with) {
        return GOOD_CONTAINER.replace(replace, with);
    }

    private static PlannedResource service(boolean publicIp, Map<String, Object> connect) {
        return res("aws:ecs/service:Service", "t-orders-service", Map.of("networkConfiguration", Map.of("assignPublicIp", publicIp),
                "serviceConnectConfiguration", connect));
    }

    private static final Map<String, Object> CONNECT = Map.of("enabled", true,
            "namespace", "arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-1");

    private static PlannedResource worldRule(double port) {
        return res("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "t-rule", Map.of(
                "securityGroupId", "sg-1", "ipProtocol", "tcp", "fromPort", port, "toPort", port, "cidrIpv4", "0.0.0.0/0"));
    }

    private static PlannedResource loadBalancer(Map<String, Object> overrides) {
        var inputs = new java.util.HashMap<String, Object>(Map.of("loadBalancerType", "application",
                "dropInvalidHeaderFields", true, "enableDeletionProtection", true, "desyncMitigationMode", "defensive",
                "accessLogs", Map.of("bucket", "b", "enabled", true)));
        inputs.putAll(overrides);
        return res("aws:lb/loadBalancer:LoadBalancer", "t-alb", inputs);
    }

    private static PlannedResource policy(String statementJson) {
        return res("aws:iam/rolePolicy:RolePolicy", "t-policy", Map.of("role", "r",
                "policy", "{\"Version\":\"2012-10-17\",\"Statement\":[" + statementJson + "]}"));
    }

    private static PlannedResource protectedCluster() {
        var type = "aws:ecs/cluster:Cluster";
        return new PlannedResource("urn:pulumi:t::ecs-platform::" + type + "::t-cluster", type, "t-cluster", "stack", true,
                Map.of("name", "t"), true, List.of(), List.of());
    }

    private static PlannedResource alarm(String service) {
        return res("aws:cloudwatch/metricAlarm:MetricAlarm", "t-" + service + "-cpu-high", Map.of(
                "dimensions", Map.of("ClusterName", "t", "ServiceName", service), "alarmActions", List.of("arn:topic")));
    }

    private static PlannedResource vpc() {
        return res("aws:ec2/vpc:Vpc", "t-vpc", Map.of("cidrBlock", "10.0.0.0/16"));
    }

    static Stream<Case> cases() {
        var defaultGroup = res("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", "t-default-sg", Map.of("vpcId", "t-vpc"));
        var flowLog = res("aws:ec2/flowLog:FlowLog", "t-flow-log", Map.of("vpcId", "t-vpc"));
        return Stream.of(
                new Case("ECS.2", List.of(service(true, CONNECT)), List.of(service(false, CONNECT))),
                new Case("ECS.3", List.of(res("aws:ecs/taskDefinition:TaskDefinition", "t-task", Map.of("pidMode", "host"))),
                        List.of(res("aws:ecs/taskDefinition:TaskDefinition", "t-task", Map.of("pidMode", "task")))),
                new Case("ECS.4", List.of(task(container("\"privileged\":false", "\"privileged\":true"))), List.of(task(GOOD_CONTAINER))),
                new Case("ECS.5", List.of(task(container("\"readonlyRootFilesystem\":true,", ""))), List.of(task(GOOD_CONTAINER))),
                new Case("ECS.8", List.of(task(container("\"name\":\"MODE\"", "\"name\":\"AWS_SECRET_ACCESS_KEY\""))),
                        List.of(task(GOOD_CONTAINER))),
                new Case("ECS.9", List.of(task(container("\"logConfiguration\":{\"logDriver\":\"awslogs\"},", ""))),
                        List.of(task(GOOD_CONTAINER))),
                new Case("ECS.12", List.of(res("aws:ecs/cluster:Cluster", "t-cluster", Map.of("settings",
                        List.of(Map.of("name", "containerInsights", "value", "disabled"))))),
                        List.of(res("aws:ecs/cluster:Cluster", "t-cluster", Map.of("settings",
                                List.of(Map.of("name", "containerInsights", "value", "enhanced")))))),
                new Case("ECS.17", List.of(res("aws:ecs/taskDefinition:TaskDefinition", "t-task", Map.of("networkMode", "host"))),
                        List.of(res("aws:ecs/taskDefinition:TaskDefinition", "t-task", Map.of("networkMode", "awsvpc")))),
                new Case("ECS.20", List.of(task(container("\"user\":\"1000\"", "\"user\":\"0:0\""))), List.of(task(GOOD_CONTAINER))),
                new Case("EC2.2", List.of(vpc(), flowLog, res("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", "t-default-sg",
                        Map.of("vpcId", "t-vpc", "ingress", List.of(Map.of("protocol", "-1", "self", true))))),
                        List.of(vpc(), flowLog, defaultGroup)),
                new Case("EC2.6", List.of(vpc(), defaultGroup), List.of(vpc(), defaultGroup, flowLog)),
                new Case("EC2.15", List.of(res("aws:ec2/subnet:Subnet", "t-subnet", Map.of("mapPublicIpOnLaunch", true))),
                        List.of(res("aws:ec2/subnet:Subnet", "t-subnet", Map.of("mapPublicIpOnLaunch", false)))),
                new Case("EC2.18", List.of(worldRule(8443)), List.of(worldRule(443))),
                new Case("EC2.19", List.of(worldRule(22)), List.of(worldRule(80))),
                new Case("ELB.1", List.of(res("aws:lb/listener:Listener", "t-http", Map.of("protocol", "HTTP", "defaultActions",
                        List.of(Map.of("type", "forward", "targetGroupArn", "tg"))))),
                        List.of(res("aws:lb/listener:Listener", "t-http", Map.of("protocol", "HTTP", "defaultActions",
                                List.of(Map.of("type", "redirect", "redirect", Map.of("protocol", "HTTPS", "port", "443"))))))),
                new Case("ELB.4", List.of(loadBalancer(Map.of("dropInvalidHeaderFields", false))), List.of(loadBalancer(Map.of()))),
                new Case("ELB.5", List.of(loadBalancer(Map.of("accessLogs", Map.of("bucket", "b", "enabled", false)))),
                        List.of(loadBalancer(Map.of()))),
                new Case("ELB.6", List.of(loadBalancer(Map.of("enableDeletionProtection", false))), List.of(loadBalancer(Map.of()))),
                new Case("ELB.12", List.of(loadBalancer(Map.of("desyncMitigationMode", "monitor"))),
                        List.of(loadBalancer(Map.of("desyncMitigationMode", "strictest")))),
                new Case("IAM.1", List.of(policy("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}")),
                        List.of(policy("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}"),
                                policy("{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}"))),
                new Case("IAM.21", List.of(policy("{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"ec2:*\"],\"Resource\":\"*\"}")),
                        List.of(policy("{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"ec2:Describe*\"],\"Resource\":\"*\"}"))),
                new Case("CloudWatch.16", List.of(res("aws:cloudwatch/logGroup:LogGroup", "t-logs", Map.of("retentionInDays", 30.0))),
                        List.of(res("aws:cloudwatch/logGroup:LogGroup", "t-logs", Map.of("retentionInDays", 400.0)))),
                new Case("OBS.1", List.of(protectedCluster(), res("aws:ecs/service:Service", "t-orders-service",
                        Map.of("name", "orders"))),
                        List.of(protectedCluster(), res("aws:ecs/service:Service", "t-orders-service", Map.of("name", "orders")),
                                alarm("orders"))),
                new Case("OBS.2", List.of(alarm("orders"), res("aws:sns/topic:Topic", "t-alerting-topic", Map.of("name", "t"))),
                        List.of(alarm("orders"), res("aws:sns/topic:Topic", "t-alerting-topic", Map.of("name", "t")),
                                res("aws:sns/topicSubscription:TopicSubscription", "t-email", Map.of("protocol", "email",
                                        "endpoint", "a@example.com")))),
                new Case("PLAT.1", List.of(service(false, Map.of("enabled", true, "namespace", "dev.internal"))),
                        List.of(service(false, CONNECT))),
                new Case("PLAT.4", List.of(namespace("internal.dev")), List.of(namespace("dev.internal"))),
                new Case("PLAT.4", List.of(namespace("services.example.de")), List.of(namespace("home.arpa"))),
                new Case("PLAT.4", List.of(namespace("internal.prod")), List.of(namespace("corp.acme.internal"))));
    }

    private static PlannedResource namespace(String name) {
        return res("aws:servicediscovery/privateDnsNamespace:PrivateDnsNamespace", "t-namespace", Map.of("name", name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void flagsTheFailingCaseAndNotThePassingOne(Case c) {
        var control = Checks.CONTROLS.stream().filter(x -> x.id().equals(c.control())).findFirst().orElseThrow();
        assertThat(control.check(plan(c.failing()))).extracting(Finding::control).isNotEmpty().containsOnly(c.control());
        assertThat(control.check(plan(c.passing()))).isEmpty();
    }

    @Test
    void everyControlHasACaseAndTheConfigKnowsEveryId() {
        var tested = new ArrayList<>(cases().map(Case::control).distinct().toList());
        // Checked on whole stacks: PLAT.2 and PLAT.3 here, PLAT.5 in EastWestStackTest and below.
        tested.addAll(List.of("PLAT.2", "PLAT.3", "PLAT.5"));
        assertThat(Checks.CONTROLS).extracting(Control::id).containsExactlyInAnyOrderElementsOf(tested);
        assertThat(Checks.CONTROLS).extracting(Control::id)
                .containsExactlyInAnyOrderElementsOf(dev.ecsplatform.config.ControlIds.ALL);
    }

    @Test
    void ruleBetweenServicesWithoutADeclaredCallIsFlagged() {
        var prod = StackFiles.plan("prod");
        var extra = res("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "ecs-platform-prod-cache-from-api", Map.of(
                "securityGroupId", "ecs-platform-prod-cache-sg", "referencedSecurityGroupId", "ecs-platform-prod-api-sg",
                "ipProtocol", "tcp", "fromPort", 15443.0, "toPort", 15443.0));
        var wrongPort = res("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", "ecs-platform-prod-api-to-orders-ssh", Map.of(
                "securityGroupId", "ecs-platform-prod-api-sg", "referencedSecurityGroupId", "ecs-platform-prod-orders-sg",
                "ipProtocol", "tcp", "fromPort", 22.0, "toPort", 22.0));
        var control = Checks.CONTROLS.stream().filter(x -> x.id().equals("PLAT.2")).findFirst().orElseThrow();
        assertThat(control.check(prod)).isEmpty();
        var resources = new ArrayList<>(prod.resources());
        resources.add(extra);
        resources.add(wrongPort);
        var tampered = new Plan(prod.project(), prod.stack(), resources, prod.outputs(), prod.topology());
        assertThat(control.check(tampered)).extracting(Finding::resource, Finding::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("ecs-platform-prod-cache-from-api", "admits api, which does not declare a call to cache"),
                org.assertj.core.groups.Tuple.tuple("ecs-platform-prod-api-to-orders-ssh", "api may reach orders on port 22.0 without a declared call"));
    }

    /** Prod's proxies terminate TLS: the old plain port between services is a finding, the app port from outside is not. */
    @Test
    void underTlsServicesMustUseTheProxyPortAndOutsideCallersTheAppPort() {
        var prod = StackFiles.plan("prod");
        var control = Checks.CONTROLS.stream().filter(x -> x.id().equals("PLAT.2")).findFirst().orElseThrow();
        var plainPort = res("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "ecs-platform-prod-orders-from-api-plain", Map.of(
                "securityGroupId", "ecs-platform-prod-orders-sg", "referencedSecurityGroupId", "ecs-platform-prod-api-sg",
                "ipProtocol", "tcp", "fromPort", 8080.0, "toPort", 8080.0));
        var resources = new ArrayList<>(prod.resources());
        resources.add(plainPort);
        var tampered = new Plan(prod.project(), prod.stack(), resources, prod.outputs(), prod.topology());
        assertThat(control.check(tampered)).extracting(Finding::resource, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ecs-platform-prod-orders-from-api-plain",
                        "admits port 8080.0 but orders serves 15443 to other services (its Service Connect proxy, TLS)"));
    }

    /** PLAT.5: plain-text east-west traffic is an advisory in a protected stack only. */
    @Test
    void plainTextEastWestIsAnAdvisoryInProtectedStacksOnly() throws Exception {
        var control = Checks.CONTROLS.stream().filter(x -> x.id().equals("PLAT.5")).findFirst().orElseThrow();
        assertThat(control.check(StackFiles.plan("prod"))).as("prod encrypts everything").isEmpty();
        assertThat(control.check(StackFiles.plan("dev"))).as("dev is not protected").isEmpty();
        var yaml = java.nio.file.Files.readString(StackFiles.path("prod"));
        var withoutTls = yaml.substring(0, yaml.indexOf("  ecs-platform:serviceConnect:"))
                + yaml.substring(yaml.indexOf("  ecs-platform:deployment:"));
        assertThat(control.check(StackFiles.planYaml("prod", withoutTls))).extracting(Finding::resource)
                .containsExactly("ecs-platform-prod-cache-service", "ecs-platform-prod-catalog-service",
                        "ecs-platform-prod-inventory-service", "ecs-platform-prod-orders-service")
                .as("api has no ECS caller, notifier serves no port");
    }

    @Test
    void internalCallsThroughThePublicEntryAreFlagged() throws Exception {
        var yaml = java.nio.file.Files.readString(StackFiles.path("prod")).replace(
                "INVENTORY_URL: grpc://inventory.prod.internal:9999", "INVENTORY_URL: https://api.example.com/inventory");
        var plan = StackFiles.planYaml("prod", yaml);
        var control = Checks.CONTROLS.stream().filter(x -> x.id().equals("PLAT.3")).findFirst().orElseThrow();
        assertThat(control.check(StackFiles.plan("prod"))).isEmpty();
        assertThat(control.check(plan)).extracting(Finding::resource).containsExactly("ecs-platform-prod-orders-task");
        assertThat(control.check(plan).get(0).message()).contains("api.example.com, the public entry");

        // A host under the public one is another host: not a call through the entry (issue 19).
        var status = StackFiles.planYaml("prod", yaml.replace("https://api.example.com/inventory",
                "https://status.api.example.com/inventory"));
        assertThat(control.check(status)).isEmpty();
    }

    private static Plan plan(List<PlannedResource> resources) {
        var prod = StackFiles.plan("prod");
        return new Plan("ecs-platform", "t", resources, new java.util.TreeMap<>(), prod.topology());
    }
}
