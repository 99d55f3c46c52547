package dev.ecsplatform.aws;

/** AWS's length limits for the physical names this program derives from project, stack and service names. */
public final class NameLimits {

    /** IAM role names (IAM User Guide, "IAM object quotas"). */
    public static final int IAM_ROLE = 64;
    /** IAM inline policy names; the provider would auto-name them up to 255, which IAM refuses. */
    public static final int IAM_INLINE_POLICY = 128;
    /** Load balancer and target group names. */
    public static final int ELB = 32;
    /** S3 bucket prefixes: the provider appends 26 characters to reach the bucket limit of 63. */
    public static final int S3_BUCKET_PREFIX = 37;

    private NameLimits() {
    }
}
