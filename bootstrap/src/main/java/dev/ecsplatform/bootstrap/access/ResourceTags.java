package dev.ecsplatform.bootstrap.access;

import java.util.Map;

/**
 * Tags of every taggable resource. {@code project} and {@code stack} name the Pulumi project and stack that manage
 * the resource (this bootstrap), so that anyone finding a role in the console knows where to change it;
 * {@code target-stack} names the main project's stack a per-stack role deploys.
 */
public record ResourceTags(String project, String stack) {

    public Map<String, String> common() {
        return Map.of("project", project, "stack", stack, "managed-by", "pulumi");
    }

    public Map<String, String> forTargetStack(String targetStack) {
        return Map.of("project", project, "stack", stack, "managed-by", "pulumi", "target-stack", targetStack);
    }
}
