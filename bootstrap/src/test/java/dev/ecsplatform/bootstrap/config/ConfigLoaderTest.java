package dev.ecsplatform.bootstrap.config;

import dev.ecsplatform.configkit.InvalidConfigException;
import dev.ecsplatform.configkit.Problem;
import dev.ecsplatform.contract.StackNameRule;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class ConfigLoaderTest {

    private static final String NS = StackConfigFile.NAMESPACE + ":";
    private static final String GITHUB_PROVIDER_ARN =
            "arn:aws:iam::210987654321:oidc-provider/token.actions.githubusercontent.com";
    private static final String PULUMI_PROVIDER_ARN = "arn:aws:iam::210987654321:oidc-provider/api.pulumi.com/oidc";

    private final ConfigLoader loader = new ConfigLoader(StackConfigFile.NAMESPACE);

    // ---- valid configurations -------------------------------------------------------------------------------

    @Test
    void readsTheRealSharedStackFile() {
        var config = loader.load(StackConfigFile.source(StackConfigFile.entries("shared")));

        assertThat(config).isEqualTo(new BootstrapConfig(
                "acme",
                "ecs-platform",
                List.of(new StackSettings("dev", Optional.empty()), new StackSettings("prod", Optional.empty())),
                new GithubSettings("acme/ecs-platform", new OidcProviderSource.Create()),
                new OidcProviderSource.Create()));
    }

    @Test
    void appliesDefaultsForProjectAndPulumiDeployments() {
        var config = loader.load(StackConfigFile.source(Map.of(
                "pulumiOrganization", "acme",
                "stacks", "{\"dev\":{}}",
                "github", "{\"repository\":\"acme/ecs-platform\"}")));

        assertThat(config.project()).isEqualTo("ecs-platform");
        assertThat(config.pulumiDeploymentsProvider()).isEqualTo(new OidcProviderSource.Create());
        assertThat(config.github().provider()).isEqualTo(new OidcProviderSource.Create());
    }

    @Test
    void usesExistingProvidersWhenTheyAreNotCreatedHere() {
        var entries = shared();
        // `pulumi config set --path github.createProvider false` stores the text "false", not a JSON boolean.
        entries.put("github", "{\"repository\":\"acme/ecs-platform\",\"createProvider\":\"false\","
                + "\"providerArn\":\"" + GITHUB_PROVIDER_ARN + "\"}");
        entries.put("pulumiDeployments", "{\"createProvider\":false,\"providerArn\":\"" + PULUMI_PROVIDER_ARN + "\"}");

        var config = loader.load(StackConfigFile.source(entries));

        assertThat(config.github().provider()).isEqualTo(new OidcProviderSource.Existing(GITHUB_PROVIDER_ARN));
        assertThat(config.pulumiDeploymentsProvider()).isEqualTo(new OidcProviderSource.Existing(PULUMI_PROVIDER_ARN));
    }

    @Test
    void readsABranchForOneStackAndTakesAnEmptyStackEntryAsTheDefaults() {
        var entries = shared();
        entries.put("stacks", "{\"dev\":{\"githubBranch\":\"main\"},\"prod\":{}}");

        assertThat(loader.load(StackConfigFile.source(entries)).stacks()).containsExactly(
                new StackSettings("dev", Optional.of("main")), new StackSettings("prod", Optional.empty()));
    }

    /** The shared toolkit's rule, as in the main program: null never quietly means "the defaults". */
    @Test
    void refusesANullStackEntry() {
        var entries = shared();
        entries.put("stacks", "{\"dev\":{},\"prod\":null}");

        assertThat(onlyProblem(entries)).satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(NS + "stacks.prod");
            assertThat(problem.given()).isEqualTo("null");
            assertThat(problem.hint()).contains("null does not mean absent");
        });
    }

    // ---- invalid configurations: one problem each -----------------------------------------------------------

    @Test
    void rejectsARepositoryWithoutOwner() {
        var entries = shared();
        entries.put("github", "{\"repository\":\"ecs-platform\"}");

        assertThat(onlyProblem(entries)).satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(NS + "github.repository");
            assertThat(problem.given()).isEqualTo("\"ecs-platform\"");
            assertThat(problem.expected()).startsWith("\"<owner>/<name>\" of the GitHub repository")
                    .contains("e.g. \"acme/ecs-platform\"");
        });
    }

    @Test
    void rejectsARepositoryNameWithASpaceOrAWildcard() {
        for (var repository : List.of("acme/ecs platform", "acme/*", "-acme/ecs-platform", "acme/..")) {
            var entries = shared();
            entries.put("github", "{\"repository\":\"" + repository + "\"}");

            assertThat(onlyProblem(entries)).as(repository).satisfies(problem -> {
                assertThat(problem.path()).isEqualTo(NS + "github.repository");
                assertThat(problem.given()).isEqualTo("\"" + repository + "\"");
                assertThat(problem.expected()).startsWith("\"<owner>/<name>\"");
            });
        }
    }

    @Test
    void rejectsAMissingGithubMap() {
        var entries = shared();
        entries.remove("github");

        assertThat(onlyProblem(entries)).isEqualTo(new Problem(NS + "github", "nothing",
                "a map with repository: <owner>/<name> and optionally createProvider (default true) and providerArn,"
                        + " e.g. {repository: acme/ecs-platform}", ""));
    }

    @Test
    void rejectsAnEmptyStackMap() {
        var entries = shared();
        entries.put("stacks", "{}");

        assertThat(onlyProblem(entries)).satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(NS + "stacks");
            assertThat(problem.given()).isEqualTo("an empty map");
            assertThat(problem.expected()).startsWith("at least one stack: a map keyed by the main project's stack names");
        });
    }

    @Test
    void rejectsAStackListInsteadOfAMap() {
        var entries = shared();
        entries.put("stacks", "[\"dev\",\"prod\"]");

        assertThat(onlyProblem(entries)).isEqualTo(new Problem(NS + "stacks", "[\"dev\",\"prod\"]",
                "a map keyed by the main project's stack names, each with its settings or {} for the defaults,"
                        + " e.g. {dev: {}, prod: {}}", ""));
    }

    @Test
    void rejectsStackNamesTheMainProgramWouldRefuse() {
        var entries = shared();
        entries.put("stacks", "{\"Prod\":{},\"dev_1\":{},\"-qa\":{},\"1st\":{},\"" + "s".repeat(25) + "\":{}}");

        assertThat(problems(entries)).extracting(Problem::path, Problem::given).containsExactly(
                tuple(NS + "stacks.-qa", "the stack name \"-qa\""),
                tuple(NS + "stacks.1st", "the stack name \"1st\""),
                tuple(NS + "stacks.Prod", "the stack name \"Prod\""),
                tuple(NS + "stacks.dev_1", "the stack name \"dev_1\""),
                tuple(NS + "stacks." + "s".repeat(25), "the stack name \"" + "s".repeat(25) + "\""));
        assertThat(problems(entries)).allSatisfy(problem -> assertThat(problem.expected())
                .isEqualTo(StackNameRule.EXPECTED));
    }

    @Test
    void rejectsAnInvalidOrganizationName() {
        for (var organization : List.of("acme corp", "acme*", "acme:ops", "-acme")) {
            var entries = shared();
            entries.put("pulumiOrganization", organization);

            assertThat(onlyProblem(entries)).as(organization).satisfies(problem -> {
                assertThat(problem.path()).isEqualTo(NS + "pulumiOrganization");
                assertThat(problem.given()).isEqualTo("\"" + organization + "\"");
                assertThat(problem.expected()).startsWith("a Pulumi organization name: 1 to 40 letters, digits");
            });
        }
    }

    @Test
    void rejectsAMissingOrganization() {
        var entries = shared();
        entries.remove("pulumiOrganization");

        assertThat(onlyProblem(entries)).satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(NS + "pulumiOrganization");
            assertThat(problem.given()).isEqualTo("nothing");
        });
    }

    @Test
    void rejectsAnInvalidProjectName() {
        var entries = shared();
        entries.put("project", "ECS_Platform");

        assertThat(onlyProblem(entries)).satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(NS + "project");
            assertThat(problem.given()).isEqualTo("\"ECS_Platform\"");
            assertThat(problem.expected()).startsWith("the main project's name as a lowercase DNS label");
        });
    }

    @Test
    void requiresAProviderArnWhenTheGithubProviderIsNotCreated() {
        var entries = shared();
        entries.put("github", "{\"repository\":\"acme/ecs-platform\",\"createProvider\":false}");

        assertThat(onlyProblem(entries)).isEqualTo(new Problem(NS + "github.providerArn",
                "nothing",
                "the ARN of the account's existing identity provider for this issuer, arn:aws:iam::<12-digit account"
                        + " id>:oidc-provider/token.actions.githubusercontent.com (required because createProvider"
                        + " is false)", ""));
    }

    @Test
    void rejectsAMalformedProviderArn() {
        var wrong = List.of(
                "arn:aws:iam::1234:oidc-provider/token.actions.githubusercontent.com",
                "arn:aws:iam::210987654321:oidc-provider/api.pulumi.com/oidc",
                "token.actions.githubusercontent.com");
        for (var arn : wrong) {
            var entries = shared();
            entries.put("github", "{\"repository\":\"acme/ecs-platform\",\"createProvider\":false,"
                    + "\"providerArn\":\"" + arn + "\"}");

            assertThat(onlyProblem(entries)).as(arn).satisfies(problem -> {
                assertThat(problem.path()).isEqualTo(NS + "github.providerArn");
                assertThat(problem.given()).isEqualTo("\"" + arn + "\"");
                assertThat(problem.expected()).contains("oidc-provider/token.actions.githubusercontent.com");
            });
        }
    }

    @Test
    void rejectsAMalformedPulumiProviderArn() {
        var entries = shared();
        entries.put("pulumiDeployments", "{\"createProvider\":false,\"providerArn\":\"" + GITHUB_PROVIDER_ARN + "\"}");

        assertThat(onlyProblem(entries)).satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(NS + "pulumiDeployments.providerArn");
            assertThat(problem.given()).isEqualTo("\"" + GITHUB_PROVIDER_ARN + "\"");
            assertThat(problem.expected()).contains("oidc-provider/api.pulumi.com/oidc");
        });
    }

    @Test
    void rejectsAProviderArnThatWouldBeIgnored() {
        var entries = shared();
        entries.put("github", "{\"repository\":\"acme/ecs-platform\",\"providerArn\":\"" + GITHUB_PROVIDER_ARN + "\"}");

        assertThat(onlyProblem(entries)).satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(NS + "github.providerArn");
            assertThat(problem.given()).isEqualTo("\"" + GITHUB_PROVIDER_ARN + "\"");
            assertThat(problem.expected()).startsWith("no providerArn while createProvider is true (the default)");
        });
    }

    @Test
    void rejectsACreateProviderThatIsNotABoolean() {
        var entries = shared();
        entries.put("pulumiDeployments", "{\"createProvider\":\"yes\"}");

        assertThat(onlyProblem(entries)).isEqualTo(
                new Problem(NS + "pulumiDeployments.createProvider", "\"yes\"", "true or false", ""));
    }

    @Test
    void rejectsUnknownKeysWithTheKeyMostLikelyMeant() {
        var entries = shared();
        entries.put("stack", "{\"dev\":{}}");
        entries.put("github", "{\"repository\":\"acme/ecs-platform\",\"repositry\":\"acme/other\"}");
        entries.put("stacks", "{\"dev\":{\"githubBrnch\":\"main\"},\"prod\":{}}");

        assertThat(problems(entries)).containsExactly(
                new Problem(NS + "github.repositry", "an unknown key",
                        "one of repository, createProvider, providerArn", "did you mean \"repository\"?"),
                new Problem(NS + "stack", "an unknown key",
                        "one of pulumiOrganization, project, stacks, github, pulumiDeployments", "did you mean \"stacks\"?"),
                new Problem(NS + "stacks.dev.githubBrnch", "an unknown key",
                        "one of githubBranch", "did you mean \"githubBranch\"?"));
    }

    @Test
    void suggestsNothingForAKeyLikeNoKnownOne() {
        var entries = shared();
        entries.put("region", "eu-west-1");

        assertThat(onlyProblem(entries)).isEqualTo(new Problem(NS + "region", "an unknown key",
                "one of pulumiOrganization, project, stacks, github, pulumiDeployments", ""));
    }

    @Test
    void rejectsABranchPatternOrMalformedBranch() {
        for (var branch : List.of("release/*", "feature..x", "main.lock", "-main")) {
            var entries = shared();
            entries.put("stacks", "{\"dev\":{\"githubBranch\":\"" + branch + "\"}}");

            assertThat(onlyProblem(entries)).as(branch).satisfies(problem -> {
                assertThat(problem.path()).isEqualTo(NS + "stacks.dev.githubBranch");
                assertThat(problem.given()).isEqualTo("\"" + branch + "\"");
                assertThat(problem.expected()).startsWith("a branch name such as \"main\"");
            });
        }
    }

    @Test
    void rejectsStackNamesWhoseResourcePrefixesNest() {
        var entries = shared();
        entries.put("stacks", "{\"dev\":{},\"dev-eu\":{}}");

        assertThat(onlyProblem(entries)).satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(NS + "stacks.dev-eu");
            assertThat(problem.given()).isEqualTo("the stack name \"dev-eu\" next to stack \"dev\"");
            assertThat(problem.expected()).contains("resources named \"ecs-platform-dev-*\"");
        });
    }

    @Test
    void rejectsAProjectAndStackWhoseRoleNamesWouldBeTooLong() {
        var entries = shared();
        entries.put("project", "p".repeat(46));
        entries.put("stacks", "{\"dev\":{}}");

        assertThat(onlyProblem(entries)).satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(NS + "stacks.dev");
            assertThat(problem.given()).isEqualTo("the stack name \"dev\", which makes the role name \"" + "p".repeat(46)
                    + "-dev-github-preview\" 65 characters long");
            assertThat(problem.expected()).startsWith("a stack name of at most");
        });
    }

    // ---- all problems at once -------------------------------------------------------------------------------

    @Test
    void reportsEveryProblemInOneMessage() {
        var entries = new HashMap<String, String>();
        entries.put("pulumiOrganization", "acme corp");
        entries.put("stacks", "{}");
        entries.put("github", "{\"repository\":\"acme\",\"createProvider\":false}");
        entries.put("stak", "x");

        var thrown = catchThrowableOfType(InvalidConfigException.class, () -> loader.load(StackConfigFile.source(entries)));

        assertThat(thrown.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
                NS + "stak", NS + "pulumiOrganization", NS + "stacks", NS + "github.repository",
                NS + "github.providerArn");
        assertThat(thrown.getMessage())
                .startsWith("Invalid configuration in Pulumi.shared.yaml (5 problems); nothing was created:\n  - ")
                .contains("\n  - " + NS + "github.repository: got \"acme\"; expected \"<owner>/<name>\"")
                .contains("\n  - " + NS + "stak: got an unknown key; expected one of pulumiOrganization,"
                        + " project, stacks, github, pulumiDeployments (did you mean \"stacks\"?)");
    }

    @Test
    void reportsAValueThatIsNotAMapAsText() {
        var entries = shared();
        entries.put("github", "acme/ecs-platform");

        assertThatThrownBy(() -> loader.load(StackConfigFile.source(entries)))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("Invalid configuration in Pulumi.shared.yaml (1 problem); nothing was created:\n  - " + NS
                        + "github: got \"acme/ecs-platform\"; expected a map with repository: <owner>/<name> and"
                        + " optionally createProvider (default true) and providerArn, e.g. {repository: acme/ecs-platform}");
    }

    private static Map<String, String> shared() {
        return new HashMap<>(StackConfigFile.entries("shared"));
    }

    private List<Problem> problems(Map<String, String> entries) {
        return catchThrowableOfType(InvalidConfigException.class, () -> loader.load(StackConfigFile.source(entries))).problems();
    }

    private Problem onlyProblem(Map<String, String> entries) {
        var problems = problems(entries);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }
}
