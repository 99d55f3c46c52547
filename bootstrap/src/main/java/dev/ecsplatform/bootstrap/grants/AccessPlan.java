package dev.ecsplatform.bootstrap.grants;

import dev.ecsplatform.bootstrap.config.BootstrapConfig;
import dev.ecsplatform.bootstrap.config.StackSettings;
import dev.ecsplatform.bootstrap.naming.AccessNames;
import dev.ecsplatform.bootstrap.policy.DeployPermissions;
import dev.ecsplatform.bootstrap.policy.DeployPolicyPart;
import dev.ecsplatform.bootstrap.policy.PermissionsBoundary;
import dev.ecsplatform.bootstrap.policy.PreviewPermissions;
import dev.ecsplatform.bootstrap.policy.TrustPolicies;
import dev.ecsplatform.contract.StackContract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every policy and role the bootstrap creates for one configuration, as data: the Pulumi program declares exactly
 * these, and the offline {@code policies} command prints them, so what an administrator reviews is what is granted.
 *
 * <p>Per stack of the main project:
 * <ul>
 *   <li>its deploy permissions in four managed policies ({@link DeployPolicyPart}), attached to two deploy roles:
 *       Pulumi Deployments' (update, refresh and destroy of that stack) and GitHub Actions' (jobs in the stack's
 *       environment);</li>
 *   <li>a preview role for pull requests, allowed the program's data sources and nothing else;</li>
 *   <li>the permissions boundary every role of the stack must carry, which its deploy roles cannot change.</li>
 * </ul>
 */
public record AccessPlan(List<PolicySpec> policies, List<RoleSpec> roles) {

    public AccessPlan {
        policies = List.copyOf(policies);
        roles = List.copyOf(roles);
    }

    public static AccessPlan of(BootstrapConfig config) {
        var policies = new ArrayList<PolicySpec>();
        var roles = new ArrayList<RoleSpec>();
        for (var stack : config.stacks()) {
            add(config, stack, policies, roles);
        }
        return new AccessPlan(policies, roles);
    }

    public Optional<PolicySpec> policy(String logicalName) {
        return policies.stream().filter(policy -> policy.logicalName().equals(logicalName)).findFirst();
    }

    public Optional<RoleSpec> role(String logicalName) {
        return roles.stream().filter(role -> role.logicalName().equals(logicalName)).findFirst();
    }

    /** The logical names of one stack's resources: {@code dev-pulumi-deploy}, {@code dev-permissions-boundary}. */
    public static String pulumiDeployRole(String stack) {
        return stack + "-pulumi-deploy";
    }

    public static String githubDeployRole(String stack) {
        return stack + "-github-deploy";
    }

    public static String githubPreviewRole(String stack) {
        return stack + "-github-preview";
    }

    public static String boundaryPolicy(String stack) {
        return stack + "-permissions-boundary";
    }

    private static void add(BootstrapConfig config, StackSettings settings, List<PolicySpec> policies,
                            List<RoleSpec> roles) {
        var project = config.project();
        var stack = settings.name();
        var repository = config.github().repository();
        var organization = config.pulumiOrganization();
        var target = project + "/" + stack;

        var deployPolicies = new ArrayList<String>();
        for (var part : DeployPolicyPart.values()) {
            var logicalName = stack + "-deploy-" + part.partName();
            deployPolicies.add(logicalName);
            policies.add(new PolicySpec(logicalName, AccessNames.deployPolicy(project, stack, part.partName()),
                    part.description() + " (" + target + ")", stack, PolicySpec.Kind.DEPLOY_PERMISSIONS,
                    context -> DeployPermissions.document(part, context.account(), project, stack)));
        }
        var previewPolicy = stack + "-preview";
        policies.add(new PolicySpec(previewPolicy, AccessNames.previewPolicy(project, stack),
                "Preview: the data sources " + target + " reads, nothing else", stack,
                PolicySpec.Kind.PREVIEW_PERMISSIONS, context -> PreviewPermissions.document(context.account())));
        policies.add(new PolicySpec(boundaryPolicy(stack), new StackContract(project, stack).permissionsBoundaryName(),
                "The most any role of " + target + " may do; its deploy roles create and change roles only with it",
                stack, PolicySpec.Kind.STACK_ROLE_BOUNDARY,
                context -> PermissionsBoundary.document(context.account(), project, stack)));

        roles.add(new RoleSpec(pulumiDeployRole(stack), AccessNames.pulumiDeployRole(project, stack),
                "Pulumi Deployments updates, refreshes and destroys " + target, stack,
                context -> TrustPolicies.pulumiDeploy(context.pulumiProviderArn(), organization, project, stack),
                deployPolicies));
        roles.add(new RoleSpec(githubDeployRole(stack), AccessNames.githubDeployRole(project, stack),
                "GitHub Actions in environment " + stack + " of " + repository + " deploys " + target, stack,
                context -> TrustPolicies.githubDeploy(context.githubProviderArn(), repository, settings),
                deployPolicies));
        roles.add(new RoleSpec(githubPreviewRole(stack), AccessNames.githubPreviewRole(project, stack),
                "Pull requests of " + repository + " preview " + target + ": no writes, no data", stack,
                context -> TrustPolicies.githubPreview(context.githubProviderArn(), repository),
                List.of(previewPolicy)));
    }
}
