package dev.ecsplatform.bootstrap.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What each data source the main program reads asks AWS, by function token: all a {@code pulumi preview} of the
 * program needs (a preview does not read the stack's resources: no refresh), so the preview roles are allowed exactly
 * these actions and nothing else. The plan test checks that every invoke of every plan has a row here.
 */
public final class DataSourceActions {

    private static final Map<String, List<String>> ACTIONS = Map.ofEntries(
            // The zones of the region, when a stack sets azCount rather than naming them.
            Map.entry("aws:index/getAvailabilityZones:getAvailabilityZones", List.of("ec2:DescribeAvailabilityZones")),
            // STS answers GetCallerIdentity for every caller, whatever its policies say (STS API reference).
            Map.entry("aws:index/getCallerIdentity:getCallerIdentity", List.of()),
            // Answered by the provider from its own tables, without a call.
            Map.entry("aws:index/getPartition:getPartition", List.of()),
            Map.entry("aws:index/getRegion:getRegion", List.of()),
            Map.entry("aws:elb/getServiceAccount:getServiceAccount", List.of()),
            // The lookups of an existing VPC (network.existing), as terraform-provider-aws makes them: the VPC data
            // source reads the VPC, its DNS attributes and its main route table (vpc_data_source.go); the endpoint
            // data source also reads the service's prefix list (vpc_endpoint_data_source.go).
            Map.entry("aws:ec2/getVpc:getVpc",
                    List.of("ec2:DescribeVpcs", "ec2:DescribeVpcAttribute", "ec2:DescribeRouteTables")),
            Map.entry("aws:ec2/getSubnet:getSubnet", List.of("ec2:DescribeSubnets")),
            Map.entry("aws:ec2/getRouteTables:getRouteTables", List.of("ec2:DescribeRouteTables")),
            Map.entry("aws:ec2/getRouteTable:getRouteTable", List.of("ec2:DescribeRouteTables")),
            Map.entry("aws:ec2/getNetworkInterfaces:getNetworkInterfaces", List.of("ec2:DescribeNetworkInterfaces")),
            Map.entry("aws:ec2/getNetworkInterface:getNetworkInterface", List.of("ec2:DescribeNetworkInterfaces")),
            Map.entry("aws:ec2/getVpcEndpoint:getVpcEndpoint",
                    List.of("ec2:DescribeVpcEndpoints", "ec2:DescribePrefixLists")));

    private DataSourceActions() {
    }

    public static Optional<List<String>> actions(String token) {
        return Optional.ofNullable(ACTIONS.get(token));
    }

    /** Every action any data source of the program needs, sorted: the preview roles' whole permission. */
    public static List<String> all() {
        var all = new TreeSet<String>();
        ACTIONS.values().forEach(all::addAll);
        return List.copyOf(all);
    }
}
