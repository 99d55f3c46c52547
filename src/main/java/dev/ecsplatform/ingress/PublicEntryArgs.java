package dev.ecsplatform.ingress;

import dev.ecsplatform.config.IngressSettings;
import dev.ecsplatform.config.ServiceSettings;
import dev.ecsplatform.network.Network;
import dev.ecsplatform.security.ServiceFirewall;
import dev.ecsplatform.stack.StackContext;

import java.util.List;

/**
 * What the public entry builds on.
 *
 * @param stack    the stack's shared facts (region: who may deliver access logs; account: their prefix;
 *                 protect: deletion protection and bucket retention)
 * @param network  the VPC and its public subnets
 * @param firewall holds the load balancer's security group (its rules come from the call graph)
 * @param ingress  the validated {@code ecs-platform:ingress} settings
 * @param services the public services, by name order
 */
public record PublicEntryArgs(StackContext stack, Network network, ServiceFirewall firewall, IngressSettings ingress,
                              List<ServiceSettings> services) {

    public PublicEntryArgs {
        services = List.copyOf(services);
    }
}
