package dev.ecsplatform.config;

import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceConfigTest {

    private static PlatformConfig load(String yaml) {
        return StackFiles.load(yaml);
    }

    @Test
    void readsTheServicesOfTheRealDevStack() {
        var dev = StackFiles.config("dev");
        assertThat(dev.services().keySet()).containsExactly("api", "cache", "catalog", "inventory", "notifier", "orders");
        var orders = dev.services().get("orders");
        assertThat(orders.port()).hasValue(8080);
        assertThat(orders.protocol()).isEqualTo(Protocol.HTTP);
        assertThat(orders.calls()).containsExactly("cache", "inventory");
        assertThat(orders.secrets()).isEqualTo(Map.of("DATABASE_PASSWORD", new SecretSource(
                "arn:aws:secretsmanager:us-east-1:123456789012:secret:ecs-platform/dev/orders-db-a1B2c3", Optional.empty())));
        // prod's database secret names the customer-managed key it is encrypted with.
        assertThat(StackFiles.config("prod").services().get("orders").secrets()).isEqualTo(Map.of("DATABASE_PASSWORD",
                new SecretSource("arn:aws:secretsmanager:us-east-1:123456789012:secret:ecs-platform/prod/orders-db-x9Y8z7",
                        Optional.of("arn:aws:kms:us-east-1:123456789012:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"))));
        assertThat(orders.environment()).isEqualTo(Map.of(
                "INVENTORY_URL", "grpc://inventory.dev.internal:9999", "CACHE_ADDR", "cache.dev.internal:6379"));
        assertThat(dev.services().get("notifier").isClientOnly()).isTrue();
        assertThat(dev.services().get("cache").protocol()).isEqualTo(Protocol.TCP);
        assertThat(dev.services().get("inventory").protocol()).isEqualTo(Protocol.GRPC);
        assertThat(dev.externalClients().get("erp").securityGroupIds()).containsExactly("sg-0a1b2c3d4e5f60718");
        assertThat(dev.externalClients().get("saleor").cidrs()).containsExactly("10.10.224.0/24");
        assertThat(dev.logRetentionDays()).isEqualTo(14);
        assertThat(dev.images().allowMutableTags()).isTrue();
        assertThat(orders.deployment()).isEqualTo(new DeploymentSettings(0, 200, true));
    }

    @Test
    void prodServicesAreSizedAndScaled() {
        var prod = StackFiles.config("prod");
        var api = prod.services().get("api");
        assertThat(api.autoscaling()).hasValue(new AutoscalingSettings(3, 12, 60));
        assertThat(api.deployment()).isEqualTo(new DeploymentSettings(100, 200, true));
        assertThat(prod.services().get("inventory").cpuArchitecture()).isEqualTo("ARM64");
        assertThat(prod.images().allowMutableTags()).isFalse();
        assertThat(prod.services().values()).allSatisfy(s -> assertThat(s.exec()).isFalse());
    }

    @Test
    void arm64RunsOnFargateSpot() {
        // ECS API reference, CapacityProviderStrategyItem: FARGATE_SPOT supports Linux ARM64 tasks on platform 1.4.0+.
        var config = load("""
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: dev.internal
                  ecs-platform:protect: false
                  ecs-platform:cluster: {capacityProviders: {FARGATE_SPOT: {weight: 1}}}
                  ecs-platform:services:
                    web: {image: "nginx:1.27", port: 8080, cpuArchitecture: ARM64}
                    batch: {image: "nginx:1.27", cpuArchitecture: ARM64, capacityProviders: {FARGATE_SPOT: {base: 1, weight: 3}, FARGATE: {weight: 1}}}
                """);
        assertThat(config.services().get("web").cpuArchitecture()).isEqualTo("ARM64");
        assertThat(config.services().get("batch").capacityProviders()).isNotEmpty();
    }

    @Test
    void serviceDefaultsAreSafe() {
        var config = load("""
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: internal
                  ecs-platform:observability: {subscribers: none}
                  ecs-platform:services:
                    web: {image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0.0", port: 8080}
                """);
        var web = config.services().get("web");
        assertThat(web.protocol()).isEqualTo(Protocol.HTTP);
        assertThat(web.cpu()).isEqualTo(256);
        assertThat(web.memory()).isEqualTo(512);
        assertThat(web.desiredCount()).isEqualTo(2);
        assertThat(web.readonlyRootFilesystem()).isTrue();
        assertThat(web.user()).isEqualTo("1000");
        assertThat(web.exec()).isFalse();
        assertThat(web.cpuArchitecture()).isEqualTo("X86_64");
        assertThat(web.ephemeralStorageGiB()).isEmpty();
        assertThat(web.healthCheck()).isEmpty();
        assertThat(web.autoscaling()).isEmpty();
        assertThat(web.calls()).isEmpty();
        assertThat(web.deployment()).isEqualTo(DeploymentSettings.DEFAULT);
        assertThat(config.serviceConnect()).isEqualTo(ServiceConnectSettings.DEFAULT);
        assertThat(config.logRetentionDays()).isEqualTo(365);
        assertThat(config.images().allowMutableTags()).isFalse();
    }

    @Test
    void secretsAndExecWidenTheDerivedEndpoints() {
        var config = load("""
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: internal
                  ecs-platform:observability: {subscribers: none}
                  ecs-platform:network: {natGateways: none}
                  ecs-platform:services:
                    web:
                      image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0.0"
                      port: 8080
                      exec: true
                      readonlyRootFilesystem: false
                      secrets:
                        A: arn:aws:secretsmanager:us-east-1:123456789012:secret:a
                        B: arn:aws:ssm:us-east-1:123456789012:parameter/b
                """);
        assertThat(config.network().endpoints()).extracting(e -> e.word()).containsExactlyInAnyOrder(
                "ecr.api", "ecr.dkr", "logs", "secretsmanager", "ssm", "ssmmessages");
    }

    @Test
    void waitingForSteadyStateIsTheDefaultAnEnvironmentChoiceAndAServiceOverride() {
        var config = load("""
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: internal
                  ecs-platform:observability: {subscribers: none}
                  ecs-platform:deployment: {waitForSteadyState: false}
                  ecs-platform:services:
                    web: {image: "nginx:1.27", port: 8080}
                    batch: {image: "nginx:1.27", deployment: {waitForSteadyState: true}}
                """);
        assertThat(DeploymentSettings.DEFAULT.waitForSteadyState()).isTrue();
        assertThat(config.services().get("web").deployment()).isEqualTo(new DeploymentSettings(100, 200, false));
        assertThat(config.services().get("batch").deployment()).isEqualTo(new DeploymentSettings(100, 200, true));
    }

    @Test
    void numbersAndBooleansInEnvironmentBecomeText() {
        var config = load("""
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: internal
                  ecs-platform:observability: {subscribers: none}
                  ecs-platform:services:
                    web:
                      image: "nginx:1.27"
                      port: 8080
                      environment: {PORT: 8080, DEBUG: false, RATIO: 0.5}
                """);
        assertThat(config.services().get("web").environment())
                .isEqualTo(Map.of("PORT", "8080", "DEBUG", "false", "RATIO", "0.5"));
    }

    @Test
    void healthCheckTimeoutsAndScalingAreRead() {
        var config = load("""
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: internal
                  ecs-platform:observability: {subscribers: none}
                  ecs-platform:services:
                    web:
                      image: "nginx:1.27"
                      port: 8080
                      protocol: http2
                      desiredCount: 4
                      healthCheck: {command: [CMD, /bin/check], intervalSeconds: 15, retries: 5}
                      timeouts: {idleSeconds: 0, perRequestSeconds: 60}
                      autoscaling: {min: 2, max: 8}
                      ephemeralStorage: 50
                      capacityProviders: {FARGATE_SPOT: {weight: 3}, FARGATE: {base: 1, weight: 1}}
                      taskRolePolicies: [arn:aws:iam::123456789012:policy/web-reads-bucket]
                """);
        var web = config.services().get("web");
        assertThat(web.healthCheck()).hasValue(new HealthCheckSettings(List.of("CMD", "/bin/check"), 15, 5, 5, 10));
        assertThat(web.timeouts()).hasValue(new TimeoutSettings(Optional.of(0), Optional.of(60)));
        assertThat(web.autoscaling()).hasValue(new AutoscalingSettings(2, 8, 60));
        assertThat(web.ephemeralStorageGiB()).hasValue(50);
        assertThat(web.capacityProviders()).containsExactly(
                new CapacityProviderShare("FARGATE", 1, 1), new CapacityProviderShare("FARGATE_SPOT", 0, 3));
        assertThat(web.taskRolePolicies()).isEqualTo(Set.of("arn:aws:iam::123456789012:policy/web-reads-bucket"));
    }
}
