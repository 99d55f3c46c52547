package dev.ecsplatform.service;

import com.pulumi.core.Output;
import dev.ecsplatform.config.ServiceSettings;
import dev.ecsplatform.ingress.PublicEntry;
import dev.ecsplatform.stack.StackContext;

import java.util.List;
import java.util.Optional;

/**
 * What one connected service builds on: the stack, where services run, and what is really its own.
 *
 * @param stack           the stack's shared facts
 * @param home            the cluster, namespace, subnets and environment-wide service settings
 * @param service         the service's validated settings
 * @param callees         the services it calls, for deploy order and redeploys
 * @param registerDns     true when standalone servers call it, so it needs DNS records
 * @param securityGroupId its own security group, from the service firewall
 * @param loadBalancer    the target group and listener rule of a public service; empty for private ones
 * @param deploymentAlarms the alarms its deployments roll back on; empty when it has none
 * @param calledViaServiceConnect true when ECS services call it, so its proxy receives (and counts) requests
 */
public record ConnectedServiceArgs(
        StackContext stack,
        ServiceHome home,
        ServiceSettings service,
        List<CalleeLink> callees,
        boolean registerDns,
        Output<String> securityGroupId,
        Optional<PublicEntry.Attachment> loadBalancer,
        Optional<DeploymentAlarms> deploymentAlarms,
        boolean calledViaServiceConnect) {

    public ConnectedServiceArgs {
        callees = List.copyOf(callees);
    }
}
