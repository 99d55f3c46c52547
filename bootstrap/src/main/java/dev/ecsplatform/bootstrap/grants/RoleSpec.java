package dev.ecsplatform.bootstrap.grants;

import dev.ecsplatform.bootstrap.naming.AccessNames;
import dev.ecsplatform.bootstrap.policy.PolicyDocument;

import java.util.List;
import java.util.function.Function;

/**
 * A role the bootstrap creates, at its IAM path ({@code /bootstrap/}), with a one-hour maximum session.
 *
 * @param logicalName the Pulumi resource name
 * @param name        the IAM role name, which the main project's deploy settings and workflows refer to
 * @param description what it is for, as IAM shows it
 * @param targetStack the main project's stack it deploys or previews
 * @param trust       who may assume it, in an account
 * @param policies    the logical names of the {@link PolicySpec}s attached to it
 */
public record RoleSpec(String logicalName, String name, String description, String targetStack,
                       Function<AccessContext, PolicyDocument> trust, List<String> policies) {

    /** One hour: long enough for an ECS rolling deployment to settle, short enough to expire soon after. */
    public static final int MAX_SESSION_SECONDS = 3600;

    public RoleSpec {
        policies = List.copyOf(policies);
    }

    public String arn(AccessContext context) {
        return context.account().iamArn("role" + AccessNames.IAM_PATH + name);
    }
}
