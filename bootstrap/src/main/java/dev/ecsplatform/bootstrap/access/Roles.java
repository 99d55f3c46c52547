package dev.ecsplatform.bootstrap.access;

import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import dev.ecsplatform.bootstrap.grants.RoleSpec;
import dev.ecsplatform.bootstrap.naming.AccessNames;

import java.util.Map;

/** The settings every role of the bootstrap shares. */
final class Roles {

    private Roles() {
    }

    static Role create(RoleSpec spec, Output<String> trustPolicy, Map<String, String> tags, Resource parent) {
        return new Role(spec.logicalName(), RoleArgs.builder()
                .name(spec.name())
                .path(AccessNames.IAM_PATH)
                .description(spec.description())
                .assumeRolePolicy(trustPolicy)
                .maxSessionDuration(RoleSpec.MAX_SESSION_SECONDS)
                .tags(tags)
                .build(),
                // The name is fixed (others refer to it), so a replacement must delete the old role first.
                CustomResourceOptions.builder().parent(parent).deleteBeforeReplace(true).build());
    }
}
