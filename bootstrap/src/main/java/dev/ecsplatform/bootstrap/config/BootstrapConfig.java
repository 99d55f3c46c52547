package dev.ecsplatform.bootstrap.config;

import java.util.List;

/**
 * The validated configuration of one bootstrap stack (one AWS account).
 *
 * @param pulumiOrganization Pulumi organization that owns the main project's stacks; the audience of its tokens
 * @param project            the main project's name; default {@code ecs-platform}
 * @param stacks             stacks of the main project deployed into this account, in configuration order
 * @param github             the GitHub repository and its identity provider
 * @param pulumiDeploymentsProvider the account's {@code api.pulumi.com/oidc} identity provider; default: created here
 */
public record BootstrapConfig(
        String pulumiOrganization,
        String project,
        List<StackSettings> stacks,
        GithubSettings github,
        OidcProviderSource pulumiDeploymentsProvider) {

    public BootstrapConfig {
        stacks = List.copyOf(stacks);
    }
}
