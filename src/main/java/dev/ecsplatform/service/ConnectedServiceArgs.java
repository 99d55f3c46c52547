package dev.ecsplatform.service;

import com.pulumi.core.Output;
import dev.ecsplatform.config.CapacityProviderShare;
import dev.ecsplatform.config.ServiceSettings;
import dev.ecsplatform.ingress.PublicEntry;
import dev.ecsplatform.naming.StackNames;

import java.util.List;

/**
 * Everything one connected service needs: its validated settings, what it shares with the stack,
 * and the ids of what it depends on.
 *
 * @param names            naming and tagging for the stack
 * @param region           the AWS region
 * @param accountId        the account (role trust is limited to it)
 * @param namespace        the private DNS namespace name
 * @param service          the service's validated settings
 * @param taskSize         the Fargate size, app plus Service Connect proxy, rounded up
 * @param logRetentionDays retention of its two log groups
 * @param capacityStrategy the strategy it runs with (its own or the cluster's)
 * @param registerDns      true when standalone servers call it, so it needs DNS records
 * @param callees          the services it calls, for deploy order and redeploys
 * @param clusterArn       the ECS cluster
 * @param namespaceArn     the Cloud Map namespace, by ARN
 * @param namespaceId      the Cloud Map namespace id (for DNS registrations)
 * @param subnetIds        the private subnets
 * @param securityGroupId  the service's own security group
 * @param loadBalancer     the target group and listener rule of a public service; empty for private ones
 * @param clusterReady     the cluster's capacity provider association, which the service must wait for
 * @param deploymentAlarms the alarms its deployments roll back on; empty when it has none
 */
public record ConnectedServiceArgs(
        StackNames names,
        String region,
        Output<String> accountId,
        String namespace,
        ServiceSettings service,
        FargateSizes.TaskSize taskSize,
        int logRetentionDays,
        List<CapacityProviderShare> capacityStrategy,
        boolean registerDns,
        List<CalleeLink> callees,
        Output<String> clusterArn,
        Output<String> namespaceArn,
        Output<String> namespaceId,
        Output<List<String>> subnetIds,
        Output<String> securityGroupId,
        java.util.Optional<PublicEntry.Attachment> loadBalancer,
        com.pulumi.resources.Resource clusterReady,
        java.util.Optional<DeploymentAlarms> deploymentAlarms) {
}
