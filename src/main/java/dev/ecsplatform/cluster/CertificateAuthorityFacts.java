package dev.ecsplatform.cluster;

import java.util.Map;

/**
 * What the provider's {@code aws_acmpca_certificate_authority} data source reports about the stack's Private CA, as far
 * as Service Connect TLS depends on it.
 *
 * @param arn       the CA's ARN
 * @param status    {@code CertificateAuthority.Status}: {@code ACTIVE}, {@code DISABLED}, {@code EXPIRED}, …
 * @param usageMode {@code GENERAL_PURPOSE} or {@code SHORT_LIVED_CERTIFICATE}
 * @param notAfter  when its CA certificate expires (RFC 3339), empty before it has one
 * @param tags      the CA's tags (ListTags)
 */
public record CertificateAuthorityFacts(String arn, String status, String usageMode, String notAfter,
                                        Map<String, String> tags) {

    public CertificateAuthorityFacts {
        tags = Map.copyOf(tags);
    }
}
