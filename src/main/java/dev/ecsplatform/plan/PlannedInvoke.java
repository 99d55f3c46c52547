package dev.ecsplatform.plan;

/**
 * A data source the program read while it ran (a provider function such as {@code getAvailabilityZones}): what a
 * {@code pulumi preview} must be allowed to call, and all a preview role needs to be allowed.
 *
 * <p>Only the token: the SDK hands the arguments over as a Guava map, which this project does not compile against,
 * and the permissions an invoke needs follow from its token alone.
 *
 * @param token the function's token, e.g. {@code aws:index/getAvailabilityZones:getAvailabilityZones}
 */
public record PlannedInvoke(String token) implements Comparable<PlannedInvoke> {

    @Override
    public int compareTo(PlannedInvoke other) {
        return token.compareTo(other.token);
    }
}
