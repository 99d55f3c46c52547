package dev.ecsplatform.config;

import java.util.List;
import java.util.Optional;

/**
 * The environment's public entry: one Application Load Balancer for the services that face the internet.
 *
 * @param certificateArn         ACM certificate for the HTTPS listener (same region)
 * @param allowPlainHttp         serve plain HTTP when there is no certificate; refused where {@code protect} is on
 * @param allowedCidrs           who may reach the load balancer (default the whole internet)
 * @param idleTimeoutSeconds     connection idle timeout, 1–4000 (default 60)
 * @param accessLogRetentionDays days access logs are kept in S3 (default 365)
 * @param sslPolicy              the HTTPS listener's TLS policy (default TLS 1.3 with 1.2)
 * @param desyncMitigationMode   {@code defensive} (default) or {@code strictest} (Security Hub ELB.12)
 */
public record IngressSettings(Optional<String> certificateArn, boolean allowPlainHttp, List<String> allowedCidrs,
                              int idleTimeoutSeconds, int accessLogRetentionDays, String sslPolicy,
                              String desyncMitigationMode) {

    public IngressSettings {
        allowedCidrs = List.copyOf(allowedCidrs);
    }

    public boolean https() {
        return certificateArn.isPresent();
    }
}
