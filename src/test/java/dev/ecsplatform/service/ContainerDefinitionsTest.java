package dev.ecsplatform.service;

import dev.ecsplatform.testing.EcsApiModel;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Container definitions use only ECS API field names and enum values, and carry the secure defaults. */
class ContainerDefinitionsTest {

    private static final EcsApiModel ECS = EcsApiModel.load();

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyTaskDefinitionOfTheRealStacksConformsToTheEcsApi(String stack) {
        var tasks = StackFiles.plan(stack).ofType("aws:ecs/taskDefinition:TaskDefinition");
        assertThat(tasks).hasSize(6);
        assertThat(tasks).allSatisfy(task -> assertThat(
                ECS.violations("ContainerDefinitions", task.inputString("containerDefinitions")))
                .as(task.name()).isEmpty());
    }

    @Test
    void theCheckerCatchesWrongNamesAndEnumValues() {
        assertThat(ECS.violations("ContainerDefinitions",
                "[{\"name\":\"app\",\"image\":\"x\",\"readOnlyRootFilesystem\":true,"
                        + "\"portMappings\":[{\"containerPort\":80,\"protocol\":\"TCP\",\"appProtocol\":\"https\"}]}]"))
                .containsExactlyInAnyOrder(
                        "$[0].readOnlyRootFilesystem: not a member of ContainerDefinition",
                        "$[0].portMappings[0].protocol: \"TCP\" is not one of [\"tcp\",\"udp\"] (TransportProtocol)",
                        "$[0].portMappings[0].appProtocol: \"https\" is not one of [\"http\",\"http2\",\"grpc\"] (ApplicationProtocol)");
    }

    @Test
    void appContainerIsLockedDownAndLogs() {
        var orders = StackFiles.config("dev").services().get("orders");
        var app = ContainerDefinitions.app(orders, "us-east-1", "/ecs-platform/dev/services/orders/app");
        assertThat(app.readonlyRootFilesystem()).isTrue();
        assertThat(app.privileged()).isFalse();
        assertThat(app.user()).isEqualTo("1000");
        assertThat(app.essential()).isTrue();
        assertThat(app.logConfiguration().logDriver()).isEqualTo("awslogs");
        assertThat(app.logConfiguration().options()).containsEntry("awslogs-group", "/ecs-platform/dev/services/orders/app")
                .containsEntry("awslogs-region", "us-east-1").containsEntry("awslogs-stream-prefix", "app");
        assertThat(app.portMappings()).containsExactly(new EcsContainerDefinition.PortMapping("orders", 8080, "tcp", "http"));
        assertThat(app.mountPoints()).containsExactly(new EcsContainerDefinition.MountPoint("tmp", "/tmp", false));
        assertThat(app.secrets()).containsExactly(new EcsContainerDefinition.Secret("DATABASE_PASSWORD",
                "arn:aws:secretsmanager:us-east-1:123456789012:secret:ecs-platform/dev/orders-db-a1B2c3"));
    }

    @Test
    void tcpPortsHaveNoAppProtocolAndClientOnlyServicesNoPorts() {
        var dev = StackFiles.config("dev");
        var cache = ContainerDefinitions.app(dev.services().get("cache"), "us-east-1", "g");
        assertThat(cache.portMappings()).containsExactly(new EcsContainerDefinition.PortMapping("cache", 6379, "tcp", null));
        assertThat(ContainerDefinitions.toJson(List.of(cache))).doesNotContain("appProtocol");
        var notifier = ContainerDefinitions.app(dev.services().get("notifier"), "us-east-1", "g");
        assertThat(notifier.portMappings()).isNull();
        assertThat(ContainerDefinitions.toJson(List.of(notifier))).doesNotContain("portMappings");
    }

    @Test
    void execGetsAnInitProcessAndAWritableRootAndReadOnlyServicesGetAWritableTmp() {
        var config = StackFiles.load("""
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: internal
                  ecs-platform:services:
                    web: {image: "nginx:1.27", port: 8080}
                    rw: {image: "nginx:1.27", port: 8081, exec: true, readonlyRootFilesystem: false}
                """);
        var web = ContainerDefinitions.app(config.services().get("web"), "us-east-1", "g");
        assertThat(web.linuxParameters()).isNull();
        assertThat(web.readonlyRootFilesystem()).isTrue();
        assertThat(web.mountPoints()).extracting(EcsContainerDefinition.MountPoint::containerPath).containsExactly("/tmp");
        var rw = ContainerDefinitions.app(config.services().get("rw"), "us-east-1", "g");
        assertThat(rw.linuxParameters()).isEqualTo(new EcsContainerDefinition.LinuxParameters(true));
        assertThat(rw.readonlyRootFilesystem()).isFalse();
        assertThat(rw.mountPoints()).isNull();
        assertThat(ECS.violations("ContainerDefinitions", ContainerDefinitions.toJson(List.of(web, rw)))).isEmpty();
    }
}
