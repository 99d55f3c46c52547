package dev.ecsplatform.bootstrap.access;

import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import dev.ecsplatform.bootstrap.naming.AccessNames;

import java.util.Map;

/** The settings every role of the bootstrap shares. */
final class Roles {

    /** One hour: long enough for an ECS rolling deployment to settle, short enough to expire soon after. */
    static final int MAX_SESSION_SECONDS = 3600;

    private Roles() {
    }

    static Role create(String logicalName, String roleName, String description, Output<String> trustPolicy,
                       Map<String, String> tags, Resource parent) {
        return new Role(logicalName, RoleArgs.builder()
                .name(roleName)
                .path(AccessNames.IAM_PATH)
                .description(description)
                .assumeRolePolicy(trustPolicy)
                .maxSessionDuration(MAX_SESSION_SECONDS)
                .tags(tags)
                .build(),
                // The name is fixed (others refer to it), so a replacement must delete the old role first.
                CustomResourceOptions.builder().parent(parent).deleteBeforeReplace(true).build());
    }
}
