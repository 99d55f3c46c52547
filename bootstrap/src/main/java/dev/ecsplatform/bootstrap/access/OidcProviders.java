package dev.ecsplatform.bootstrap.access;

import com.pulumi.aws.iam.OpenIdConnectProvider;
import com.pulumi.aws.iam.OpenIdConnectProviderArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import dev.ecsplatform.bootstrap.config.OidcIssuer;
import dev.ecsplatform.bootstrap.config.OidcProviderSource;

import java.util.List;
import java.util.Map;

/**
 * The account's identity providers for Pulumi Deployments and GitHub Actions, created here or referred to when
 * the account already has them (IAM allows one provider per issuer URL).
 *
 * <p>No thumbprints: for these issuers IAM trusts its own library of certificate authorities and ignores
 * thumbprints, and {@code thumbprintLists} is optional in aws 6.83.0; an invented value would only mislead.
 */
public final class OidcProviders extends ComponentResource {

    public static final String TYPE = "ecs-platform-bootstrap:access:OidcProviders";

    private final Output<String> pulumiDeploymentsArn;
    private final Output<String> githubActionsArn;

    /**
     * @param pulumiAudience the Pulumi organization: Pulumi Deployments puts it in its tokens' {@code aud}
     * @param githubAudience what GitHub puts in {@code aud} when configure-aws-credentials asks for a token
     */
    public OidcProviders(
            String name,
            OidcProviderSource pulumiDeployments,
            String pulumiAudience,
            OidcProviderSource githubActions,
            String githubAudience,
            Map<String, String> tags) {
        super(TYPE, name, null);
        this.pulumiDeploymentsArn = provider(
                name + "-pulumi-deployments", OidcIssuer.PULUMI_DEPLOYMENTS, pulumiDeployments, pulumiAudience, tags);
        this.githubActionsArn = provider(
                name + "-github-actions", OidcIssuer.GITHUB_ACTIONS, githubActions, githubAudience, tags);
        registerOutputs(Map.of("pulumiDeploymentsArn", pulumiDeploymentsArn, "githubActionsArn", githubActionsArn));
    }

    public Output<String> pulumiDeploymentsArn() {
        return pulumiDeploymentsArn;
    }

    public Output<String> githubActionsArn() {
        return githubActionsArn;
    }

    private Output<String> provider(
            String name, OidcIssuer issuer, OidcProviderSource source, String audience, Map<String, String> tags) {
        if (source instanceof OidcProviderSource.Existing existing) {
            return Output.of(existing.arn());
        }
        return new OpenIdConnectProvider(name, OpenIdConnectProviderArgs.builder()
                .url(issuer.url())
                .clientIdLists(List.of(audience))
                .tags(tags)
                .build(), CustomResourceOptions.builder().parent(this).build()).arn();
    }
}
