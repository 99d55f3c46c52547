package dev.ecsplatform.bootstrap.access;

import com.pulumi.aws.iam.Policy;
import com.pulumi.aws.iam.PolicyArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import dev.ecsplatform.bootstrap.naming.AccessNames;
import dev.ecsplatform.contract.AwsAccount;
import dev.ecsplatform.bootstrap.policy.DeployPermissions;
import dev.ecsplatform.bootstrap.policy.DeployPolicyPart;
import dev.ecsplatform.bootstrap.policy.PolicyJson;
import dev.ecsplatform.bootstrap.policy.TrustPolicies;

import java.util.EnumMap;
import java.util.Map;

/**
 * The two deploy roles of one stack of the main project, one per way a deployment can start (Pulumi Deployments,
 * a GitHub Actions job in the stack's environment), with the same permissions: the stack's deploy policies.
 * Named after the stack, which is also its Pulumi name, so the stack's roles can be found from its URN.
 */
public final class StackDeployAccess extends ComponentResource {

    public static final String TYPE = "ecs-platform-bootstrap:access:StackDeployAccess";

    private final Output<String> pulumiDeployRoleArn;
    private final Output<String> githubDeployRoleArn;

    public StackDeployAccess(
            String name,
            DeployRoleSettings settings,
            Output<String> pulumiProviderArn,
            Output<String> githubProviderArn,
            Output<AwsAccount> account,
            Map<String, String> tags) {
        super(TYPE, name, null);
        var project = settings.project();
        var stack = settings.stack();

        var policies = new EnumMap<DeployPolicyPart, Policy>(DeployPolicyPart.class);
        for (var part : DeployPolicyPart.values()) {
            policies.put(part, new Policy(name + "-deploy-" + part.partName(), PolicyArgs.builder()
                    .name(AccessNames.deployPolicy(project, stack.name(), part.partName()))
                    .path(AccessNames.IAM_PATH)
                    .description(part.description() + " (" + project + "/" + stack.name() + ")")
                    .policy(account.applyValue(a ->
                            PolicyJson.write(DeployPermissions.document(part, a, project, stack.name()))))
                    .tags(tags)
                    .build(), CustomResourceOptions.builder().parent(this).build()));
        }

        var pulumiRole = Roles.create(name + "-pulumi-deploy",
                AccessNames.pulumiDeployRole(project, stack.name()),
                "Pulumi Deployments deploys " + project + "/" + stack.name(),
                pulumiProviderArn.applyValue(arn -> PolicyJson.write(
                        TrustPolicies.pulumiDeploy(arn, settings.organization(), project, stack.name()))),
                tags, this);
        var githubRole = Roles.create(name + "-github-deploy",
                AccessNames.githubDeployRole(project, stack.name()),
                "GitHub Actions in environment " + stack.name() + " of " + settings.repository() + " deploys "
                        + project + "/" + stack.name(),
                githubProviderArn.applyValue(arn -> PolicyJson.write(
                        TrustPolicies.githubDeploy(arn, settings.repository(), stack))),
                tags, this);
        attach(name + "-pulumi-deploy", pulumiRole, policies);
        attach(name + "-github-deploy", githubRole, policies);

        this.pulumiDeployRoleArn = pulumiRole.arn();
        this.githubDeployRoleArn = githubRole.arn();
        registerOutputs(Map.of("pulumiDeployRoleArn", pulumiDeployRoleArn, "githubDeployRoleArn", githubDeployRoleArn));
    }

    public Output<String> pulumiDeployRoleArn() {
        return pulumiDeployRoleArn;
    }

    public Output<String> githubDeployRoleArn() {
        return githubDeployRoleArn;
    }

    private void attach(String roleLogicalName, Role role, Map<DeployPolicyPart, Policy> policies) {
        policies.forEach((part, policy) -> new RolePolicyAttachment(roleLogicalName + "-" + part.partName(),
                RolePolicyAttachmentArgs.builder()
                        .role(role.name())
                        .policyArn(policy.arn())
                        .build(), CustomResourceOptions.builder().parent(this).build()));
    }
}
