package dev.ecsplatform.aws;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What can be known offline about a region's availability zones, without claiming more than AWS documents.
 * <ul>
 *   <li>An availability zone's name is its region's code followed by one letter ("AWS Availability Zones", AWS
 *       Regions and Availability Zones guide: "The code for an Availability Zone is its Region code followed by a
 *       letter identifier"). Local Zones ({@code us-east-1-bos-1a}) and Wavelength Zones
 *       ({@code us-east-1-wl1-bos-wlz-1}) have longer names and are not availability zones.</li>
 *   <li>For a few regions the same page lists the zone ids; a zone's letter never goes past the number of zone
 *       ids (in regions that map letters per account, each account's letters are drawn from that many). Regions not
 *       listed here are checked for the name's shape only, and by the lookup at preview.</li>
 * </ul>
 * Kept by hand (checked December 2026): a region that gains a zone must be updated here, or its new letter is
 * refused offline.
 */
public final class RegionZones {

    private static final Map<String, List<String>> ZONE_IDS = Map.of(
            "us-east-1", ids("use1", 6),
            "us-east-2", ids("use2", 3),
            "us-west-1", ids("usw1", 3),
            "us-west-2", ids("usw2", 4),
            "eu-west-1", ids("euw1", 3),
            "ap-northeast-1", ids("apne1", 4),
            "ap-southeast-2", ids("apse2", 3));

    private RegionZones() {
    }

    /** The zone ids the region has, when this class knows them. */
    public static Optional<List<String>> zoneIds(String region) {
        return Optional.ofNullable(ZONE_IDS.get(region));
    }

    /** The highest zone letter the region can have, when known ({@code f} for us-east-1). */
    public static Optional<Character> lastLetter(String region) {
        return zoneIds(region).map(ids -> (char) ('a' + ids.size() - 1));
    }

    /** The most zones where Fargate runs in the region, when known (its zone ids less those Fargate skips). */
    public static Optional<Integer> fargateZoneCount(String region) {
        return zoneIds(region).map(ids -> (int) ids.stream()
                .filter(id -> !FargateZones.unsupportedZoneIds(region).contains(id)).count());
    }

    /**
     * Why {@code name} cannot be an availability zone of {@code region}, or empty when it can be.
     */
    public static Optional<String> problemWith(String name, String region) {
        var example = region + "a";
        if (!name.startsWith(region) ) {
            return Optional.of("a zone of the stack's region " + region + ", such as " + example);
        }
        var suffix = name.substring(region.length());
        if (!Pattern.matches("[a-z]", suffix)) {
            return Optional.of("an availability zone of " + region + ": the region's code and one letter, such as "
                    + example + (suffix.startsWith("-") ? " (Local and Wavelength Zones are not availability zones)" : ""));
        }
        var last = lastLetter(region);
        if (last.isPresent() && suffix.charAt(0) > last.get()) {
            return Optional.of("a zone of " + region + " from " + example + " to " + region + last.get() + " (" + region
                    + " has " + ZONE_IDS.get(region).size() + " availability zones)");
        }
        return Optional.empty();
    }

    private static List<String> ids(String prefix, int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> prefix + "-az" + i).toList();
    }
}
