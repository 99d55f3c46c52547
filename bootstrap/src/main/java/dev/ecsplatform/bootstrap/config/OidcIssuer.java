package dev.ecsplatform.bootstrap.config;

/**
 * The two token issuers the bootstrap trusts. IAM names an issuer's condition keys after its URL without the
 * scheme ({@code api.pulumi.com/oidc:sub}) and its provider ARN likewise ({@code oidc-provider/api.pulumi.com/oidc}).
 */
public enum OidcIssuer {

    PULUMI_DEPLOYMENTS("api.pulumi.com/oidc"),
    GITHUB_ACTIONS("token.actions.githubusercontent.com");

    private final String hostAndPath;

    OidcIssuer(String hostAndPath) {
        this.hostAndPath = hostAndPath;
    }

    /** The issuer URL without its scheme, as IAM uses it in condition keys and provider ARNs. */
    public String hostAndPath() {
        return hostAndPath;
    }

    public String url() {
        return "https://" + hostAndPath;
    }

    /** Condition key of a claim of this issuer's tokens, e.g. {@code token.actions.githubusercontent.com:sub}. */
    public String conditionKey(String claim) {
        return hostAndPath + ":" + claim;
    }
}
