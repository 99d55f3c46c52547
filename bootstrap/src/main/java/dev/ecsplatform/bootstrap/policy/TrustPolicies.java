package dev.ecsplatform.bootstrap.policy;

import dev.ecsplatform.bootstrap.config.OidcIssuer;
import dev.ecsplatform.bootstrap.config.StackSettings;

import java.util.ArrayList;

/**
 * Who may assume each role: the token's issuer (the provider ARN), audience and subject must all match.
 * Subjects are pinned to one stack (Pulumi) or one GitHub environment, never to a wildcard over stacks, so a
 * token minted for dev cannot assume prod's role.
 */
public final class TrustPolicies {

    public static final String ASSUME_ROLE_WITH_WEB_IDENTITY = "sts:AssumeRoleWithWebIdentity";

    /** The audience aws-actions/configure-aws-credentials asks GitHub for. */
    public static final String GITHUB_AUDIENCE = "sts.amazonaws.com";

    private TrustPolicies() {
    }

    /**
     * Pulumi Deployments' subject for any operation on one stack with write scope. The operation ({@code update},
     * {@code preview}, {@code refresh}, {@code destroy}) is the only wildcard: org, project and stack are exact.
     */
    public static String pulumiDeploySubjectPattern(String organization, String project, String stack) {
        return "pulumi:deploy:org:" + organization + ":project:" + project + ":stack:" + stack
                + ":operation:*:scope:write";
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
        return PolicyDocument.of(Statement.trust("PulumiDeploymentsDeploy", providerArn, ASSUME_ROLE_WITH_WEB_IDENTITY,
                Condition.stringEquals(issuer.conditionKey("aud"), organization),
                Condition.stringLike(issuer.conditionKey("sub"),
                        pulumiDeploySubjectPattern(organization, project, stack))));
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
