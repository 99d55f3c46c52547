package dev.ecsplatform.delivery;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static dev.ecsplatform.delivery.RepoFiles.asMap;
import static dev.ecsplatform.delivery.RepoFiles.list;
import static dev.ecsplatform.delivery.RepoFiles.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GitHub Actions workflows: pinned actions, least privilege, and the preview and deploy lanes matching the stacks.
 *
 * <p>Pinning: every action is pinned to a full commit SHA with its release tag as a comment on the same line
 * ({@code @<40 hex> # v7.0.1}), or at least to a full release tag ({@code @v7.0.1}). A bare major ({@code @v7}) or a
 * branch is refused: both move under the workflow without a change in this repository, and a moved tag would run with
 * the job's OIDC token.
 */
class DeliveryWorkflowsTest {

    private static final Path PREVIEW = RepoFiles.WORKFLOWS.resolve("preview.yml");
    private static final Path DEPLOY = RepoFiles.WORKFLOWS.resolve("deploy.yml");

    private static final Pattern REMOTE_ACTION = Pattern.compile("[\\w.-]+/[\\w.-]+(?:/[\\w./-]+)?@(.+)");
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern RELEASE_TAG = Pattern.compile("v\\d+\\.\\d+\\.\\d+");
    private static final Pattern USES_LINE = Pattern.compile("^\\s*(?:-\\s+)?uses:\\s*(\\S+)\\s*(?:#\\s*(\\S+).*)?$");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\{\\s*vars\\.[A-Z][A-Z0-9_]*\\s*}}");
    private static final Pattern MATRIX_VALUE = Pattern.compile("\\$\\{\\{\\s*matrix\\.([a-z][a-z0-9-]*)\\s*}}");

    private static final String AWS_CREDENTIALS = "aws-actions/configure-aws-credentials@";
    private static final String PULUMI = "pulumi/actions@";

    private static Map<String, Object> workflow(Path file) {
        return asMap(RepoFiles.yaml(file));
    }

    private static Map<String, Map<String, Object>> jobs(Path file) {
        var jobs = new LinkedHashMap<String, Map<String, Object>>();
        map(workflow(file), "jobs").forEach((name, job) -> jobs.put(name, asMap(job)));
        return jobs;
    }

    private static List<Map<String, Object>> steps(Map<String, Object> job) {
        return list(job, "steps").stream().map(RepoFiles::asMap).toList();
    }

    private static Optional<Map<String, Object>> step(Map<String, Object> job, String usesPrefix) {
        return steps(job).stream().filter(s -> String.valueOf(s.get("uses")).startsWith(usesPrefix)).findFirst();
    }

    @Test
    void theDeliveryWorkflowsExist() {
        assertThat(RepoFiles.workflows()).extracting(p -> p.getFileName().toString())
                .contains("preview.yml", "deploy.yml", "ci.yml");
    }

    @Test
    void everyActionIsPinnedToACommitOrAFullReleaseTag() {
        var problems = new ArrayList<String>();
        for (var file : RepoFiles.workflows()) {
            var lines = RepoFiles.read(file).split("\n");
            for (var i = 0; i < lines.length; i++) {
                var uses = USES_LINE.matcher(lines[i]);
                if (!uses.matches()) {
                    continue;
                }
                var where = file.getFileName() + ":" + (i + 1) + " " + uses.group(1);
                var reference = uses.group(1);
                if (reference.startsWith("./")) {
                    continue;
                }
                var remote = REMOTE_ACTION.matcher(reference);
                if (!remote.matches()) {
                    problems.add(where + ": not an owner/repo@ref action");
                } else if (SHA.matcher(remote.group(1)).matches()) {
                    if (uses.group(2) == null || !RELEASE_TAG.matcher(uses.group(2)).matches()) {
                        problems.add(where + ": a commit pin needs its release tag as a comment (# vX.Y.Z)");
                    }
                } else if (!RELEASE_TAG.matcher(remote.group(1)).matches()) {
                    problems.add(where + ": pinned to a moving reference; pin a commit SHA or a full vX.Y.Z tag");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theUsesLinesSeenAreAllTheActionsTheWorkflowsRun() {
        for (var file : RepoFiles.workflows()) {
            var parsed = jobs(file).values().stream()
                    .flatMap(job -> steps(job).stream())
                    .filter(s -> s.containsKey("uses"))
                    .count();
            var scanned = RepoFiles.read(file).lines().filter(l -> USES_LINE.matcher(l).matches()).count();
            assertThat(scanned).as(file.getFileName().toString()).isEqualTo(parsed);
        }
    }

    @Test
    void everyWorkflowStartsFromNoWritePermission() {
        for (var file : RepoFiles.workflows()) {
            var permissions = workflow(file).get("permissions");
            assertThat(permissions).as(file.getFileName() + ": top-level permissions").isNotNull();
            if (permissions instanceof Map<?, ?> scopes) {
                assertThat(scopes.values()).as(file.getFileName() + ": top-level permissions")
                        .allMatch(level -> "read".equals(level) || "none".equals(level));
            } else {
                assertThat(permissions).as(file.getFileName() + ": top-level permissions").isIn("read-all", "{}");
            }
        }
    }

    @Test
    void onlyJobsThatAssumeAnAwsRoleMayRequestAnIdToken() {
        for (var file : RepoFiles.workflows()) {
            jobs(file).forEach((name, job) -> {
                var permissions = job.get("permissions") instanceof Map<?, ?> scopes ? scopes : Map.of();
                var requestsToken = "write".equals(permissions.get("id-token"));
                var assumesRole = step(job, AWS_CREDENTIALS).isPresent();
                assertThat(requestsToken).as(file.getFileName() + " job " + name + ": id-token: write")
                        .isEqualTo(assumesRole);
                assertThat(job.get("permissions")).as(file.getFileName() + " job " + name + ": permissions")
                        .isNotNull();
            });
        }
    }

    @Test
    void roleArnsComeFromRepositoryOrEnvironmentVariables() {
        for (var file : RepoFiles.workflows()) {
            jobs(file).forEach((name, job) -> step(job, AWS_CREDENTIALS).ifPresent(credentials -> {
                var role = String.valueOf(map(credentials, "with").get("role-to-assume"));
                var fromMatrix = MATRIX_VALUE.matcher(role);
                if (fromMatrix.matches()) {
                    // A matrix value: every entry must give it as a variable.
                    assertThat(matrixEntries(job)).as(file.getFileName() + " job " + name + " matrix." + fromMatrix.group(1))
                            .isNotEmpty()
                            .allSatisfy(entry -> assertThat(String.valueOf(entry.get(fromMatrix.group(1)))).matches(VARIABLE));
                } else {
                    assertThat(role).as(file.getFileName() + " job " + name).matches(VARIABLE);
                }
            }));
        }
    }

    /** Defect 4: each stack is previewed with its own stack's preview role (stacks may live in other accounts). */
    @Test
    void eachStackIsPreviewedWithItsOwnPreviewRole() {
        var job = jobs(PREVIEW).values().iterator().next();
        var roleInput = String.valueOf(map(step(job, AWS_CREDENTIALS).orElseThrow(), "with").get("role-to-assume"));
        var matrixKey = MATRIX_VALUE.matcher(roleInput);
        assertThat(matrixKey.matches()).as("role-to-assume " + roleInput + " comes from the matrix entry").isTrue();

        for (var entry : matrixEntries(job)) {
            var stack = String.valueOf(entry.get("stack"));
            assertThat(String.valueOf(entry.get(matrixKey.group(1)))).as(stack)
                    .isEqualTo("${{ vars.AWS_PREVIEW_ROLE_ARN_" + stack.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + " }}");
        }
        // No environment: the preview role trusts the pull_request subject, which a job in an environment loses.
        assertThat(job).doesNotContainKey("environment");
    }

    @Test
    void everyPulumiCommandRunsAfterTheJarIsBuiltAndWithTheAccessTokenSecret() {
        for (var file : RepoFiles.workflows()) {
            jobs(file).forEach((name, job) -> {
                var steps = steps(job);
                for (var i = 0; i < steps.size(); i++) {
                    if (!String.valueOf(steps.get(i).get("uses")).startsWith(PULUMI)) {
                        continue;
                    }
                    assertThat(steps.subList(0, i)).as(file.getFileName() + " job " + name + ": build before pulumi")
                            .anySatisfy(s -> assertThat(String.valueOf(s.get("run"))).startsWith("./mvnw").contains(" package"));
                    assertThat(map(steps.get(i), "env").get("PULUMI_ACCESS_TOKEN"))
                            .isEqualTo("${{ secrets.PULUMI_ACCESS_TOKEN }}");
                }
            });
        }
    }

    @Test
    void pullRequestsPreviewEveryStackWithOneEditedCommentEach() {
        var workflow = workflow(PREVIEW);
        assertThat(asMap(workflow.get("on"))).containsOnlyKeys("pull_request");
        assertThat(jobs(PREVIEW)).hasSize(1);
        var job = jobs(PREVIEW).values().iterator().next();

        assertThat(matrixEntries(job)).extracting(entry -> String.valueOf(entry.get("stack"))).as("matrix stacks")
                .containsExactlyInAnyOrderElementsOf(RepoFiles.stacks());
        var pulumi = step(job, PULUMI).orElseThrow();
        assertThat(map(pulumi, "with")).containsEntry("command", "preview")
                .containsEntry("comment-on-pr", true)
                .containsEntry("edit-pr-comment", true);
        assertThat(String.valueOf(map(pulumi, "with").get("stack-name"))).endsWith("/${{ matrix.stack }}");

        var concurrency = map(job, "concurrency");
        assertThat(String.valueOf(concurrency.get("group")))
                .contains("${{ github.event.pull_request.number }}", "${{ matrix.stack }}");
        assertThat(concurrency.get("cancel-in-progress")).isEqualTo(true);

        assertThat(steps(job)).as("the offline plan report")
                .anySatisfy(s -> assertThat(String.valueOf(s.get("run")))
                        .contains("java -jar target/ecs-platform.jar plan \"$STACK\" --format markdown")
                        .contains("$GITHUB_STEP_SUMMARY"));
    }

    @Test
    void everyStackHasOneDeployJobInItsOwnEnvironmentAndLane() {
        var deployed = new TreeSet<String>();
        jobs(DEPLOY).forEach((name, job) -> {
            var pulumi = step(job, PULUMI).orElseThrow(() -> new AssertionError("deploy job " + name + " runs no pulumi"));
            assertThat(map(pulumi, "with").get("command")).isEqualTo("up");
            // A rollout ECS rolled back after the provider's wait leaves the new task definition in the state: only a
            // refresh before the update lets the next run see what ECS runs (docs/operations.md).
            assertThat(map(pulumi, "with").get("refresh")).as("job " + name + " refreshes before up").isEqualTo(true);
            var stackName = String.valueOf(map(pulumi, "with").get("stack-name"));
            var stack = stackName.substring(stackName.lastIndexOf('/') + 1);
            assertThat(deployed.add(stack)).as("one deploy job for " + stack).isTrue();

            assertThat(environment(job)).as("job " + name + " environment").isEqualTo(stack);
            var concurrency = map(job, "concurrency");
            assertThat(String.valueOf(concurrency.get("group"))).as("job " + name + " concurrency group")
                    .endsWith("-" + stack);
            assertThat(concurrency.get("cancel-in-progress")).as("job " + name + " cancel-in-progress").isEqualTo(false);
        });
        assertThat(deployed).containsExactlyElementsOf(RepoFiles.stacks());
    }

    @Test
    void prodIsDeployedAfterDevFromTheProtectedProdEnvironment() {
        var on = asMap(workflow(DEPLOY).get("on"));
        assertThat(on).containsOnlyKeys("push", "workflow_dispatch");
        assertThat(list(map(on, "push"), "branches")).containsExactly("main");

        var prod = jobs(DEPLOY).get("prod");
        assertThat(environment(prod)).isEqualTo("prod");
        var needs = prod.get("needs");
        assertThat(needs instanceof List<?> all ? all : List.of(needs)).contains("dev");
    }

    /** The matrix of a job as entries: its {@code include} list (the preview job names one entry per stack). */
    private static List<Map<String, Object>> matrixEntries(Map<String, Object> job) {
        return list(map(map(job, "strategy"), "matrix"), "include").stream().map(RepoFiles::asMap).toList();
    }

    private static String environment(Map<String, Object> job) {
        var environment = job.get("environment");
        return environment instanceof Map<?, ?> named ? String.valueOf(named.get("name")) : String.valueOf(environment);
    }
}
