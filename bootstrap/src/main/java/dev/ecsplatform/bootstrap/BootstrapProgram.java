package dev.ecsplatform.bootstrap;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.ecsplatform.bootstrap.access.DeployRoleSettings;
import dev.ecsplatform.bootstrap.access.OidcProviders;
import dev.ecsplatform.bootstrap.access.PullRequestPreviewAccess;
import dev.ecsplatform.bootstrap.access.ResourceTags;
import dev.ecsplatform.bootstrap.access.StackDeployAccess;
import dev.ecsplatform.bootstrap.config.BootstrapConfig;
import dev.ecsplatform.bootstrap.config.ConfigLoader;
import dev.ecsplatform.bootstrap.policy.TrustPolicies;
import dev.ecsplatform.configkit.ConfigSource;
import dev.ecsplatform.configkit.InvalidConfigException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** Wires the program: load and check the config, build the providers and roles, export their ARNs. */
public final class BootstrapProgram {

    /** Output names; the main project's deploy settings and workflows are written from them. */
    public static final String PULUMI_PROVIDER_OUTPUT = "pulumiOidcProviderArn";
    public static final String GITHUB_PROVIDER_OUTPUT = "githubOidcProviderArn";
    public static final String ROLES_OUTPUT = "roles";
    public static final String PREVIEW_ROLE_OUTPUT = "githubPreviewRoleArn";
    public static final String PULUMI_DEPLOY_ROLE_KEY = "pulumiDeployRoleArn";
    public static final String GITHUB_DEPLOY_ROLE_KEY = "githubDeployRoleArn";

    private BootstrapProgram() {
    }

    /**
     * @param source this program's config, {@code namespace:key} → value as Pulumi hands it over
     * @throws BootstrapConfigException listing every configuration problem, before any resource is declared
     */
    public static void run(Context ctx, ConfigSource source) {
        BootstrapConfig config;
        try {
            config = new ConfigLoader(ctx.projectName()).load(source);
        } catch (InvalidConfigException e) {
            throw new BootstrapConfigException(e);
        }
        declare(ctx, config);
    }

    private static void declare(Context ctx, BootstrapConfig config) {
        var tags = new ResourceTags(ctx.projectName(), ctx.stackName());
        var account = AccountLookup.current();
        var repository = config.github().repository();

        var providers = new OidcProviders("oidc",
                config.pulumiDeploymentsProvider(), config.pulumiOrganization(),
                config.github().provider(), TrustPolicies.GITHUB_AUDIENCE,
                tags.common());

        var roleArnsByStack = new ArrayList<Output<Map.Entry<String, Map<String, String>>>>();
        for (var stack : config.stacks()) {
            var access = new StackDeployAccess(stack.name(),
                    new DeployRoleSettings(config.pulumiOrganization(), config.project(), repository, stack),
                    providers.pulumiDeploymentsArn(), providers.githubActionsArn(), account,
                    tags.forTargetStack(stack.name()));
            roleArnsByStack.add(Output.tuple(access.pulumiDeployRoleArn(), access.githubDeployRoleArn())
                    .applyValue(arns -> Map.entry(stack.name(), Map.of(
                            PULUMI_DEPLOY_ROLE_KEY, arns.t1, GITHUB_DEPLOY_ROLE_KEY, arns.t2))));
        }

        var preview = new PullRequestPreviewAccess("github-preview", config.project(), repository,
                providers.githubActionsArn(), account, tags.common());

        ctx.export(PULUMI_PROVIDER_OUTPUT, providers.pulumiDeploymentsArn());
        ctx.export(GITHUB_PROVIDER_OUTPUT, providers.githubActionsArn());
        ctx.export(ROLES_OUTPUT, Output.all(roleArnsByStack).applyValue(entries -> {
            var byStack = new LinkedHashMap<String, Map<String, String>>();
            entries.forEach(entry -> byStack.put(entry.getKey(), entry.getValue()));
            return byStack;
        }));
        ctx.export(PREVIEW_ROLE_OUTPUT, preview.roleArn());
    }
}
