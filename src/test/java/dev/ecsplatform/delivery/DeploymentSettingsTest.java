package dev.ecsplatform.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static dev.ecsplatform.delivery.RepoFiles.list;
import static dev.ecsplatform.delivery.RepoFiles.map;
import static org.assertj.core.api.Assertions.assertThat;

/** The real {@code Pulumi.<stack>.deploy.yaml} files: what Pulumi Deployments is told to run, from where, as whom. */
class DeploymentSettingsTest {

    private static final String PROJECT = "ecs-platform";

    /** Stacks that follow main on their own; every other stack is promoted deliberately. */
    private static final List<String> PUSH_TO_DEPLOY = List.of("dev");

    /** IAM's role-session-name alphabet and length. */
    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");

    /** AWS's default (and the bootstrap's) maximum session of a role assumed with a web identity. */
    private static final Duration MAX_SESSION = Duration.ofHours(1);

    static List<String> stacks() {
        return RepoFiles.stacks();
    }

    private static Map<String, Object> settings(String stack) {
        return map(RepoFiles.asMap(RepoFiles.yaml(RepoFiles.deploymentSettings(stack))), "settings");
    }

    @Test
    void everyStackHasDeploymentSettingsAndEverySettingsFileAStack() {
        assertThat(RepoFiles.stacks()).isNotEmpty();
        assertThat(RepoFiles.deploymentSettingsStacks()).isEqualTo(RepoFiles.stacks());
    }

    @ParameterizedTest
    @MethodSource("stacks")
    void usesOnlyKeysThePulumiCliReads(String stack) {
        var document = RepoFiles.yaml(RepoFiles.deploymentSettings(stack));

        assertThat(DeploymentSettingsSchema.problems(document)).isEmpty();
        assertThat(RepoFiles.asMap(document)).containsOnlyKeys("settings");
    }

    @Test
    void theSchemaCatchesAMisspeltKeyAndAWrongType() {
        var document = RepoFiles.yamlText("""
                settings:
                  gitHub:
                    deployCommit: true
                    previewPullRequests: "yes"
                  operationContext:
                    environmentVariables:
                      PLAIN: text
                      SECRET: {secret: abc}
                """);

        assertThat(DeploymentSettingsSchema.problems(document)).containsExactly(
                "settings.gitHub.deployCommit: unknown key; expected one of "
                        + "[repository, deployCommits, previewPullRequests, pullRequestTemplate, deployPullRequest, paths]",
                "settings.gitHub.previewPullRequests: expected boolean, got yes");
    }

    @ParameterizedTest
    @MethodSource("stacks")
    void deploysMainOfTheRepositoryFromTheProjectDirectory(String stack) {
        var settings = settings(stack);
        var git = map(map(settings, "sourceContext"), "git");
        var gitHub = map(settings, "gitHub");

        assertThat(git.get("branch")).as("branch").isIn("refs/heads/main", "main");
        var repoDir = RepoFiles.ROOT.resolve(String.valueOf(git.getOrDefault("repoDir", "."))).normalize();
        assertThat(repoDir.resolve("Pulumi.yaml")).as("Pulumi.yaml in repoDir").isRegularFile();
        assertThat(repoDir.resolve("Pulumi." + stack + ".yaml")).as("the stack file in repoDir").isRegularFile();

        assertThat(String.valueOf(gitHub.get("repository"))).matches("[\\w.-]+/[\\w.-]+");
        // With the GitHub app as the source the service fetches the code itself; a repoUrl beside it turns the
        // source into a plain git one (no PR previews, no push-to-deploy).
        assertThat(git).doesNotContainKey("repoUrl");
    }

    @Test
    void allStacksDeployFromTheSameRepository() {
        assertThat(stacks().stream().map(s -> map(settings(s), "gitHub").get("repository")).distinct()).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("stacks")
    void assumesTheDeployRoleOfItsOwnStackForAtMostAnHour(String stack) {
        var aws = map(map(map(settings(stack), "operationContext"), "oidc"), "aws");

        // The bootstrap names the role after project and stack, under an IAM path of its own.
        assertThat(String.valueOf(aws.get("roleArn")))
                .matches("arn:aws:iam::\\d{12}:role/(?:[\\w+=,.@-]+/)*" + PROJECT + "-" + stack + "-pulumi-deploy");
        assertThat(String.valueOf(aws.get("sessionName"))).matches(SESSION_NAME);
        assertThat(goDuration(String.valueOf(aws.get("duration")))).isPositive().isLessThanOrEqualTo(MAX_SESSION);
    }

    @ParameterizedTest
    @MethodSource("stacks")
    void onlyDevFollowsMainNoStackPreviewsPullRequestsAndNoneSpawnsReviewStacks(String stack) {
        var gitHub = map(settings(stack), "gitHub");

        assertThat(gitHub.get("deployCommits")).as("deployCommits").isEqualTo(PUSH_TO_DEPLOY.contains(stack));
        // Defect 2: a pull request's preview would run its code with this stack's deploy role (Pulumi's subject names
        // no pull request); the deploy roles trust no preview, and GitHub Actions previews with the preview role.
        assertThat(gitHub.get("previewPullRequests")).as("previewPullRequests").isEqualTo(false);
        // A review stack pr-<n> would match no deploy role (each trusts one stack by name) and would build a
        // whole VPC with NAT gateways per pull request.
        assertThat(gitHub.getOrDefault("pullRequestTemplate", false)).as("pullRequestTemplate").isEqualTo(false);
    }

    @ParameterizedTest
    @MethodSource("stacks")
    void pathFiltersCoverTheProgramAndOnlyThisStacksConfiguration(String stack) {
        var paths = list(map(settings(stack), "gitHub"), "paths");

        assertThat(paths).contains("src/main/**", "shared/src/main/**", "pom.xml", "mvnw", ".mvn/**", "Pulumi.yaml",
                "Pulumi." + stack + ".yaml");
        for (var other : stacks()) {
            if (!other.equals(stack)) {
                assertThat(paths).as("paths of " + stack).doesNotContain("Pulumi." + other + ".yaml");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("stacks")
    void preRunCommandsBuildWhatPulumiYamlRuns(String stack) {
        var commands = list(map(settings(stack), "operationContext"), "preRunCommands");
        var binary = RepoFiles.runtimeBinary(RepoFiles.read(RepoFiles.ROOT.resolve("Pulumi.yaml")));

        assertThat(Files.isExecutable(RepoFiles.ROOT.resolve("mvnw"))).as("mvnw is executable").isTrue();
        assertThat(commands).as("a pre-run command runs the Maven wrapper's package phase")
                .anySatisfy(command -> assertThat(packagesWithTheWrapper(String.valueOf(command))).isTrue());
        binary.ifPresent(path -> assertThat(normalize(path)).as("runtime.options.binary of Pulumi.yaml")
                .isEqualTo(RepoFiles.shadedJar(RepoFiles.ROOT.resolve("pom.xml"))));
    }

    @Test
    void theBinaryCheckFollowsPulumiYamlWithAndWithoutABinary() {
        assertThat(RepoFiles.runtimeBinary("""
                name: ecs-platform
                runtime: java
                """)).isEmpty();
        assertThat(RepoFiles.runtimeBinary("""
                name: ecs-platform
                runtime:
                  name: java
                """)).isEmpty();
        assertThat(RepoFiles.runtimeBinary("""
                name: ecs-platform
                runtime:
                  name: java
                  options:
                    binary: target/ecs-platform.jar
                """)).isEqualTo(Optional.of("target/ecs-platform.jar"));
        assertThat(RepoFiles.shadedJar(RepoFiles.ROOT.resolve("pom.xml"))).isEqualTo("target/ecs-platform.jar");
    }

    @Test
    void recognisesAWrapperPackageCommandOnly() {
        assertThat(packagesWithTheWrapper("./mvnw -B -q -DskipTests package")).isTrue();
        assertThat(packagesWithTheWrapper("./mvnw -B verify")).isTrue();
        assertThat(packagesWithTheWrapper("mvn -B package")).isFalse();
        assertThat(packagesWithTheWrapper("./mvnw -B compile")).isFalse();
        assertThat(packagesWithTheWrapper("./mvnw -B package -f bootstrap/pom.xml")).isFalse();
        assertThat(packagesWithTheWrapper("./mvnw -B package -Dmaven.shade.skip")).isFalse();
    }

    /**
     * Whether the command runs the wrapper of the project in repoDir through the {@code package} phase (or a later
     * one that includes it), on the root pom and without skipping the shade plugin that writes the jar.
     */
    private static boolean packagesWithTheWrapper(String command) {
        var words = Arrays.asList(command.trim().split("\\s+"));
        if (words.isEmpty() || !words.get(0).equals("./mvnw")) {
            return false;
        }
        var reachesPackage = words.stream().anyMatch(w -> List.of("package", "verify", "install", "deploy").contains(w));
        var otherPom = words.stream().anyMatch(w -> w.equals("-f") || w.startsWith("--file") || w.startsWith("-pl"));
        var skipsShade = words.stream().anyMatch(w -> w.contains("shade.skip") || w.startsWith("-DfinalName"));
        return reachesPackage && !otherPom && !skipsShade;
    }

    private static String normalize(String path) {
        return path.startsWith("./") ? path.substring(2) : path;
    }

    /** A Go duration as {@code pulumi deployment settings pull} writes it ({@code 1h0m0s}, {@code 30m}). */
    private static Duration goDuration(String text) {
        var matcher = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?").matcher(text);
        assertThat(matcher.matches() && !text.isEmpty()).as("duration " + text).isTrue();
        var duration = Duration.ZERO;
        if (matcher.group(1) != null) {
            duration = duration.plusHours(Long.parseLong(matcher.group(1)));
        }
        if (matcher.group(2) != null) {
            duration = duration.plusMinutes(Long.parseLong(matcher.group(2)));
        }
        if (matcher.group(3) != null) {
            duration = duration.plusSeconds(Long.parseLong(matcher.group(3)));
        }
        return duration;
    }
}
