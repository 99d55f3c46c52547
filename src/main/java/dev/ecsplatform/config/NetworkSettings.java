package dev.ecsplatform.config;

import dev.ecsplatform.aws.InterfaceEndpoint;
import dev.ecsplatform.aws.Ipv4Cidr;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The VPC of one environment.
 *
 * @param cidr             the VPC block; default 10.0.0.0/16 (unused with {@code existing})
 * @param zones            default: the first 3 available zones (unused with {@code existing})
 * @param natGateways      default {@code perAz} (unused with {@code existing})
 * @param endpoints        interface endpoints to create (with {@code existing}: those it may create where missing)
 * @param endpointsDerived true when {@code endpoints} was not written and was derived from the services
 * @param flowLogs         VPC flow-log settings (unused with {@code existing})
 * @param existing         {@code network.existing}: a VPC the stack looks up instead of building one
 * @param associatedVpcs   {@code namespace.associatedVpcs}: other VPCs whose servers resolve the namespace
 */
public record NetworkSettings(
        Ipv4Cidr cidr,
        AvailabilityZones zones,
        NatGateways natGateways,
        Set<InterfaceEndpoint> endpoints,
        boolean endpointsDerived,
        FlowLogSettings flowLogs,
        Optional<ExistingNetwork> existing,
        List<AssociatedVpc> associatedVpcs) {

    public NetworkSettings {
        endpoints = Set.copyOf(endpoints);
        associatedVpcs = List.copyOf(associatedVpcs);
    }
}
