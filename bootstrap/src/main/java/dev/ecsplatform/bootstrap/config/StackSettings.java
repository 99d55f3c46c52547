package dev.ecsplatform.bootstrap.config;

import java.util.Optional;

/**
 * Access settings for one stack of the main project.
 *
 * @param name         stack name, also the name of the GitHub environment whose jobs may deploy it
 * @param githubBranch branch whose pushes may also deploy this stack outside an environment; default: none,
 *                     so only jobs in the stack's (protected) environment can
 */
public record StackSettings(String name, Optional<String> githubBranch) {
}
