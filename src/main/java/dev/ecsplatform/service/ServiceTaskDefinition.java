package dev.ecsplatform.service;

import com.pulumi.aws.ecs.TaskDefinition;
import com.pulumi.aws.ecs.TaskDefinitionArgs;
import com.pulumi.aws.ecs.inputs.TaskDefinitionEphemeralStorageArgs;
import com.pulumi.aws.ecs.inputs.TaskDefinitionRuntimePlatformArgs;
import com.pulumi.aws.ecs.inputs.TaskDefinitionVolumeArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;

import java.util.List;

/** A service's Fargate task definition: its size with the proxy's share, its roles, its one app container. */
final class ServiceTaskDefinition {

    private ServiceTaskDefinition() {
    }

    static TaskDefinition create(ComponentResource parent, String name, ConnectedServiceArgs args, String appLogGroup,
                                 ServiceRoles roles) {
        var service = args.service();
        var size = service.taskSize(args.home().proxyReserve());
        // The group's name is known now, so the container definitions stay plain JSON rather than an Output.
        var container = ContainerDefinitions.app(service, args.stack().region(), appLogGroup);
        var builder = TaskDefinitionArgs.builder()
                .family(name)
                .networkMode("awsvpc")
                .requiresCompatibilities("FARGATE")
                .cpu(String.valueOf(size.cpu()))
                .memory(String.valueOf(size.memory()))
                .executionRoleArn(roles.execution().arn())
                .taskRoleArn(roles.task().arn())
                .runtimePlatform(TaskDefinitionRuntimePlatformArgs.builder()
                        .operatingSystemFamily("LINUX")
                        .cpuArchitecture(service.cpuArchitecture())
                        .build())
                .containerDefinitions(ContainerDefinitions.toJson(List.of(container)))
                .tags(args.stack().tags(name + "-task"));
        var volumes = ContainerDefinitions.volumes(service);
        if (!volumes.isEmpty()) {
            builder.volumes(volumes.stream().map(v -> TaskDefinitionVolumeArgs.builder().name(v.name()).build()).toList());
        }
        service.ephemeralStorageGiB().ifPresent(gib -> builder.ephemeralStorage(
                TaskDefinitionEphemeralStorageArgs.builder().sizeInGib(gib).build()));
        // Tasks start as soon as the service exists: their log group and every permission must be in place
        // first, or the first tasks fail to pull, log or read secrets and the circuit breaker rolls back.
        return new TaskDefinition(name + "-task", builder.build(),
                CustomResourceOptions.builder().parent(parent).dependsOn(roles.permissions()).build());
    }
}
