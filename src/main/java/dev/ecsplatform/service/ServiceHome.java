package dev.ecsplatform.service;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import dev.ecsplatform.cluster.ExecSessionLogging;
import dev.ecsplatform.cluster.PlatformCluster;
import dev.ecsplatform.cluster.ServiceConnectTlsRole;
import dev.ecsplatform.config.CapacityProviderShare;
import dev.ecsplatform.config.PlatformConfig;
import dev.ecsplatform.config.ServiceConnectSettings;
import dev.ecsplatform.config.ServiceSettings;
import dev.ecsplatform.network.Network;

import java.util.List;
import java.util.Optional;

/**
 * Where and how this environment's services run: a typed view of the cluster and network components plus
 * the environment-wide service settings, so that a service takes one argument for them instead of a dozen
 * loose outputs (as a CDK service takes its cluster, which carries its VPC and default namespace).
 *
 * @param clusterName             the ECS cluster's name (autoscaling addresses services by it)
 * @param clusterArn              the ECS cluster
 * @param clusterReady            the cluster's capacity-provider association: ECS refuses a capacity provider
 *                                the cluster is not yet associated with, so services wait for it
 * @param namespaceName           the private DNS namespace, e.g. {@code dev.internal} (client aliases end in it)
 * @param namespaceArn            the namespace by ARN, for Service Connect (a name can create a second namespace)
 * @param namespaceId             the namespace by id, for the DNS registrations of standalone callers
 * @param subnetIds               the private subnets tasks run in
 * @param defaultCapacityStrategy the cluster's strategy, for services that name none
 * @param proxyReserve            what each task reserves for the Service Connect proxy
 * @param logRetentionDays        retention of every service's log groups
 * @param tlsRole                 the infrastructure role of Service Connect TLS, when the environment has TLS
 * @param execLogging             where the cluster logs ECS Exec sessions, when any service allows Exec
 * @param execLogsKeyArn          the key that encrypts the Exec session log group, when the stack has one
 */
public record ServiceHome(
        Output<String> clusterName,
        Output<String> clusterArn,
        Resource clusterReady,
        String namespaceName,
        Output<String> namespaceArn,
        Output<String> namespaceId,
        Output<List<String>> subnetIds,
        List<CapacityProviderShare> defaultCapacityStrategy,
        ServiceConnectSettings proxyReserve,
        int logRetentionDays,
        Optional<ServiceConnectTlsRole> tlsRole,
        Optional<ExecSessionLogging> execLogging,
        Optional<Output<String>> execLogsKeyArn) {

    public ServiceHome {
        defaultCapacityStrategy = List.copyOf(defaultCapacityStrategy);
    }

    public static ServiceHome of(PlatformCluster cluster, Network network, PlatformConfig config) {
        return new ServiceHome(cluster.clusterName(), cluster.clusterArn(), cluster.capacityProviders(),
                config.namespace(), cluster.namespaceArn(), cluster.namespaceId(), network.privateSubnetIds(),
                config.cluster().capacityProviders(), config.serviceConnect(), config.logRetentionDays(),
                cluster.tlsRole(), cluster.execLogging(), cluster.execLogsKeyArn());
    }

    /** The strategy a service runs with: its own, or the cluster's when it names none. */
    public List<CapacityProviderShare> capacityStrategyOf(ServiceSettings service) {
        return service.capacityProviders().isEmpty() ? defaultCapacityStrategy : service.capacityProviders();
    }
}
