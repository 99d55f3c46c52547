package dev.ecsplatform.bootstrap.grants;

import dev.ecsplatform.bootstrap.naming.AccessNames;
import dev.ecsplatform.bootstrap.policy.PolicyDocument;

import java.util.function.Function;

/**
 * A customer managed policy the bootstrap creates, at its IAM path ({@code /bootstrap/}).
 *
 * @param logicalName the Pulumi resource name
 * @param name        the IAM policy name
 * @param description what it is for, as IAM shows it
 * @param targetStack the main project's stack it serves
 * @param role        what it is: a deploy role's permissions, a preview role's, or a stack role's boundary
 * @param document    its document in an account
 */
public record PolicySpec(String logicalName, String name, String description, String targetStack, Kind role,
                         Function<AccessContext, PolicyDocument> document) {

    public enum Kind { DEPLOY_PERMISSIONS, PREVIEW_PERMISSIONS, STACK_ROLE_BOUNDARY }

    public String arn(AccessContext context) {
        return context.account().iamArn("policy" + AccessNames.IAM_PATH + name);
    }
}
