package dev.ecsplatform.bootstrap.access;

import dev.ecsplatform.bootstrap.config.StackSettings;

/**
 * What one stack's deploy roles are built from, beside the provider ARNs and the account.
 *
 * @param organization Pulumi organization owning the stack
 * @param project      the main project's name
 * @param repository   GitHub {@code owner/name}
 * @param stack        the stack and its access settings
 */
public record DeployRoleSettings(String organization, String project, String repository, StackSettings stack) {
}
