package dev.ecsplatform.config;

/**
 * Which container image references an environment accepts.
 *
 * @param allowMutableTags accept {@code :latest} and untagged images (default false; dev opts in)
 */
public record ImagePolicy(boolean allowMutableTags) {
}
