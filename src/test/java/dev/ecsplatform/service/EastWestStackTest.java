package dev.ecsplatform.service;

import dev.ecsplatform.config.ConfigLoader;
import dev.ecsplatform.config.StackFile;
import dev.ecsplatform.findings.Finding;
import dev.ecsplatform.naming.StackNames;
import dev.ecsplatform.plan.OfflinePlanner;
import dev.ecsplatform.plan.Plan;
import dev.ecsplatform.plan.PlannedResource;
import dev.ecsplatform.report.MonthlyCost;
import dev.ecsplatform.report.PlanReport;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stack file with Service Connect TLS, ECS Exec and request-based scaling (the bootstrap's test stack
 * {@code mesh-eu-west-1}), planned offline: exact inputs of what each of the three builds, and prod's TLS.
 */
class EastWestStackTest {

    static final Path MESH = Path.of("bootstrap/src/test/resources/stacks/Pulumi.mesh-eu-west-1.yaml");
    static final String STACK = "mesh-eu-west-1";
    static final String PREFIX = "ecs-platform-" + STACK;
    static final String CA = "arn:aws:acm-pca:eu-west-1:123456789012:certificate-authority/1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d";
    static final String KEY = "arn:aws:kms:eu-west-1:123456789012:key/2b3c4d5e-6f7a-4b9c-8d0e-2f3a4b5c6d7e";

    static Plan plan;
    static PlanReport report;

    @BeforeAll
    static void planTheStack() throws IOException {
        var config = ConfigLoader.load(StackFiles.PROJECT, STACK, StackFile.read(MESH));
        plan = OfflinePlanner.plan(new StackNames(StackFiles.PROJECT, STACK), config);
        report = PlanReport.of(new StackNames(StackFiles.PROJECT, STACK), config);
    }

    private static PlannedResource named(String name) {
        return plan.named(name).orElseThrow(() -> new AssertionError("no " + name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> endpoint(String service) {
        var endpoints = (List<Object>) named(PREFIX + "-" + service + "-service").input("serviceConnectConfiguration.services");
        assertThat(endpoints).hasSize(1);
        return (Map<String, Object>) endpoints.get(0);
    }

    @Test
    void everyOptedInServiceHasTheTlsBlockWithTheCaTheKeyAndTheInfrastructureRoleOnTheProxyPort() {
        for (var service : List.of("shop", "ledger")) {
            var endpoint = endpoint(service);
            assertThat(endpoint.get("ingressPortOverride")).as(service).isEqualTo(15443.0);
            @SuppressWarnings("unchecked")
            var tls = (Map<String, Object>) endpoint.get("tls");
            assertThat(tls).as(service).containsOnlyKeys("issuerCertAuthority", "kmsKey", "roleArn");
            assertThat(tls.get("issuerCertAuthority")).isEqualTo(Map.of("awsPcaAuthorityArn", CA));
            assertThat(tls.get("kmsKey")).isEqualTo(KEY);
            assertThat((String) tls.get("roleArn")).endsWith(PREFIX + "-service-connect-tls-role");
        }
        var search = endpoint("search");
        assertThat(search).as("search opted out").doesNotContainKeys("tls", "ingressPortOverride");
        assertThat(named(PREFIX + "-ledger-service").dependsOn()).as("the role's policies exist first")
                .contains(named(PREFIX + "-service-connect-tls-policy").urn(), named(PREFIX + "-service-connect-tls-key").urn());
    }

    @Test
    void theInfrastructureRoleCarriesTheBoundaryExactlyTheTlsPolicyAndTheKey() {
        var role = named(PREFIX + "-service-connect-tls-role");
        assertThat(role.inputString("name")).isEqualTo(PREFIX + "-service-connect-tls");
        assertThat(role.inputString("permissionsBoundary"))
                .isEqualTo("arn:aws:iam::123456789012:policy/bootstrap/" + PREFIX + "-permissions-boundary");
        assertThat(role.inputString("assumeRolePolicy")).isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":"
                + "\"EcsInfrastructure\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ecs.amazonaws.com\"},"
                + "\"Action\":\"sts:AssumeRole\"}]}");
        assertThat(named(PREFIX + "-service-connect-tls-policy").inputString("policyArn")).isEqualTo(
                "arn:aws:iam::aws:policy/service-role/AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity");
        assertThat(named(PREFIX + "-service-connect-tls-key").inputString("policy")).isEqualTo("{\"Version\":\"2012-10-17\","
                + "\"Statement\":[{\"Sid\":\"ServiceConnectTlsKey\",\"Effect\":\"Allow\",\"Action\":[\"kms:Encrypt\","
                + "\"kms:Decrypt\",\"kms:GenerateDataKey\",\"kms:GenerateDataKeyPair\",\"kms:DescribeKey\"],\"Resource\":\""
                + KEY + "\"}]}");
    }

    /** Services' proxies use the proxy port; the load balancer and standalone servers reach the app's own port. */
    @Test
    void securityGroupRulesAreSplitByWhoUsesWhichPort() {
        var ports = Map.of(
                "ledger.from.shop", 15443.0, "shop.to.ledger", 15443.0,
                "ledger.from.erp.sg-0f1e2d3c4b5a69788", 8080.0,
                "shop.from-alb", 8080.0, "alb.to.shop", 8080.0,
                "search.from.shop", 9999.0, "shop.to.search", 9999.0);
        ports.forEach((rule, port) -> {
            var resource = named(PREFIX + "-" + rule);
            assertThat(resource.input("fromPort")).as(rule).isEqualTo(port);
            assertThat(resource.input("toPort")).as(rule).isEqualTo(port);
        });
    }

    @Test
    void execSessionsAreLoggedToTheStacksLogGroupWithItsRetentionEncryptedWithTheStacksKey() {
        var sessions = "/ecs-platform/" + STACK + "/ecs-exec/sessions";
        var sessionsArn = "arn:aws:logs:eu-west-1:123456789012:log-group:" + sessions;
        var stackKey = "arn:aws:kms:eu-west-1:123456789012:key/" + PREFIX + "-alerting-key";
        // The agent refuses to log a session to a group that is not KMS-encrypted: no session is logged in the clear.
        assertThat(named(PREFIX + "-cluster").input("configuration")).isEqualTo(Map.of("executeCommandConfiguration",
                Map.of("logging", "OVERRIDE", "logConfiguration", Map.of(
                        "cloudWatchLogGroupName", sessions,
                        "cloudWatchEncryptionEnabled", true))));
        var group = named(PREFIX + "-exec-sessions");
        assertThat(group.inputString("name")).isEqualTo(sessions);
        assertThat(group.input("retentionInDays")).isEqualTo(365.0);
        assertThat(group.inputString("kmsKeyId")).isEqualTo(stackKey);
        assertThat(named(PREFIX + "-shop-exec-channels").inputString("policy")).isEqualTo("{\"Version\":\"2012-10-17\","
                + "\"Statement\":[{\"Sid\":\"EcsExecChannels\",\"Effect\":\"Allow\",\"Action\":[\"ssmmessages:CreateControlChannel\","
                + "\"ssmmessages:CreateDataChannel\",\"ssmmessages:OpenControlChannel\",\"ssmmessages:OpenDataChannel\"],"
                + "\"Resource\":\"*\"},{\"Sid\":\"FindExecSessionLog\",\"Effect\":\"Allow\",\"Action\":\"logs:DescribeLogGroups\","
                + "\"Resource\":\"*\"},{\"Sid\":\"WriteExecSessionLog\",\"Effect\":\"Allow\",\"Action\":[\"logs:CreateLogStream\","
                + "\"logs:DescribeLogStreams\",\"logs:PutLogEvents\"],\"Resource\":\"" + sessionsArn + ":*\"},"
                + "{\"Sid\":\"ExecSessionLogKeyDataKeys\",\"Effect\":\"Allow\",\"Action\":[\"kms:Decrypt\",\"kms:GenerateDataKey\"],"
                + "\"Resource\":\"" + stackKey + "\",\"Condition\":{\"ArnEquals\":{\"kms:EncryptionContext:aws:logs:arn\":\""
                + sessionsArn + "\"},\"StringEquals\":{\"kms:ViaService\":\"logs.eu-west-1.amazonaws.com\"}}},"
                + "{\"Sid\":\"ExecSessionLogKeyDescribeKey\",\"Effect\":\"Allow\",\"Action\":\"kms:DescribeKey\","
                + "\"Resource\":\"" + stackKey + "\",\"Condition\":{\"StringEquals\":{\"kms:ViaService\":\"logs.eu-west-1.amazonaws.com\"}}}]}");
        assertThat(plan.named(PREFIX + "-ledger-exec-channels")).as("no Exec, no policy").isEmpty();
        var key = named(PREFIX + "-alerting-key");
        assertThat(key.inputString("description"))
                .isEqualTo("Encrypts the alarm notifications and ECS Exec session logs of " + PREFIX);
        assertThat(key.inputString("policy")).contains("{\"Sid\":\"CloudWatchLogsEncryptExecSessions\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"logs.eu-west-1.amazonaws.com\"},\"Action\":[\"kms:Encrypt*\",\"kms:Decrypt*\","
                + "\"kms:ReEncrypt*\",\"kms:GenerateDataKey*\",\"kms:Describe*\"],\"Resource\":\"*\",\"Condition\":{\"ArnEquals\":"
                + "{\"kms:EncryptionContext:aws:logs:arn\":\"" + sessionsArn + "\"}}}");
        assertThat(dev.ecsplatform.report.TextPlanRenderer.render(report)).contains("every session is logged to " + sessions + ", encrypted with the stack's KMS key");
    }

    @Test
    void withoutAlarmsTheStackHasNoKeyAndExecSessionsKeepCloudWatchLogsOwnEncryption() throws IOException {
        var yaml = java.nio.file.Files.readString(MESH).replace("  ecs-platform:observability:\n",
                "  ecs-platform:observability:\n    alarms:\n      enabled: false\n");
        var quiet = StackFiles.planYaml(STACK, yaml);
        assertThat(quiet.named(PREFIX + "-alerting-key")).isEmpty();
        var group = quiet.named(PREFIX + "-exec-sessions").orElseThrow();
        assertThat(group.inputs()).doesNotContainKey("kmsKeyId");
        assertThat(quiet.named(PREFIX + "-cluster").orElseThrow()
                .input("configuration.executeCommandConfiguration.logConfiguration.cloudWatchEncryptionEnabled"))
                .isEqualTo(false);
        assertThat(quiet.named(PREFIX + "-shop-exec-channels").orElseThrow().inputString("policy"))
                .contains("WriteExecSessionLog").doesNotContain("kms:");
    }

    @Test
    void requestScalingReadsTheServersInboundRequestCountPerTaskAndTheLoadBalancersPerTargetCount() {
        var ledger = named(PREFIX + "-ledger-requests-scaling");
        assertThat(ledger.input("targetTrackingScalingPolicyConfiguration.targetValue")).isEqualTo(1200.0);
        assertThat(ledger.input("targetTrackingScalingPolicyConfiguration.customizedMetricSpecification")).isEqualTo(Map.of(
                "metrics", List.of(
                        Map.of("id", "requests", "returnData", false, "metricStat", Map.of("stat", "Sum", "metric", Map.of(
                                "namespace", "AWS/ECS", "metricName", "RequestCount", "dimensions", List.of(
                                        Map.of("name", "ClusterName", "value", PREFIX),
                                        Map.of("name", "ServiceName", "value", "ledger"),
                                        Map.of("name", "DiscoveryName", "value", "ledger-sc"))))),
                        Map.of("id", "tasks", "returnData", false, "metricStat", Map.of("stat", "Average", "metric", Map.of(
                                "namespace", "ECS/ContainerInsights", "metricName", "RunningTaskCount", "dimensions", List.of(
                                        Map.of("name", "ClusterName", "value", PREFIX),
                                        Map.of("name", "ServiceName", "value", "ledger"))))),
                        Map.of("id", "requestsPerTask", "expression", "requests / tasks",
                                "label", "Service Connect requests per task per minute", "returnData", true))));
        assertThat(named(PREFIX + "-ledger-cpu-scaling").input("targetTrackingScalingPolicyConfiguration.targetValue"))
                .as("CPU as well").isEqualTo(70.0);

        var shop = named(PREFIX + "-shop-alb-requests-scaling");
        assertThat(shop.input("targetTrackingScalingPolicyConfiguration.targetValue")).isEqualTo(600.0);
        assertThat(shop.inputString("targetTrackingScalingPolicyConfiguration.predefinedMetricSpecification.predefinedMetricType"))
                .isEqualTo("ALBRequestCountPerTarget");
        assertThat(shop.inputString("targetTrackingScalingPolicyConfiguration.predefinedMetricSpecification.resourceLabel"))
                .contains("/targetgroup/");
        assertThat(plan.named(PREFIX + "-shop-requests-scaling")).as("no ECS caller: nothing counts").isEmpty();
        assertThat(plan.named(PREFIX + "-shop-cpu-scaling")).as("requests alone").isEmpty();
    }

    @Test
    void theOptedOutServiceIsAnAdvisoryAndThePrivateCaIsInTheCostRows() {
        assertThat(report.findings().findings()).filteredOn(f -> f.control().equals("PLAT.5"))
                .extracting(Finding::resource, Finding::blocks, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PREFIX + "-search-service", false,
                        "search receives shop's calls in plain text (opted out with services.search.tls: false): set "
                                + "serviceConnect.tls with the account's Private CA, or accept this finding with a reason"));
        assertThat(report.findings().blocking()).isEmpty();
        assertThat(MonthlyCost.of(plan).lines()).filteredOn(l -> l.item().startsWith("AWS Private CA"))
                .singleElement().satisfies(line -> assertThat(line.monthly()).isEqualTo(50.0));
    }

    @Test
    void prodEncryptsEveryServicesInboundTrafficAndDevNone() {
        var prod = StackFiles.plan("prod");
        for (var service : List.of("api", "cache", "catalog", "inventory", "orders")) {
            var resource = prod.named("ecs-platform-prod-" + service + "-service").orElseThrow();
            assertThat(resource.input("serviceConnectConfiguration.services")).as(service).asList()
                    .singleElement().satisfies(e -> assertThat(((Map<?, ?>) e).keySet()).extracting(Object::toString)
                            .contains("tls", "ingressPortOverride"));
        }
        assertThat(StackFiles.plan("dev").ofType("aws:iam/role:Role")).extracting(PlannedResource::name)
                .noneMatch(name -> name.contains("service-connect-tls"));
        assertThat(MonthlyCost.of(StackFiles.plan("dev")).lines()).noneMatch(l -> l.item().startsWith("AWS Private CA"));
    }
}
