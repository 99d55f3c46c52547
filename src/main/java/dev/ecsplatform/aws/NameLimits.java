package dev.ecsplatform.aws;

/**
 * AWS's length limits for physical names this program derives itself. Role names and the access-log bucket prefix
 * follow the stack contract (shared/contract/StackContract), which the deploy roles' name patterns are built from.
 */
public final class NameLimits {

    /** IAM inline policy names; the provider would auto-name them up to 255, which IAM refuses. */
    public static final int IAM_INLINE_POLICY = 128;
    /** Load balancer and target group names. */
    public static final int ELB = 32;

    private NameLimits() {
    }
}
