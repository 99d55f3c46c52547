package dev.ecsplatform.bootstrap.access;

import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import dev.ecsplatform.bootstrap.naming.AccessNames;
import dev.ecsplatform.contract.AwsAccount;
import dev.ecsplatform.bootstrap.policy.PolicyJson;
import dev.ecsplatform.bootstrap.policy.TrustPolicies;

import java.util.Map;

/**
 * The read-only role pull-request workflows use for {@code pulumi preview}. One for all stacks: a pull request's
 * token carries no stack or environment, so per-stack preview roles would all trust the same subject and differ
 * in name only.
 */
public final class PullRequestPreviewAccess extends ComponentResource {

    public static final String TYPE = "ecs-platform-bootstrap:access:PullRequestPreviewAccess";

    static final String READ_ONLY_POLICY = "ReadOnlyAccess";

    private final Output<String> roleArn;

    public PullRequestPreviewAccess(
            String name,
            String project,
            String repository,
            Output<String> githubProviderArn,
            Output<AwsAccount> account,
            Map<String, String> tags) {
        super(TYPE, name, null);
        var role = Roles.create(name, AccessNames.githubPreviewRole(project),
                "Pull requests of " + repository + " preview " + project + " stacks, read-only",
                githubProviderArn.applyValue(arn -> PolicyJson.write(TrustPolicies.githubPreview(arn, repository))),
                tags, this);
        new RolePolicyAttachment(name + "-read-only", RolePolicyAttachmentArgs.builder()
                .role(role.name())
                .policyArn(account.applyValue(a -> a.awsManagedPolicyArn(READ_ONLY_POLICY)))
                .build(), CustomResourceOptions.builder().parent(this).build());
        this.roleArn = role.arn();
        registerOutputs(Map.of("roleArn", roleArn));
    }

    public Output<String> roleArn() {
        return roleArn;
    }
}
