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

    private static final Map<String, List<String>> ACTIONS = Map.of(
            // The zones of the region, when a stack sets azCount rather than naming them.
            "aws:index/getAvailabilityZones:getAvailabilityZones", List.of("ec2:DescribeAvailabilityZones"),
            // STS answers GetCallerIdentity for every caller, whatever its policies say (STS API reference).
            "aws:index/getCallerIdentity:getCallerIdentity", List.of(),
            // Answered by the provider from its own tables, without a call.
            "aws:index/getPartition:getPartition", List.of(),
            "aws:index/getRegion:getRegion", List.of(),
            "aws:elb/getServiceAccount:getServiceAccount", List.of());

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
