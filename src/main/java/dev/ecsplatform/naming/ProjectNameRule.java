package dev.ecsplatform.naming;

import java.util.regex.Pattern;

/**
 * The rule for the project name in {@code Pulumi.yaml}: it starts every resource name and tag
 * ({@code <project>-<stack>-…}, {@code /<project>/<stack>/…}), so it must be a lowercase DNS label, and short
 * enough to leave room for the stack and the resource's own part: at most 32 characters.
 */
public final class ProjectNameRule {

    public static final int MAX_LENGTH = 32;
    public static final String EXPECTED = "a project name of 1 to " + MAX_LENGTH + " characters: lowercase letters, "
            + "digits and '-', starting with a letter, not ending with '-' (it starts every resource name)";
    private static final Pattern NAME = Pattern.compile("[a-z]([a-z0-9-]*[a-z0-9])?");

    private ProjectNameRule() {
    }

    public static boolean isValid(String project) {
        return project.length() <= MAX_LENGTH && NAME.matcher(project).matches();
    }
}
