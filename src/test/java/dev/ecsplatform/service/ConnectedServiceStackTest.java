package dev.ecsplatform.service;

import com.google.gson.JsonParser;
import dev.ecsplatform.aws.FargateSizes;
import dev.ecsplatform.config.ServiceSettings;
import dev.ecsplatform.plan.Plan;
import dev.ecsplatform.plan.PlannedResource;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every service of the real stacks, asserted on the exact inputs of its ECS service, task definition and roles. */
class ConnectedServiceStackTest {

    private static final String SERVICE = "aws:ecs/service:Service";
    private static final String TASK = "aws:ecs/taskDefinition:TaskDefinition";

    private static PlannedResource ecsService(Plan plan, String stack, String service) {
        return plan.get(SERVICE, "ecs-platform-" + stack + "-" + service + "-service");
    }

    private static PlannedResource task(Plan plan, String stack, String service) {
        return plan.get(TASK, "ecs-platform-" + stack + "-" + service + "-task");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceIsServiceConnectEnabledWithTheNamespaceArn(String stack) {
        var plan = StackFiles.plan(stack);
        var namespaceArn = plan.outputs().get("namespaceArn");
        for (var service : StackFiles.config(stack).services().values()) {
            var connect = ecsService(plan, stack, service.name()).input("serviceConnectConfiguration");
            assertThat(connect).as(service.name()).isInstanceOf(Map.class);
            var config = (Map<?, ?>) connect;
            assertThat(config.get("enabled")).isEqualTo(true);
            assertThat(config.get("namespace")).isEqualTo(namespaceArn);
            assertThat(config.get("logConfiguration")).isEqualTo(Map.of("logDriver", "awslogs", "options", Map.of(
                    "awslogs-group", "/ecs-platform/" + stack + "/services/" + service.name() + "/service-connect",
                    "awslogs-region", "us-east-1",
                    "awslogs-stream-prefix", "service-connect")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void endpointsMatchTheTaskDefinitionsPortMappingsAndUseOneNameEverywhere(String stack) {
        var plan = StackFiles.plan(stack);
        for (var service : StackFiles.config(stack).services().values()) {
            var connect = (Map<?, ?>) ecsService(plan, stack, service.name()).input("serviceConnectConfiguration");
            var container = JsonParser.parseString(task(plan, stack, service.name()).inputString("containerDefinitions"))
                    .getAsJsonArray().get(0).getAsJsonObject();
            if (service.isClientOnly()) {
                assertThat(connect.get("services")).as(service.name()).isNull();
                assertThat(container.has("portMappings")).isFalse();
                continue;
            }
            var mapping = container.getAsJsonArray("portMappings").get(0).getAsJsonObject();
            var endpoint = (Map<?, ?>) ((List<?>) connect.get("services")).get(0);
            assertThat(endpoint.get("portName")).isEqualTo(mapping.get("name").getAsString()).isEqualTo(service.name());
            assertThat(endpoint.get("discoveryName")).isEqualTo(service.name() + "-sc");
            assertThat(endpoint.get("clientAlias")).isEqualTo(List.of(Map.of(
                    "dnsName", service.name() + "." + stack + ".internal", "port", (double) service.port().get())));
            assertThat(mapping.get("containerPort").getAsInt()).isEqualTo(service.port().get());
            var expectedProtocol = service.protocol().appProtocol();
            assertThat(mapping.has("appProtocol") ? mapping.get("appProtocol").getAsString() : null)
                    .isEqualTo(expectedProtocol.orElse(null));
            if (service.protocol() == dev.ecsplatform.config.Protocol.TCP) {
                assertThat(endpoint.get("timeout")).as("no timeout for TCP").isNull();
            }
        }
        // The api service sets a per-request timeout (HTTP), which reaches Service Connect as given.
        var api = (Map<?, ?>) ((List<?>) ((Map<?, ?>) ecsService(plan, stack, "api").input("serviceConnectConfiguration"))
                .get("services")).get(0);
        assertThat(api.get("timeout")).isEqualTo(Map.of("perRequestTimeoutSeconds", 30.0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void servicesRunPrivateAndDeploySafely(String stack) {
        var plan = StackFiles.plan(stack);
        var config = StackFiles.config(stack);
        for (var service : config.services().values()) {
            var inputs = ecsService(plan, stack, service.name()).inputs();
            assertThat(inputs).as(service.name())
                    .containsEntry("name", service.name())
                    .containsEntry("cluster", plan.outputs().get("clusterArn"))
                    .containsEntry("deploymentCircuitBreaker", Map.of("enable", true, "rollback", true))
                    .containsEntry("deploymentMinimumHealthyPercent", (double) service.deployment().minimumHealthyPercent())
                    .containsEntry("deploymentMaximumPercent", (double) service.deployment().maximumPercent())
                    // Both stacks wait for every deployment to finish (the default).
                    .containsEntry("waitForSteadyState", true)
                    .containsEntry("availabilityZoneRebalancing", "ENABLED")
                    .containsEntry("enableExecuteCommand", service.exec())
                    .containsEntry("propagateTags", "SERVICE")
                    .containsEntry("enableEcsManagedTags", true)
                    .containsEntry("desiredCount", (double) service.desiredCount())
                    .containsEntry("taskDefinition", "arn:aws:ecs:us-east-1:123456789012:task-definition/ecs-platform-"
                            + stack + "-" + service.name() + "-task:1")
                    .doesNotContainKeys("launchType");
            assertThat(inputs.containsKey("loadBalancers")).as(service.name() + " is wired to the load balancer only if public")
                    .isEqualTo(service.publicEntry().isPresent());
            assertThat(inputs.get("networkConfiguration")).isEqualTo(Map.of(
                    "assignPublicIp", false,
                    "subnets", plan.outputs().get("privateSubnetIds"),
                    "securityGroups", List.of("ecs-platform-" + stack + "-" + service.name() + "-sg")));
        }
        var prodMinimum = StackFiles.config("prod").services().values().stream()
                .map(s -> s.deployment().minimumHealthyPercent()).distinct().toList();
        assertThat(prodMinimum).as("prod keeps 100% healthy while deploying").containsExactly(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void taskSizeIsTheAppPlusTheProxyReserveRoundedUpToAValidFargateSize(String stack) {
        var plan = StackFiles.plan(stack);
        var config = StackFiles.config(stack);
        for (var service : config.services().values()) {
            var inputs = task(plan, stack, service.name()).inputs();
            int cpu = Integer.parseInt((String) inputs.get("cpu"));
            int memory = Integer.parseInt((String) inputs.get("memory"));
            assertThat(FargateSizes.ALL).contains(new FargateSizes.TaskSize(cpu, memory));
            assertThat(cpu).isGreaterThanOrEqualTo(service.cpu() + 256);
            assertThat(memory).isGreaterThanOrEqualTo(service.memory() + 64);
            assertThat(inputs).containsEntry("networkMode", "awsvpc")
                    .containsEntry("requiresCompatibilities", List.of("FARGATE"))
                    .containsEntry("family", "ecs-platform-" + stack + "-" + service.name())
                    .containsEntry("runtimePlatform", Map.of("operatingSystemFamily", "LINUX",
                            "cpuArchitecture", service.cpuArchitecture()))
                    .doesNotContainKeys("pidMode", "ipcMode");
        }
        // 256 CPU / 512 MiB of app plus 256 / 64 for the proxy rounds up to 512 / 1024.
        assertThat(task(StackFiles.plan("dev"), "dev", "orders").inputs())
                .containsEntry("cpu", "512").containsEntry("memory", "1024");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void dnsRecordsExistExactlyWhereAStandaloneServerCallsTheService(String stack) {
        var plan = StackFiles.plan(stack);
        var config = StackFiles.config(stack);
        var p = "ecs-platform-" + stack;
        for (var service : config.services().values()) {
            boolean calledFromOutside = config.externalClients().values().stream()
                    .anyMatch(c -> c.calls().contains(service.name()));
            var registration = plan.named(p + "-" + service.name() + "-dns");
            var registries = ecsService(plan, stack, service.name()).input("serviceRegistries");
            assertThat(registration.isPresent()).as(service.name()).isEqualTo(calledFromOutside);
            if (calledFromOutside) {
                assertThat(registration.get().inputs())
                        .containsEntry("name", service.name())
                        // Tasks may still be registered when the last standalone caller goes: deregister, then delete.
                        .containsEntry("forceDestroy", true)
                        .containsEntry("dnsConfig", Map.of("namespaceId", p + "-namespace", "routingPolicy", "MULTIVALUE",
                                "dnsRecords", List.of(Map.of("type", "A", "ttl", 10.0))));
                assertThat(registries).isEqualTo(Map.of("registryArn",
                        "arn:aws:servicediscovery:us-east-1:123456789012:service/" + p + "-" + service.name() + "-dns"));
            } else {
                assertThat(registries).isNull();
            }
        }
        assertThat(plan.ofType("aws:servicediscovery/service:Service")).extracting(r -> r.inputString("name"))
                .containsExactlyInAnyOrder("catalog", "inventory", "orders");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void appAndProxyLogsAreKeptForTheEnvironmentsRetention(String stack) {
        var plan = StackFiles.plan(stack);
        var config = StackFiles.config(stack);
        for (var service : config.services().keySet()) {
            for (var kind : List.of("app", "proxy")) {
                var group = plan.get("aws:cloudwatch/logGroup:LogGroup", "ecs-platform-" + stack + "-" + service + "-" + kind + "-logs");
                assertThat(group.inputs()).containsEntry("retentionInDays", (double) config.logRetentionDays())
                        .containsEntry("name", "/ecs-platform/" + stack + "/services/" + service + "/"
                                + (kind.equals("app") ? "app" : "service-connect"));
            }
        }
    }

    @Test
    void executionRoleReadsOnlyItsOwnSecretsAndWritesOnlyItsOwnLogs() {
        var plan = StackFiles.plan("prod");
        var orders = plan.get("aws:iam/rolePolicy:RolePolicy", "ecs-platform-prod-orders-execution-policy");
        var logs = "arn:aws:logs:us-east-1:123456789012:log-group:ecs-platform-prod-orders-";
        var secret = "arn:aws:secretsmanager:us-east-1:123456789012:secret:ecs-platform/prod/orders-db-x9Y8z7";
        assertThat(orders.inputString("policy")).isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"WriteLogs\",\"Effect\":\"Allow\",\"Action\":[\"logs:CreateLogStream\",\"logs:PutLogEvents\"],"
                + "\"Resource\":[\"" + logs + "app-logs:log-stream:*\",\"" + logs + "proxy-logs:log-stream:*\"]},"
                + "{\"Sid\":\"ReadOwnSecrets\",\"Effect\":\"Allow\",\"Action\":\"secretsmanager:GetSecretValue\","
                + "\"Resource\":[\"" + secret + "\",\"" + secret + "-??????\"]},"
                // The secret is under a customer-managed key: decrypt with exactly that key, only through Secrets Manager.
                + "{\"Sid\":\"DecryptOwnSecrets1\",\"Effect\":\"Allow\",\"Action\":\"kms:Decrypt\","
                + "\"Resource\":\"arn:aws:kms:us-east-1:123456789012:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b\","
                + "\"Condition\":{\"StringEquals\":{\"kms:ViaService\":\"secretsmanager.us-east-1.amazonaws.com\"}}}]}");
        var catalog = plan.get("aws:iam/rolePolicy:RolePolicy", "ecs-platform-prod-catalog-execution-policy").inputString("policy");
        assertThat(catalog).contains("\"Sid\":\"ReadOwnParameters\",\"Effect\":\"Allow\",\"Action\":\"ssm:GetParameters\","
                + "\"Resource\":\"arn:aws:ssm:us-east-1:123456789012:parameter/ecs-platform/prod/catalog/search-api-key\"")
                .doesNotContain("secretsmanager").doesNotContain("orders");
        var api = plan.get("aws:iam/rolePolicy:RolePolicy", "ecs-platform-prod-api-execution-policy").inputString("policy");
        assertThat(api).doesNotContain("secretsmanager").doesNotContain("ssm:");
        // catalog's parameter uses the AWS-managed key: no KMS permission at all.
        assertThat(catalog).doesNotContain("kms:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void rolesTrustOnlyEcsTasksOfThisAccountAndCarryOnlyWhatIsConfigured(String stack) {
        var plan = StackFiles.plan(stack);
        var trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"EcsTasksOfThisAccount\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\","
                + "\"Condition\":{\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:ecs:us-east-1:123456789012:*\"},"
                + "\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"}}}]}";
        for (var service : StackFiles.config(stack).services().values()) {
            for (var role : List.of("execution", "task")) {
                var resource = plan.get("aws:iam/role:Role", "ecs-platform-" + stack + "-" + service.name() + "-" + role + "-role");
                assertThat(resource.inputString("assumeRolePolicy")).isEqualTo(trust);
                assertThat(resource.inputString("name")).isEqualTo("ecs-platform-" + stack + "-" + service.name() + "-" + role);
                assertThat(resource.inputs()).doesNotContainKeys("managedPolicyArns", "inlinePolicies");
            }
            assertThat(plan.named("ecs-platform-" + stack + "-" + service.name() + "-exec-channels").isPresent())
                    .isEqualTo(service.exec());
        }
        // The Service Connect TLS role's policy is the cluster's (EastWestStackTest); the services attach only this.
        var attachments = plan.ofType("aws:iam/rolePolicyAttachment:RolePolicyAttachment").stream()
                .filter(a -> !a.name().endsWith("-service-connect-tls-policy")).toList();
        assertThat(attachments).hasSize(1);
        assertThat(attachments.get(0).inputs()).isEqualTo(Map.of(
                "role", "ecs-platform-" + stack + "-catalog-task", "policyArn", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"));
    }

    @Test
    void taskDefinitionsWaitForTheirLogGroupAndEveryPermission() {
        var plan = StackFiles.plan("dev");
        var component = "urn:pulumi:dev::ecs-platform::pulumi:pulumi:Stack$ecs-platform:service:ConnectedService$";
        assertThat(task(plan, "dev", "api").dependsOn()).containsExactlyInAnyOrder(
                component + "aws:cloudwatch/logGroup:LogGroup::ecs-platform-dev-api-app-logs",
                component + "aws:iam/rolePolicy:RolePolicy::ecs-platform-dev-api-execution-policy",
                component + "aws:iam/rolePolicy:RolePolicy::ecs-platform-dev-api-exec-channels");
        assertThat(task(plan, "dev", "catalog").dependsOn()).containsExactlyInAnyOrder(
                component + "aws:cloudwatch/logGroup:LogGroup::ecs-platform-dev-catalog-app-logs",
                component + "aws:iam/rolePolicy:RolePolicy::ecs-platform-dev-catalog-execution-policy",
                component + "aws:iam/rolePolicyAttachment:RolePolicyAttachment::"
                        + TaskRoles.attachmentName("ecs-platform-dev-catalog", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"));
    }

    @Test
    void autoscalingOwnsTheDesiredCountWhereConfigured() {
        var plan = StackFiles.plan("prod");
        var api = ecsService(plan, "prod", "api");
        assertThat(api.ignoreChanges()).containsExactly("desiredCount");
        assertThat(ecsService(plan, "prod", "catalog").ignoreChanges()).isEmpty();
        assertThat(plan.get("aws:appautoscaling/target:Target", "ecs-platform-prod-api-scaling-target").inputs())
                .containsEntry("serviceNamespace", "ecs")
                .containsEntry("scalableDimension", "ecs:service:DesiredCount")
                .containsEntry("resourceId", "service/ecs-platform-prod/api")
                .containsEntry("minCapacity", 3.0)
                .containsEntry("maxCapacity", 12.0);
        assertThat(plan.get("aws:appautoscaling/policy:Policy", "ecs-platform-prod-api-cpu-scaling").inputs())
                .containsEntry("policyType", "TargetTrackingScaling")
                .containsEntry("resourceId", "service/ecs-platform-prod/api")
                .containsEntry("targetTrackingScalingPolicyConfiguration", Map.of(
                        "targetValue", 60.0,
                        "predefinedMetricSpecification", Map.of("predefinedMetricType", "ECSServiceAverageCPUUtilization"),
                        "scaleInCooldown", 300.0,
                        "scaleOutCooldown", 60.0));
        assertThat(plan.ofType("aws:appautoscaling/target:Target")).hasSize(2);
        assertThat(StackFiles.plan("dev").ofType("aws:appautoscaling/target:Target")).isEmpty();
    }

    @Test
    void capacityStrategyFollowsTheClusterUnlessTheServiceOverridesIt() {
        var dev = StackFiles.plan("dev");
        assertThat(ecsService(dev, "dev", "orders").input("capacityProviderStrategies"))
                .isEqualTo(List.of(Map.of("capacityProvider", "FARGATE_SPOT", "base", 0.0, "weight", 1.0)));
        ServiceSettings inventory = StackFiles.config("prod").services().get("inventory");
        assertThat(inventory.capacityProviders()).isEmpty();
        assertThat(ecsService(StackFiles.plan("prod"), "prod", "inventory").input("capacityProviderStrategies"))
                .isEqualTo(List.of(Map.of("capacityProvider", "FARGATE", "base", 2.0, "weight", 1.0)));
    }
}
