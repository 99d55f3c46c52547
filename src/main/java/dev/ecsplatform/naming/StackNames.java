package dev.ecsplatform.naming;

import dev.ecsplatform.contract.StackContract;

import java.util.Map;

/**
 * Derives resource names and tags from the project and stack, so that dev and prod can live in one
 * account side by side and every resource says where it belongs.
 *
 * @param project the Pulumi project name, e.g. {@code ecs-platform}
 * @param stack   the stack name, e.g. {@code dev}
 */
public record StackNames(String project, String stack) {

    /** The prefix every logical and physical name starts with, e.g. {@code ecs-platform-dev}. */
    public String prefix() {
        return project + "-" + stack;
    }

    /** A name under the prefix: {@code name("vpc")} is {@code ecs-platform-dev-vpc}. */
    public String name(String part) {
        return prefix() + "-" + part;
    }

    /** A path-like name for log groups and parameters: {@code /ecs-platform/dev/part}. */
    public String path(String part) {
        return contract().path(part);
    }

    /**
     * The names this stack may give its roles, log groups, parameters and bucket, as its deploy roles are allowed to
     * manage them (shared with the bootstrap, {@code shared/}).
     */
    public StackContract contract() {
        return new StackContract(project, stack);
    }

    /** The tags every taggable resource carries, plus a {@code Name} tag for the console. */
    public Map<String, String> tags(String resourceName) {
        return contract().tags(resourceName);
    }
}
