package dev.ecsplatform.service;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.ecsplatform.aws.ConnectNames;
import dev.ecsplatform.config.ServiceSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Builds a service's container definitions from its settings and serialises them for ECS. Pure. */
public final class ContainerDefinitions {

    /** Writable scratch space; with a read-only root filesystem most runtimes still need /tmp. */
    public static final TaskVolume TMP = new TaskVolume("tmp", "/tmp");
    public static final String APP_CONTAINER = "app";

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /** A task-level volume (Fargate ephemeral storage) and where the app container mounts it. */
    public record TaskVolume(String name, String containerPath) {
    }

    private ContainerDefinitions() {
    }

    /** The volumes the task declares for this service. */
    public static List<TaskVolume> volumes(ServiceSettings service) {
        var volumes = new ArrayList<TaskVolume>();
        // ECS Exec needs a writable root filesystem, which validation requires wherever exec is on.
        if (service.readonlyRootFilesystem()) {
            volumes.add(TMP);
        }
        return volumes;
    }

    public static EcsContainerDefinition app(ServiceSettings service, String region, String logGroupName) {
        var ports = service.port().map(port -> List.of(new EcsContainerDefinition.PortMapping(
                ConnectNames.portName(service.name()), port, "tcp", service.protocol().appProtocol().orElse(null))))
                .orElse(null);
        var environment = service.environment().entrySet().stream()
                .map(e -> new EcsContainerDefinition.KeyValuePair(e.getKey(), e.getValue())).toList();
        var secrets = service.secrets().entrySet().stream()
                .map(e -> new EcsContainerDefinition.Secret(e.getKey(), e.getValue().from())).toList();
        var health = service.healthCheck().map(h -> new EcsContainerDefinition.HealthCheck(
                h.command(), h.intervalSeconds(), h.timeoutSeconds(), h.retries(), h.startPeriodSeconds())).orElse(null);
        var logOptions = new LinkedHashMap<String, String>();
        logOptions.put("awslogs-group", logGroupName);
        logOptions.put("awslogs-region", region);
        logOptions.put("awslogs-stream-prefix", APP_CONTAINER);
        var mounts = volumes(service).stream()
                .map(v -> new EcsContainerDefinition.MountPoint(v.name(), v.containerPath(), false)).toList();
        return new EcsContainerDefinition(
                APP_CONTAINER,
                service.image(),
                true,
                service.cpu(),
                service.memory(),
                ports,
                environment.isEmpty() ? null : environment,
                secrets.isEmpty() ? null : secrets,
                service.command().isEmpty() ? null : service.command(),
                health,
                new EcsContainerDefinition.LogConfiguration("awslogs", logOptions),
                service.readonlyRootFilesystem(),
                service.user(),
                false,
                // An init process reaps the processes ECS Exec leaves behind.
                service.exec() ? new EcsContainerDefinition.LinuxParameters(true) : null,
                mounts.isEmpty() ? null : mounts);
    }

    public static String toJson(List<EcsContainerDefinition> definitions) {
        return GSON.toJson(definitions);
    }
}
