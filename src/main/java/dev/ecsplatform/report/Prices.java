package dev.ecsplatform.report;

import dev.ecsplatform.aws.CertificateAuthorityMode;

/**
 * On-demand prices for the report's rough fixed monthly cost. us-east-1, as published by AWS on
 * 2025-11-01 (network) and 2026-12-01 (CloudWatch, KMS); they change, so the report names the dates. Data
 * processing, load balancer capacity units, Fargate tasks, log ingestion and notifications are left out: they
 * depend on traffic. The account-wide free tier (10 alarm metrics, 3 dashboards) is not subtracted.
 */
public final class Prices {

    public static final String AS_OF = "us-east-1 on-demand prices as of 2025-11-01";
    public static final double HOURS_PER_MONTH = 730;
    public static final double NAT_GATEWAY_HOUR = 0.045;
    public static final double INTERFACE_ENDPOINT_ZONE_HOUR = 0.01;
    public static final double APPLICATION_LOAD_BALANCER_HOUR = 0.0225;

    /** The observability prices below were read from aws.amazon.com/cloudwatch/pricing and /kms/pricing on this date. */
    public static final String OBSERVABILITY_AS_OF = "CloudWatch and KMS prices as of 2026-12-01";
    /** A standard-resolution (60 s) alarm, per metric it reads: a metric math alarm pays for each of its metrics. */
    public static final double ALARM_METRIC_MONTH = 0.10;
    public static final double DASHBOARD_MONTH = 3.00;
    /** A customer managed key; each of its first two automatic yearly rotations adds $1/month. */
    public static final double KMS_KEY_MONTH = 1.00;

    /**
     * One AWS Private CA in short-lived certificate mode, per month ({@link CertificateAuthorityMode}: $400
     * general-purpose, $50 short-lived certificate mode). AWS recommends short-lived mode for Service Connect TLS, and
     * the offline plan cannot read a CA's mode; {@code pulumi preview} warns when the CA is general-purpose.
     * Certificates issued are billed per certificate and left out.
     */
    public static final double PRIVATE_CA_SHORT_LIVED_MONTH = CertificateAuthorityMode.SHORT_LIVED_CERTIFICATE.monthlyPrice();

    private Prices() {
    }
}
