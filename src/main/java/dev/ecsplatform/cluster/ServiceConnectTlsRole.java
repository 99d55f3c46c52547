package dev.ecsplatform.cluster;

import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import dev.ecsplatform.aws.NameLimits;
import dev.ecsplatform.config.TlsSettings;
import dev.ecsplatform.contract.StackContract;
import dev.ecsplatform.iam.PolicyDocument;
import dev.ecsplatform.iam.PolicyStatement;
import dev.ecsplatform.naming.PhysicalNames;
import dev.ecsplatform.stack.StackContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The ECS infrastructure role Service Connect TLS uses to issue the proxies' certificates from the Private CA and
 * keep them in Secrets Manager (ECS developer guide, "Amazon ECS infrastructure IAM role"): AWS's managed policy for
 * exactly that, and use of the customer managed key when one is given. Carries the stack's permissions boundary
 * like every role of the stack.
 *
 * @param role        the role, whose ARN every TLS service names
 * @param permissions the attachment and key policy, in place before a service uses the role
 */
public record ServiceConnectTlsRole(Role role, List<Resource> permissions) {

    /** The KMS actions ECS performs with the key that encrypts the certificates' private keys. */
    public static final List<String> KEY_ACTIONS = StackContract.SERVICE_CONNECT_TLS_KEY_ACTIONS;

    static ServiceConnectTlsRole create(ComponentResource parent, String name, StackContext stack, TlsSettings tls) {
        var role = new Role(name + "-service-connect-tls-role", RoleArgs.builder()
                .name(stack.names().contract().serviceConnectTlsRoleName())
                .description("ECS issues the Service Connect TLS certificates of " + stack.names().prefix()
                        + " from its Private CA")
                .permissionsBoundary(stack.permissionsBoundaryArn())
                .assumeRolePolicy(trustPolicy())
                .tags(stack.tags(name + "-service-connect-tls-role"))
                .build(), child(parent).deleteBeforeReplace(true).build());
        var permissions = new ArrayList<Resource>();
        permissions.add(new RolePolicyAttachment(name + "-service-connect-tls-policy", RolePolicyAttachmentArgs.builder()
                .role(role.name())
                .policyArn(StackContract.SERVICE_CONNECT_TLS_POLICY.arn("aws"))
                .build(), child(parent).build()));
        tls.kmsKeyArn().ifPresent(key -> permissions.add(new RolePolicy(name + "-service-connect-tls-key",
                RolePolicyArgs.builder()
                        .name(PhysicalNames.fit(name + "-service-connect-tls-key", NameLimits.IAM_INLINE_POLICY))
                        .role(role.id())
                        .policy(keyPolicy(key))
                        .build(), child(parent).build())));
        return new ServiceConnectTlsRole(role, List.copyOf(permissions));
    }

    /** Only ECS assumes it, as the ECS guide's infrastructure role shows. */
    public static String trustPolicy() {
        return PolicyDocument.of(PolicyStatement.forService("EcsInfrastructure", "ecs.amazonaws.com",
                List.of("sts:AssumeRole"), List.of())).toJson();
    }

    /** Use of exactly the configured key. */
    public static String keyPolicy(String keyArn) {
        return PolicyDocument.of(PolicyStatement.allow("ServiceConnectTlsKey", KEY_ACTIONS, List.of(keyArn))).toJson();
    }

    public Output<String> arn() {
        return role.arn();
    }

    private static CustomResourceOptions.Builder child(ComponentResource parent) {
        return CustomResourceOptions.builder().parent(parent);
    }
}
