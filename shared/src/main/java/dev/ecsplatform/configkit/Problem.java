package dev.ecsplatform.configkit;

/**
 * One thing wrong with the stack configuration.
 *
 * @param path     the key path, e.g. {@code ecs-platform:network.cidr}
 * @param given    what the user wrote, rendered for humans ({@code nothing} when absent)
 * @param expected what would have been accepted
 * @param hint     an optional did-you-mean or explanation; empty when there is none
 * @param excerpt  the offending line of the file with a caret under the place, or empty
 */
public record Problem(String path, String given, String expected, String hint, String excerpt) {

    public Problem(String path, String given, String expected, String hint) {
        this(path, given, expected, hint, "");
    }

    public String render() {
        var line = path + ": got " + given + "; expected " + expected;
        var text = hint.isEmpty() ? line : line + " (" + hint + ")";
        return excerpt.isEmpty() ? text : text + "\n" + excerpt.indent(6).stripTrailing();
    }
}
