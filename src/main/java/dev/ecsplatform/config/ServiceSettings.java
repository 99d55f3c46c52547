package dev.ecsplatform.config;

import dev.ecsplatform.aws.FargateSizes;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * One backend service of {@code ecs-platform:services}. Defaults are applied by the reader and
 * listed in docs/configuration.md.
 *
 * @param name                   the map key: a DNS label, also the service's internal name
 * @param image                  container image reference (required)
 * @param port                   the port the app listens on; empty for a client-only service
 * @param protocol               {@code http} (default), {@code http2}, {@code grpc} or {@code tcp}
 * @param cpu                    CPU units of the app container (default 256)
 * @param memory                 MiB of the app container (default 512)
 * @param desiredCount           tasks to run (default 2)
 * @param calls                  names of the services it calls, sorted
 * @param environment            plain environment variables
 * @param secrets                environment variable name to its secret (Secrets Manager or SSM ARN, optional KMS key)
 * @param command                the container command; empty keeps the image's
 * @param healthCheck            the container health check, if any
 * @param autoscaling            CPU target tracking, if any
 * @param timeouts               Service Connect timeouts, if any
 * @param readonlyRootFilesystem default true (Security Hub ECS.5)
 * @param user                   the Linux user the container runs as (default {@code 1000}; ECS.20)
 * @param ephemeralStorageGiB    21–200, or empty for the Fargate default of 20
 * @param cpuArchitecture        {@code X86_64} (default) or {@code ARM64}
 * @param exec                   ECS Exec (default false)
 * @param capacityProviders      a strategy overriding the cluster default, or empty
 * @param taskRolePolicies       managed policy ARNs attached to the task role, sorted
 * @param deployment             rolling-deployment bounds (default: the environment's)
 * @param publicEntry            how it faces the internet through the load balancer; empty for private services
 * @param alarms                 its alarm thresholds (the environment's, with its own overrides)
 * @param tlsOptIn               false when {@code tls: false} opts it out of the environment's Service Connect TLS
 */
public record ServiceSettings(
        String name,
        String image,
        Optional<Integer> port,
        Protocol protocol,
        int cpu,
        int memory,
        int desiredCount,
        SortedSet<String> calls,
        SortedMap<String, String> environment,
        SortedMap<String, SecretSource> secrets,
        List<String> command,
        Optional<HealthCheckSettings> healthCheck,
        Optional<AutoscalingSettings> autoscaling,
        Optional<TimeoutSettings> timeouts,
        boolean readonlyRootFilesystem,
        String user,
        Optional<Integer> ephemeralStorageGiB,
        String cpuArchitecture,
        boolean exec,
        List<CapacityProviderShare> capacityProviders,
        SortedSet<String> taskRolePolicies,
        DeploymentSettings deployment,
        Optional<PublicSettings> publicEntry,
        AlarmSettings alarms,
        boolean tlsOptIn) {

    public ServiceSettings {
        calls = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(calls));
        environment = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(environment));
        secrets = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(secrets));
        command = List.copyOf(command);
        capacityProviders = List.copyOf(capacityProviders);
        taskRolePolicies = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(taskRolePolicies));
    }

    /**
     * The Fargate task size: the app container plus the Service Connect proxy's reserve, rounded up to the
     * cheapest valid size. Validation has already refused services that fit no size.
     */
    public FargateSizes.TaskSize taskSize(ServiceConnectSettings proxy) {
        return FargateSizes.smallestFitting(cpu + proxy.proxyCpu(), memory + proxy.proxyMemory())
                .orElseThrow(() -> new IllegalStateException(name + " fits no Fargate size; validation should have said so"));
    }

    /**
     * Whether its proxy terminates TLS for what other proxies send it: the environment has Service Connect TLS, the
     * service serves a port and has not opted out.
     */
    public boolean tls(ServiceConnectSettings serviceConnect) {
        return serviceConnect.tls().isPresent() && port.isPresent() && tlsOptIn;
    }

    /** Why its inbound Service Connect traffic is in plain text, or empty when it is encrypted (for the plan). */
    public Optional<String> plainTextReason(ServiceConnectSettings serviceConnect) {
        if (port.isEmpty()) {
            return Optional.of("client-only: serves no port");
        }
        if (serviceConnect.tls().isEmpty()) {
            return Optional.of("serviceConnect.tls is not set");
        }
        return tlsOptIn ? Optional.empty() : Optional.of("opted out with services." + name + ".tls: false");
    }

    /**
     * The port Service Connect callers reach: the proxy's override port under TLS, else the service's own port (the
     * proxy listens there). Callers without a proxy (load balancer, standalone servers) always use {@link #port()}.
     */
    public Optional<Integer> proxyPort(ServiceConnectSettings serviceConnect) {
        return tls(serviceConnect) ? port.map(TlsSettings::proxyPortFor) : port;
    }

    /** A client-only service calls others but serves no port. */
    public boolean isClientOnly() {
        return port.isEmpty();
    }
}
