package dev.ecsplatform.bootstrap.access;

import com.pulumi.aws.iam.Policy;
import com.pulumi.aws.iam.PolicyArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import dev.ecsplatform.bootstrap.grants.AccessContext;
import dev.ecsplatform.bootstrap.grants.PolicySpec;
import dev.ecsplatform.bootstrap.grants.RoleSpec;
import dev.ecsplatform.bootstrap.naming.AccessNames;
import dev.ecsplatform.bootstrap.policy.PolicyJson;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the bootstrap creates for one stack of the main project, declared from its part of the
 * {@link dev.ecsplatform.bootstrap.grants.AccessPlan}: the deploy, preview and boundary policies, the two deploy roles
 * and the preview role, and the attachments. Named after the stack, which is also its Pulumi name, so the stack's
 * roles can be found from its URN.
 */
public final class StackDeployAccess extends ComponentResource {

    public static final String TYPE = "ecs-platform-bootstrap:access:StackDeployAccess";

    private final Map<String, Output<String>> roleArns = new HashMap<>();
    private final Map<String, Output<String>> policyArns = new HashMap<>();

    /**
     * @param stack    the main project's stack
     * @param policies its policies in the access plan
     * @param roles    its roles in the access plan
     * @param context  the account and provider ARNs the documents are spelled with
     */
    public StackDeployAccess(String stack, List<PolicySpec> policies, List<RoleSpec> roles,
                             Output<AccessContext> context, Map<String, String> tags) {
        super(TYPE, stack, null);
        var created = new HashMap<String, Policy>();
        for (var spec : policies) {
            var policy = new Policy(spec.logicalName(), PolicyArgs.builder()
                    .name(spec.name())
                    .path(AccessNames.IAM_PATH)
                    .description(spec.description())
                    .policy(context.applyValue(c -> PolicyJson.write(spec.document().apply(c))))
                    .tags(tags)
                    .build(), CustomResourceOptions.builder().parent(this).build());
            created.put(spec.logicalName(), policy);
            policyArns.put(spec.logicalName(), policy.arn());
        }
        for (var spec : roles) {
            var role = Roles.create(spec, context.applyValue(c -> PolicyJson.write(spec.trust().apply(c))), tags, this);
            roleArns.put(spec.logicalName(), role.arn());
            for (var policyName : spec.policies()) {
                attach(spec.logicalName() + "-" + attachmentSuffix(stack, policyName), role, created.get(policyName));
            }
        }
        registerOutputs(Map.copyOf(roleArns));
    }

    /** The ARN of one of the stack's roles, by logical name. */
    public Output<String> roleArn(String logicalName) {
        return roleArns.get(logicalName);
    }

    public Output<String> policyArn(String logicalName) {
        return policyArns.get(logicalName);
    }

    /** {@code dev-deploy-network} → {@code network}, {@code dev-preview} → {@code preview}: short attachment names. */
    private static String attachmentSuffix(String stack, String policyLogicalName) {
        var suffix = policyLogicalName.substring(stack.length() + 1);
        return suffix.startsWith("deploy-") ? suffix.substring("deploy-".length()) : suffix;
    }

    private void attach(String logicalName, Role role, Policy policy) {
        new RolePolicyAttachment(logicalName, RolePolicyAttachmentArgs.builder()
                .role(role.name())
                .policyArn(policy.arn())
                .build(), CustomResourceOptions.builder().parent(this).build());
    }
}
