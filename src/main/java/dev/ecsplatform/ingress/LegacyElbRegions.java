package dev.ecsplatform.ingress;

import java.util.Set;

/**
 * Regions that deliver load balancer access logs from a per-region ELB account (opened before
 * August 2022; the AWS provider's {@code aws.elb.getServiceAccount} knows their accounts). Newer
 * regions use only the log delivery service principal.
 */
final class LegacyElbRegions {

    private static final Set<String> REGIONS = Set.of(
            "us-east-1", "us-east-2", "us-west-1", "us-west-2", "af-south-1", "ap-east-1", "ap-south-1",
            "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-southeast-1", "ap-southeast-2",
            "ca-central-1", "eu-central-1", "eu-west-1", "eu-west-2", "eu-west-3", "eu-south-1", "eu-north-1",
            "me-south-1", "sa-east-1", "us-gov-west-1", "us-gov-east-1", "cn-north-1", "cn-northwest-1");

    private LegacyElbRegions() {
    }

    static boolean has(String region) {
        return REGIONS.contains(region);
    }
}
