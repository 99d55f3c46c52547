package dev.ecsplatform.bootstrap.naming;

/**
 * Names of everything the bootstrap creates, and of the name spaces it grants the main program.
 *
 * <p>Role names are an external contract: the main project's {@code Pulumi.<stack>.deploy.yaml} and its
 * GitHub workflows refer to them, so they are derived from project and stack only and never auto-named.
 */
public final class AccessNames {

    /** IAM's limit on role names. */
    public static final int MAX_ROLE_NAME_LENGTH = 64;

    /**
     * IAM path of the bootstrap's own roles and policies. A deploy role may write IAM roles and policies named
     * {@code <project>-<stack>-*}; with this path their ARNs read {@code role/bootstrap/<name>}, which no such
     * pattern matches (the path has no '-'), so a deploy role can never edit its own trust or permissions.
     */
    public static final String IAM_PATH = "/bootstrap/";

    private static final String PULUMI_DEPLOY_SUFFIX = "-pulumi-deploy";
    private static final String GITHUB_DEPLOY_SUFFIX = "-github-deploy";
    private static final String GITHUB_PREVIEW_SUFFIX = "-github-preview";

    private AccessNames() {
    }

    public static String pulumiDeployRole(String project, String stack) {
        return project + "-" + stack + PULUMI_DEPLOY_SUFFIX;
    }

    public static String githubDeployRole(String project, String stack) {
        return project + "-" + stack + GITHUB_DEPLOY_SUFFIX;
    }

    /** One preview role per project: a pull request's token names no stack (see README). */
    public static String githubPreviewRole(String project) {
        return project + GITHUB_PREVIEW_SUFFIX;
    }

    /** A customer managed policy holding one part of a stack's deploy permissions. */
    public static String deployPolicy(String project, String stack, String part) {
        return project + "-" + stack + "-deploy-" + part;
    }

    /** The longest role name a stack gets, to check against {@link #MAX_ROLE_NAME_LENGTH} before creating anything. */
    public static String longestStackRoleName(String project, String stack) {
        var pulumi = pulumiDeployRole(project, stack);
        var github = githubDeployRole(project, stack);
        return pulumi.length() >= github.length() ? pulumi : github;
    }

    /**
     * Prefix of the names the main program gives its IAM roles and policies, its S3 bucket and its log groups
     * in one stack: {@code ecs-platform-dev-}. Two stacks whose prefixes nest (dev and dev-eu) would share
     * resources, which the configuration check forbids.
     */
    public static String stackResourcePrefix(String project, String stack) {
        return project + "-" + stack + "-";
    }

    /** Path under which the main program keeps one stack's SSM parameters and log groups: {@code /ecs-platform/dev/}. */
    public static String stackPath(String project, String stack) {
        return "/" + project + "/" + stack + "/";
    }
}
