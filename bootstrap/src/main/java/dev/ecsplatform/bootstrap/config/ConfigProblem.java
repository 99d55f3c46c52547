package dev.ecsplatform.bootstrap.config;

/**
 * One thing wrong with the stack configuration.
 *
 * @param keyPath  full key path as {@code pulumi config set --path} takes it, e.g. {@code ecs-platform-bootstrap:github.repository}
 * @param given    what the configuration holds, rendered as JSON (or a phrase when nothing is set)
 * @param expected what would be accepted, with an example where it helps
 */
public record ConfigProblem(String keyPath, String given, String expected) {

    public String render() {
        return keyPath + ": got " + given + "; expected " + expected;
    }
}
