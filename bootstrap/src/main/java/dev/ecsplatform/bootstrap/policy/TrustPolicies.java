package dev.ecsplatform.bootstrap.policy;

import dev.ecsplatform.bootstrap.config.OidcIssuer;
import dev.ecsplatform.bootstrap.config.StackSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * Who may assume each role: the token's issuer (the provider ARN), audience and subject must all match, and every
 * subject is compared exactly (no wildcard): one stack and operation (Pulumi), one GitHub environment or the pull
 * request event. A token minted for dev cannot assume prod's role, and pull-request code can assume only a preview
 * role.
 */
public final class TrustPolicies {

    public static final String ASSUME_ROLE_WITH_WEB_IDENTITY = "sts:AssumeRoleWithWebIdentity";

    /** The audience aws-actions/configure-aws-credentials asks GitHub for. */
    public static final String GITHUB_AUDIENCE = "sts.amazonaws.com";

    private TrustPolicies() {
    }

    /**
     * The Pulumi Deployments operations a deploy role trusts: those that only ever run the configured branch.
     * {@code preview} is left out on purpose: the subject names the operation, never a branch or pull request, so a
     * preview of a pull request (Deployments' {@code previewPullRequests}) and a preview of main look the same, and
     * trusting {@code preview} would hand pull-request code this role. Previews run in GitHub Actions with the
     * stack's preview role instead (docs/delivery.md).
     */
    public static final List<String> PULUMI_DEPLOY_OPERATIONS = List.of("update", "refresh", "destroy");

    /** Pulumi Deployments' subject for one operation on one stack; every part exact. */
    public static String pulumiSubject(String organization, String project, String stack, String operation) {
        return "pulumi:deploy:org:" + organization + ":project:" + project + ":stack:" + stack
                + ":operation:" + operation + ":scope:write";
    }

    /** GitHub's subject for a job that runs in a deployment environment. */
    public static String githubEnvironmentSubject(String repository, String environment) {
        return "repo:" + repository + ":environment:" + environment;
    }

    /** GitHub's subject for a job triggered by a push to a branch, outside any environment. */
    public static String githubBranchSubject(String repository, String branch) {
        return "repo:" + repository + ":ref:refs/heads/" + branch;
    }

    /** GitHub's subject for a job triggered by a pull request (outside any environment). */
    public static String githubPullRequestSubject(String repository) {
        return "repo:" + repository + ":pull_request";
    }

    public static PolicyDocument pulumiDeploy(String providerArn, String organization, String project, String stack) {
        var issuer = OidcIssuer.PULUMI_DEPLOYMENTS;
        var subjects = PULUMI_DEPLOY_OPERATIONS.stream()
                .map(operation -> pulumiSubject(organization, project, stack, operation)).toArray(String[]::new);
        return PolicyDocument.of(Statement.trust("PulumiDeploymentsDeploy", providerArn, ASSUME_ROLE_WITH_WEB_IDENTITY,
                Condition.stringEquals(issuer.conditionKey("aud"), organization),
                Condition.stringEquals(issuer.conditionKey("sub"), subjects)));
    }

    /**
     * The stack's GitHub environment, and its branch only when configured. Both are StringEquals: a subject
     * with a wildcard would also admit {@code pull_request}.
     */
    public static PolicyDocument githubDeploy(String providerArn, String repository, StackSettings stack) {
        var issuer = OidcIssuer.GITHUB_ACTIONS;
        var subjects = new ArrayList<String>();
        subjects.add(githubEnvironmentSubject(repository, stack.name()));
        stack.githubBranch().ifPresent(branch -> subjects.add(githubBranchSubject(repository, branch)));
        return PolicyDocument.of(Statement.trust("GitHubActionsDeploy", providerArn, ASSUME_ROLE_WITH_WEB_IDENTITY,
                Condition.stringEquals(issuer.conditionKey("aud"), GITHUB_AUDIENCE),
                Condition.stringEquals(issuer.conditionKey("sub"), subjects.toArray(String[]::new))));
    }

    public static PolicyDocument githubPreview(String providerArn, String repository) {
        var issuer = OidcIssuer.GITHUB_ACTIONS;
        return PolicyDocument.of(Statement.trust("GitHubActionsPullRequestPreview", providerArn,
                ASSUME_ROLE_WITH_WEB_IDENTITY,
                Condition.stringEquals(issuer.conditionKey("aud"), GITHUB_AUDIENCE),
                Condition.stringEquals(issuer.conditionKey("sub"), githubPullRequestSubject(repository))));
    }
}
