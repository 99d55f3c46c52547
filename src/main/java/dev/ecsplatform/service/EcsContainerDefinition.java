package dev.ecsplatform.service;

import java.util.List;
import java.util.Map;

/**
 * A container definition exactly as the ECS RegisterTaskDefinition API names its fields. Null fields
 * are left out of the JSON. Only the fields this platform sets are modelled.
 */
public record EcsContainerDefinition(
        String name,
        String image,
        Boolean essential,
        Integer cpu,
        Integer memory,
        List<PortMapping> portMappings,
        List<KeyValuePair> environment,
        List<Secret> secrets,
        List<String> command,
        HealthCheck healthCheck,
        LogConfiguration logConfiguration,
        Boolean readonlyRootFilesystem,
        String user,
        Boolean privileged,
        LinuxParameters linuxParameters,
        List<MountPoint> mountPoints) {

    /** {@code protocol} is {@code tcp}; {@code appProtocol} is {@code http}, {@code http2}, {@code grpc} or absent (TCP). */
    public record PortMapping(String name, Integer containerPort, String protocol, String appProtocol) {
    }

    public record KeyValuePair(String name, String value) {
    }

    public record Secret(String name, String valueFrom) {
    }

    public record HealthCheck(List<String> command, Integer interval, Integer timeout, Integer retries,
                              Integer startPeriod) {
    }

    public record LogConfiguration(String logDriver, Map<String, String> options) {
    }

    public record LinuxParameters(Boolean initProcessEnabled) {
    }

    public record MountPoint(String sourceVolume, String containerPath, Boolean readOnly) {
    }
}
