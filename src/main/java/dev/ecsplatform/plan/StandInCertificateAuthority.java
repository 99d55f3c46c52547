package dev.ecsplatform.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the offline plan's mock answers when the program looks up the stack's Private CA ({@code serviceConnect.tls}):
 * by default a CA that can issue Service Connect's certificates, under whatever ARN the stack names. It stands in for
 * the account's CA, whose real status only {@code pulumi preview} can read. Tests derive unusable CAs from it.
 *
 * @param status    {@code CertificateAuthority.Status}
 * @param usageMode {@code GENERAL_PURPOSE} or {@code SHORT_LIVED_CERTIFICATE}
 * @param notAfter  when its CA certificate expires (RFC 3339)
 * @param tags      its tags
 */
public record StandInCertificateAuthority(String status, String usageMode, String notAfter, Map<String, String> tags) {

    /**
     * An active short-lived CA tagged for ECS (the tag AWS's managed policy for the TLS role asks for), whose CA
     * certificate has ten years left whenever the plan runs, so that no expiry notice ever comes from the stand-in.
     */
    public static final StandInCertificateAuthority USABLE = new StandInCertificateAuthority("ACTIVE",
            "SHORT_LIVED_CERTIFICATE", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS)
            .plus(java.time.Duration.ofDays(3650)).toString(), Map.of("AmazonECSManaged", "true"));

    public StandInCertificateAuthority {
        tags = Map.copyOf(tags);
    }

    public StandInCertificateAuthority withStatus(String changed) {
        return new StandInCertificateAuthority(changed, usageMode, notAfter, tags);
    }

    public StandInCertificateAuthority withUsageMode(String changed) {
        return new StandInCertificateAuthority(status, changed, notAfter, tags);
    }

    public StandInCertificateAuthority withTags(Map<String, String> changed) {
        return new StandInCertificateAuthority(status, usageMode, notAfter, changed);
    }

    /** The data source's result for the CA {@code arn}, every attribute set (the SDK refuses a missing one). */
    Map<String, Object> answer(String arn) {
        var answer = new HashMap<String, Object>();
        answer.putAll(Map.of("arn", arn, "id", arn, "status", status, "usageMode", usageMode, "type", "ROOT",
                "notBefore", "2026-12-01T00:00:00Z", "notAfter", notAfter, "tags", tags,
                "keyStorageSecurityStandard", "FIPS_140_2_LEVEL_3_OR_HIGHER", "serial", "0a:1b:2c"));
        answer.putAll(Map.of("certificate", "", "certificateChain", "", "certificateSigningRequest", "",
                "revocationConfigurations", List.of()));
        return answer;
    }
}
