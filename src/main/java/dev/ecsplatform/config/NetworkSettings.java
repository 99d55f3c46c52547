package dev.ecsplatform.config;

import dev.ecsplatform.aws.InterfaceEndpoint;
import dev.ecsplatform.aws.Ipv4Cidr;

import java.util.Set;

/**
 * The VPC of one environment.
 *
 * @param cidr             the VPC block; default 10.0.0.0/16
 * @param zones            default: the first 3 available zones
 * @param natGateways      default {@code perAz}
 * @param endpoints        interface endpoints to create
 * @param endpointsDerived true when {@code endpoints} was not written and was derived from the services
 * @param flowLogs         VPC flow-log settings
 */
public record NetworkSettings(
        Ipv4Cidr cidr,
        AvailabilityZones zones,
        NatGateways natGateways,
        Set<InterfaceEndpoint> endpoints,
        boolean endpointsDerived,
        FlowLogSettings flowLogs) {

    public NetworkSettings {
        endpoints = Set.copyOf(endpoints);
    }
}
