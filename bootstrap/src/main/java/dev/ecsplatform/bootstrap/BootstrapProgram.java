package dev.ecsplatform.bootstrap;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.ecsplatform.bootstrap.access.OidcProviders;
import dev.ecsplatform.bootstrap.access.ResourceTags;
import dev.ecsplatform.bootstrap.access.StackDeployAccess;
import dev.ecsplatform.bootstrap.config.BootstrapConfig;
import dev.ecsplatform.bootstrap.config.ConfigLoader;
import dev.ecsplatform.bootstrap.grants.AccessContext;
import dev.ecsplatform.bootstrap.grants.AccessPlan;
import dev.ecsplatform.bootstrap.policy.TrustPolicies;
import dev.ecsplatform.configkit.ConfigSource;
import dev.ecsplatform.configkit.InvalidConfigException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wires the program: load and check the config, declare the {@link AccessPlan} (the same one the {@code policies}
 * command prints), export the ARNs the main project's deploy settings and workflows need.
 */
public final class BootstrapProgram {

    /** Output names; the main project's deploy settings and workflows are written from them. */
    public static final String PULUMI_PROVIDER_OUTPUT = "pulumiOidcProviderArn";
    public static final String GITHUB_PROVIDER_OUTPUT = "githubOidcProviderArn";
    public static final String ROLES_OUTPUT = "roles";
    public static final String PULUMI_DEPLOY_ROLE_KEY = "pulumiDeployRoleArn";
    public static final String GITHUB_DEPLOY_ROLE_KEY = "githubDeployRoleArn";
    public static final String GITHUB_PREVIEW_ROLE_KEY = "githubPreviewRoleArn";
    public static final String BOUNDARY_KEY = "permissionsBoundaryArn";

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
        var plan = AccessPlan.of(config);

        var providers = new OidcProviders("oidc",
                config.pulumiDeploymentsProvider(), config.pulumiOrganization(),
                config.github().provider(), TrustPolicies.GITHUB_AUDIENCE,
                tags.common());
        // The providers' own ARNs (not ones spelled from the account), so every role waits for its provider.
        var context = Output.tuple(AccountLookup.current(), providers.pulumiDeploymentsArn(), providers.githubActionsArn())
                .applyValue(t -> new AccessContext(t.t1, t.t2, t.t3));

        var byStack = new ArrayList<Output<Map.Entry<String, Map<String, String>>>>();
        for (var stack : config.stacks()) {
            var name = stack.name();
            var access = new StackDeployAccess(name,
                    plan.policies().stream().filter(p -> p.targetStack().equals(name)).toList(),
                    plan.roles().stream().filter(r -> r.targetStack().equals(name)).toList(),
                    context, tags.forTargetStack(name));
            byStack.add(Output.tuple(access.roleArn(AccessPlan.pulumiDeployRole(name)),
                            access.roleArn(AccessPlan.githubDeployRole(name)),
                            access.roleArn(AccessPlan.githubPreviewRole(name)),
                            access.policyArn(AccessPlan.boundaryPolicy(name)))
                    .applyValue(arns -> {
                        var outputs = new LinkedHashMap<String, String>();
                        outputs.put(PULUMI_DEPLOY_ROLE_KEY, arns.t1);
                        outputs.put(GITHUB_DEPLOY_ROLE_KEY, arns.t2);
                        outputs.put(GITHUB_PREVIEW_ROLE_KEY, arns.t3);
                        outputs.put(BOUNDARY_KEY, arns.t4);
                        return Map.entry(name, (Map<String, String>) outputs);
                    }));
        }

        ctx.export(PULUMI_PROVIDER_OUTPUT, providers.pulumiDeploymentsArn());
        ctx.export(GITHUB_PROVIDER_OUTPUT, providers.githubActionsArn());
        ctx.export(ROLES_OUTPUT, Output.all(byStack).applyValue(entries -> {
            var roles = new LinkedHashMap<String, Map<String, String>>();
            entries.forEach(entry -> roles.put(entry.getKey(), entry.getValue()));
            return roles;
        }));
    }
}
