package dev.ecsplatform.bootstrap.grants;

import dev.ecsplatform.bootstrap.config.BootstrapConfig;
import dev.ecsplatform.bootstrap.config.OidcIssuer;
import dev.ecsplatform.bootstrap.config.OidcProviderSource;
import dev.ecsplatform.contract.AwsAccount;

/**
 * What the documents of an {@link AccessPlan} are spelled with: the account (known only when the program runs, or
 * given to the offline {@code policies} command) and the ARNs of the two identity providers.
 *
 * @param pulumiProviderArn the account's {@code api.pulumi.com/oidc} provider
 * @param githubProviderArn the account's {@code token.actions.githubusercontent.com} provider
 */
public record AccessContext(AwsAccount account, String pulumiProviderArn, String githubProviderArn) {

    /**
     * The context of a configuration in an account, offline: a provider this program creates has the ARN IAM gives
     * every provider of its issuer ({@code arn:<partition>:iam::<account>:oidc-provider/<host and path>}).
     */
    public static AccessContext of(BootstrapConfig config, AwsAccount account) {
        return new AccessContext(account,
                providerArn(config.pulumiDeploymentsProvider(), OidcIssuer.PULUMI_DEPLOYMENTS, account),
                providerArn(config.github().provider(), OidcIssuer.GITHUB_ACTIONS, account));
    }

    private static String providerArn(OidcProviderSource source, OidcIssuer issuer, AwsAccount account) {
        return source instanceof OidcProviderSource.Existing existing
                ? existing.arn() : account.iamArn("oidc-provider/" + issuer.hostAndPath());
    }
}
