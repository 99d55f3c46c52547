package dev.ecsplatform.configkit;

/**
 * One thing wrong with the stack configuration.
 *
 * @param path     the key path, e.g. {@code ecs-platform:network.cidr}
 * @param given    what the user wrote, rendered for humans ({@code nothing} when absent)
 * @param expected what would have been accepted
 * @param hint     an optional did-you-mean or explanation; empty when there is none
 */
public record Problem(String path, String given, String expected, String hint) {

    public String render() {
        var line = path + ": got " + given + "; expected " + expected;
        return hint.isEmpty() ? line : line + " (" + hint + ")";
    }
}
