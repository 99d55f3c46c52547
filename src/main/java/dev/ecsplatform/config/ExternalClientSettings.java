package dev.ecsplatform.config;

import java.util.SortedSet;

/**
 * A standalone server inside the VPC (not an ECS task), such as the ERP or the Saleor API, that
 * calls some services through their DNS names.
 *
 * @param name             the map key
 * @param securityGroupIds the security groups the server's network interfaces carry
 * @param cidrs            address blocks the server calls from (when it has no security group here)
 * @param calls            names of the services it calls
 */
public record ExternalClientSettings(String name, SortedSet<String> securityGroupIds, SortedSet<String> cidrs,
                                     SortedSet<String> calls) {

    public ExternalClientSettings {
        securityGroupIds = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(securityGroupIds));
        cidrs = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(cidrs));
        calls = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(calls));
    }
}
