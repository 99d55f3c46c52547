package dev.ecsplatform.bootstrap;

import com.pulumi.test.PulumiTest;
import dev.ecsplatform.bootstrap.config.StackConfigFile;
import dev.ecsplatform.bootstrap.policy.PolicyEvaluator;
import dev.ecsplatform.bootstrap.policy.PolicyEvaluator.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which tokens each role admits, judged on the trust policies the program actually declares for the real
 * {@code Pulumi.shared.yaml}: the program runs once per class (hence one instance per class), the tokens are then
 * tried against every role.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrustAdmissionTest {

    private static final String PULUMI_PROVIDER = "arn:aws:iam::123456789012:oidc-provider/api.pulumi.com/oidc";
    private static final String GITHUB_PROVIDER =
            "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";
    private static final String REPO = "repo:acme/ecs-platform:";

    /** Role logical name → trust policy JSON. */
    private Map<String, String> trustByRole;

    @BeforeAll
    void runProgramOnce() {
        try {
            var run = ProgramRun.of(StackConfigFile.entries("shared"));
            assertThat(run.output(BootstrapProgram.PULUMI_PROVIDER_OUTPUT)).isEqualTo(PULUMI_PROVIDER);
            assertThat(run.output(BootstrapProgram.GITHUB_PROVIDER_OUTPUT)).isEqualTo(GITHUB_PROVIDER);
            var trust = new TreeMap<String, String>();
            run.ofType(ProgramRun.ROLE).forEach(role ->
                    trust.put(role.name(), (String) role.inputs().get("assumeRolePolicy")));
            trustByRole = Map.copyOf(trust);
        } finally {
            PulumiTest.cleanup();
        }
    }

    @Test
    void aMergedChangeDeployedByPulumiDeploymentsAssumesOnlyItsStacksPulumiRole() {
        for (var operation : List.of("update", "refresh", "destroy")) {
            assertThat(admitting(pulumi("acme", pulumiSubject("acme", "ecs-platform", "dev", operation))))
                    .as(operation).containsExactly("dev-pulumi-deploy");
        }
        assertThat(admitting(pulumi("acme", pulumiSubject("acme", "ecs-platform", "prod", "update"))))
                .containsExactly("prod-pulumi-deploy");
    }

    /**
     * Pulumi's subject names the operation but never a branch or pull request: a Deployments preview of a pull
     * request sends exactly this. No deploy role trusts it, so pull-request code never runs with deploy credentials
     * through Pulumi Deployments (previewPullRequests is off; the GitHub workflow previews with the preview role).
     */
    @Test
    void aPulumiDeploymentsPreviewOfAPullRequestAssumesNoRole() {
        for (var stack : List.of("dev", "prod")) {
            assertThat(admitting(pulumi("acme", pulumiSubject("acme", "ecs-platform", stack, "preview"))))
                    .as(stack).isEmpty();
        }
    }

    @Test
    void noOtherOrganizationProjectStackOrScopeReachesAPulumiRole() {
        assertThat(admitting(pulumi("other", pulumiSubject("other", "ecs-platform", "dev", "update"))))
                .as("another organization").isEmpty();
        assertThat(admitting(pulumi("acme", pulumiSubject("other", "ecs-platform", "dev", "update"))))
                .as("right audience, another organization's subject").isEmpty();
        assertThat(admitting(pulumi("acme", pulumiSubject("acme", "other-project", "dev", "update"))))
                .as("another project of the organization").isEmpty();
        assertThat(admitting(pulumi("acme", pulumiSubject("acme", "ecs-platform", "dev2", "update"))))
                .as("a stack whose name starts like dev's").isEmpty();
        assertThat(admitting(pulumi("acme", pulumiSubject("acme", "ecs-platform", "staging", "update"))))
                .as("a stack not in the config").isEmpty();
        assertThat(admitting(pulumi("acme", pulumiSubject("acme", "ecs-platform", "pr-42", "update"))))
                .as("a review stack of a pull request").isEmpty();
        assertThat(admitting(pulumi("acme",
                "pulumi:deploy:org:acme:project:ecs-platform:stack:dev:operation:update:scope:read")))
                .as("a read-scoped token").isEmpty();
        assertThat(admitting(pulumi("acme",
                "pulumi:deploy:org:acme:project:ecs-platform:stack:dev:operation:update:scope:write:extra")))
                .as("a longer subject").isEmpty();
    }

    @Test
    void aMergeDeployedByGithubActionsAssumesItsEnvironmentsRoleAndProdOnlyThroughItsEnvironment() {
        assertThat(admitting(github(REPO + "environment:dev"))).containsExactly("dev-github-deploy");
        // The prod job runs in the protected prod environment, after a required reviewer approved it.
        assertThat(admitting(github(REPO + "environment:prod"))).containsExactly("prod-github-deploy");
        assertThat(admitting(github(REPO + "environment:staging"))).isEmpty();
        assertThat(admitting(github(REPO + "environment:Prod"))).as("environment names are compared exactly").isEmpty();
    }

    @Test
    void aPullRequestAssumesOnlyThePreviewRoles() {
        assertThat(admitting(github(REPO + "pull_request"))).containsExactlyInAnyOrder("dev-github-preview", "prod-github-preview");
    }

    /**
     * A fork's pull request runs in the base repository, so a token for it (GitHub sends none to forks' pull requests
     * unless the repository is set to) carries the base repository's pull_request subject: it can get a preview role
     * and nothing else. The fork's own workflows are another repository and get nothing.
     */
    @Test
    void aForksPullRequestGetsAtMostAPreviewRole() {
        assertThat(admitting(github(REPO + "pull_request"))).noneMatch(role -> role.endsWith("-deploy"));
        for (var fork : List.of("mallory/ecs-platform", "acme-fork/ecs-platform")) {
            for (var suffix : List.of("pull_request", "environment:prod", "ref:refs/heads/main")) {
                assertThat(admitting(github("repo:" + fork + ":" + suffix))).as(fork + " " + suffix).isEmpty();
            }
        }
    }

    @Test
    void thePreviewRolesAdmitPullRequestsOnly() {
        for (var subject : List.of(REPO + "environment:dev", REPO + "environment:prod", REPO + "ref:refs/heads/main",
                REPO + "ref:refs/tags/v1.0.0", REPO + "pull_request_target", "repo:acme/other:pull_request")) {
            for (var role : List.of("dev-github-preview", "prod-github-preview")) {
                assertThat(PolicyEvaluator.allows(trustByRole.get(role), github(subject))).as(role + " " + subject).isFalse();
            }
        }
    }

    @Test
    void aPushToMainAssumesNoRoleUnlessConfigured() {
        assertThat(admitting(github(REPO + "ref:refs/heads/main"))).isEmpty();
    }

    @Test
    void anotherRepositoryOrAudienceOrProviderReachesNoRole() {
        for (var repository : List.of("acme/other", "evil/ecs-platform", "acme/ecs-platform-fork")) {
            for (var suffix : List.of("environment:prod", "environment:dev", "pull_request")) {
                assertThat(admitting(github("repo:" + repository + ":" + suffix))).as(repository + " " + suffix)
                        .isEmpty();
            }
        }
        assertThat(admitting(Request.webIdentity(GITHUB_PROVIDER, Map.of(
                "token.actions.githubusercontent.com:aud", "https://github.com/acme",
                "token.actions.githubusercontent.com:sub", REPO + "environment:prod"))))
                .as("another audience").isEmpty();
        // A GitHub token carries GitHub claims; presented as if from Pulumi's provider it must still fail.
        assertThat(admitting(Request.webIdentity(GITHUB_PROVIDER, Map.of(
                "api.pulumi.com/oidc:aud", "acme",
                "api.pulumi.com/oidc:sub", pulumiSubject("acme", "ecs-platform", "prod", "update")))))
                .as("Pulumi claims from the GitHub provider").isEmpty();
    }

    private List<String> admitting(Request request) {
        return trustByRole.entrySet().stream()
                .filter(entry -> PolicyEvaluator.allows(entry.getValue(), request))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static String pulumiSubject(String organization, String project, String stack, String operation) {
        return "pulumi:deploy:org:" + organization + ":project:" + project + ":stack:" + stack
                + ":operation:" + operation + ":scope:write";
    }

    private static Request pulumi(String audience, String subject) {
        return Request.webIdentity(PULUMI_PROVIDER, Map.of("api.pulumi.com/oidc:aud", audience, "api.pulumi.com/oidc:sub", subject));
    }

    private static Request github(String subject) {
        return Request.webIdentity(GITHUB_PROVIDER, Map.of(
                "token.actions.githubusercontent.com:aud", "sts.amazonaws.com",
                "token.actions.githubusercontent.com:sub", subject));
    }
}
