package dev.ecsplatform.config;

import dev.ecsplatform.aws.InterfaceEndpoint;

import java.util.List;
import java.util.Set;

/**
 * A VPC the company already runs ({@code network.existing}): the stack looks it up and builds on it, and never
 * creates, changes or deletes the VPC, its subnets, routes, gateways or default security group.
 *
 * @param vpcId             the VPC, e.g. {@code vpc-0a1b2c3d4e5f60718}
 * @param privateSubnetIds  where the tasks run (and interface endpoints go), in the order given
 * @param publicSubnetIds   where the load balancer goes; empty when no service is public
 * @param endpoints         interface endpoints the stack may create, each only where the VPC has none with private
 *                          DNS for that service
 * @param endpointsDerived  true when {@code endpoints} was not written and was derived from the services
 * @param required          interface endpoints the tasks need where a private subnet has no route out (no NAT)
 */
public record ExistingNetwork(String vpcId, List<String> privateSubnetIds, List<String> publicSubnetIds,
                              Set<InterfaceEndpoint> endpoints, boolean endpointsDerived,
                              Set<InterfaceEndpoint> required) {

    public ExistingNetwork {
        privateSubnetIds = List.copyOf(privateSubnetIds);
        publicSubnetIds = List.copyOf(publicSubnetIds);
        endpoints = Set.copyOf(endpoints);
        required = Set.copyOf(required);
    }
}
