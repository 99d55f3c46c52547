package dev.ecsplatform.bootstrap.naming;

import dev.ecsplatform.contract.StackContract;

/**
 * Names of everything the bootstrap creates, and of the name spaces it grants the main program.
 *
 * <p>Role names are an external contract: the main project's {@code Pulumi.<stack>.deploy.yaml} and its
 * GitHub workflows refer to them, so they are derived from project and stack only and never auto-named.
 */
public final class AccessNames {

    /** IAM's limit on role names. */
    public static final int MAX_ROLE_NAME_LENGTH = 64;

    /** IAM path of the bootstrap's own roles and policies; why it keeps them out of the deploy roles' reach: there. */
    public static final String IAM_PATH = StackContract.BOOTSTRAP_IAM_PATH;

    private static final String GITHUB_PREVIEW_SUFFIX = "-github-preview";

    private AccessNames() {
    }

    /** From the shared contract: the stack's key policy names the deploy roles too. */
    public static String pulumiDeployRole(String project, String stack) {
        return new StackContract(project, stack).pulumiDeployRoleName();
    }

    public static String githubDeployRole(String project, String stack) {
        return new StackContract(project, stack).githubDeployRoleName();
    }

    /** The customer managed policy of a stack's preview role. */
    public static String previewPolicy(String project, String stack) {
        return project + "-" + stack + "-preview";
    }

    /** A customer managed policy holding one part of a stack's deploy permissions. */
    public static String deployPolicy(String project, String stack, String part) {
        return project + "-" + stack + "-deploy-" + part;
    }

    /** The read-only role pull requests preview one stack with (one per stack: stacks may live in other accounts). */
    public static String githubPreviewRole(String project, String stack) {
        return project + "-" + stack + GITHUB_PREVIEW_SUFFIX;
    }

    /** The longest role name a stack gets, to check against {@link #MAX_ROLE_NAME_LENGTH} before creating anything. */
    public static String longestStackRoleName(String project, String stack) {
        return java.util.stream.Stream.of(pulumiDeployRole(project, stack), githubDeployRole(project, stack),
                        githubPreviewRole(project, stack))
                .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
    }

}
