package dev.ecsplatform.config;

import dev.ecsplatform.testing.ConfigProblems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.LongStream;


/**
 * Zones that cannot exist, over the class: from each seed a region (one whose zones the program knows, or one it
 * does not), and either a zone count or zone names drawn from every way a name can be wrong (another region's zone,
 * a letter past the region's last, a Local or Wavelength Zone, a region where a zone belongs, a zone of a region
 * that merely starts like this one). The oracle is the AWS "Availability Zones" page's facts, written here again:
 * a zone is the region's code and one letter, within the zone ids the page lists for known regions.
 */
class ZoneNameStacksTest {

    /** Zone letters per known region, and Fargate's zones there (us-west-1 skips usw1-az2, ap-northeast-1 apne1-az3). */
    private static final Map<String, int[]> KNOWN = Map.of("us-east-1", new int[] {6, 6}, "us-west-1", new int[] {3, 2},
            "us-west-2", new int[] {4, 4}, "eu-west-1", new int[] {3, 3}, "ap-northeast-1", new int[] {4, 3});
    private static final List<String> REGIONS = List.of("us-east-1", "us-west-1", "us-west-2", "eu-west-1",
            "ap-northeast-1", "eu-south-2", "me-central-1");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 400);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void zonesThatCannotExistAreRefusedAtTheirPath(long seed) {
        var random = new Random(seed);
        var region = REGIONS.get(random.nextInt(REGIONS.size()));
        var known = KNOWN.get(region);
        var expected = new TreeSet<String>();
        String network;
        if (random.nextBoolean()) {
            int count = 2 + random.nextInt(5);
            network = "{azCount: " + count + "}";
            if (known != null && count > known[1]) {
                expected.add("ecs-platform:network.azCount");
            }
        } else {
            var names = new ArrayList<String>();
            int size = 2 + random.nextInt(3);
            for (int i = 0; i < size; i++) {
                var letter = (char) ('a' + i + random.nextInt(2) * random.nextInt(25 - i));
                String name;
                boolean valid;
                switch (random.nextInt(8)) {
                    case 0 -> {
                        var other = REGIONS.get(random.nextInt(REGIONS.size()));
                        name = other + "a";
                        valid = other.equals(region);
                    }
                    case 1 -> {
                        name = region + "-bos-1" + letter;
                        valid = false;
                    }
                    case 2 -> {
                        name = region + "-wl1-bos-wlz-1";
                        valid = false;
                    }
                    case 3 -> {
                        name = region;
                        valid = false;
                    }
                    case 4 -> {
                        name = region.replaceFirst("\\d+$", "1$0") + letter; // us-east-11a: another region's zone
                        valid = false;
                    }
                    default -> {
                        name = region + letter;
                        valid = known == null || letter - 'a' < known[0];
                    }
                }
                if (names.contains(name)) {
                    continue;
                }
                if (!valid) {
                    expected.add("ecs-platform:network.availabilityZones[" + names.size() + "]");
                }
                names.add(name);
            }
            if (names.size() < 2) {
                names.add(region + "x"); // too few otherwise; x is past every known region's letters
                if (known != null) {
                    expected.add("ecs-platform:network.availabilityZones[" + (names.size() - 1) + "]");
                }
            }
            network = "{availabilityZones: [" + String.join(", ", names) + "]}";
        }
        var yaml = """
                config:
                  aws:region: %s
                  ecs-platform:namespace: dev.internal
                  ecs-platform:protect: false
                  ecs-platform:network: %s
                  ecs-platform:services:
                    web: {image: "nginx:1.27", port: 8080}
                """.formatted(region, network);
        ConfigProblems.assertPathsOrValid(yaml, expected);
    }
}
