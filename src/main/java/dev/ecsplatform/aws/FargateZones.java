package dev.ecsplatform.aws;

import java.util.List;
import java.util.Map;

/**
 * Availability zones where Fargate does not run. The ECS developer guide ("Supported Regions for Amazon ECS on
 * AWS Fargate") lists, per region, the zone ids Fargate supports where it does not support them all: us-west-1
 * only usw1-az1 and usw1-az3, ap-northeast-1 only apne1-az1, apne1-az2 and apne1-az4. Zone ids name the same
 * physical zone in every account (zone names do not), so the exclusions are by id. Kept by hand: check the page
 * when a region is added.
 */
public final class FargateZones {

    private static final Map<String, List<String>> UNSUPPORTED = Map.of(
            "us-west-1", List.of("usw1-az2"),
            "ap-northeast-1", List.of("apne1-az3"));

    private FargateZones() {
    }

    /** The zone ids of a region where Fargate tasks cannot run; empty where it runs in every zone. */
    public static List<String> unsupportedZoneIds(String region) {
        return UNSUPPORTED.getOrDefault(region, List.of());
    }
}
