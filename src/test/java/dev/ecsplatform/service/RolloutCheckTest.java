package dev.ecsplatform.service;

import com.pulumi.exceptions.ResourceException;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import dev.ecsplatform.live.RolloutOutcome;
import dev.ecsplatform.live.RolloutWatch;
import dev.ecsplatform.naming.StackNames;
import dev.ecsplatform.plan.PlanMocks;
import dev.ecsplatform.program.PlatformProgram;
import dev.ecsplatform.testing.RunErrors;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deployment the circuit breaker rolled back leaves the service stable on its previous task definition, and
 * the provider reports the update as a success. The program must fail the run then, and only then.
 */
class RolloutCheckTest {

    private static final String PREVIOUS = "arn:aws:ecs:us-east-1:123456789012:task-definition/ecs-platform-dev-orders:41";

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    /** AWS as the plan sees it, except that ECS runs {@code runningTaskDefinition} for orders once stable. */
    private static Mocks afterRollback(String runningTaskDefinition) {
        var aws = new PlanMocks("us-east-1");
        return new Mocks() {
            @Override
            public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
                return aws.newResourceAsync(args).thenApply(result -> {
                    if (!args.name.equals("ecs-platform-dev-orders-service")) {
                        return result;
                    }
                    @SuppressWarnings("unchecked")
                    var state = new HashMap<>((Map<String, Object>) result.state);
                    state.put("taskDefinition", runningTaskDefinition);
                    return ResourceResult.of(result.id, state);
                });
            }

            @Override
            public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
                return aws.callAsync(args);
            }
        };
    }

    private static List<Throwable> run(Mocks mocks, String stackYaml) {
        return run(mocks, stackYaml, false, Optional.empty());
    }

    private static List<Throwable> run(Mocks mocks, String stackYaml, boolean preview, Optional<RolloutWatch> rollouts) {
        var config = dev.ecsplatform.config.ConfigLoader.load(StackFiles.PROJECT,
                dev.ecsplatform.config.StackFile.parse(stackYaml, "Pulumi.dev.yaml"));
        var result = PulumiTest.withMocks(mocks)
                .withOptions(TestOptions.builder().projectName(StackFiles.PROJECT).stackName("dev").preview(preview).build())
                .runTest(ctx -> PlatformProgram.define(ctx, new StackNames(StackFiles.PROJECT, "dev"), config, rollouts));
        return RunErrors.asReported(result.exceptions());
    }

    /** A rollout watch that answers {@code outcomeOf(service)} and records what it was asked, by service. */
    private static final class ScriptedWatch implements RolloutWatch {
        final Map<String, String> asked = new TreeMap<>();
        final Map<String, RolloutOutcome> outcomes;

        ScriptedWatch(Map<String, RolloutOutcome> outcomes) {
            this.outcomes = outcomes;
        }

        @Override
        public synchronized CompletableFuture<RolloutOutcome> await(String cluster, String service, String taskDefinition) {
            asked.put(service, cluster + " " + taskDefinition);
            return CompletableFuture.completedFuture(outcomes.getOrDefault(service, RolloutOutcome.completed()));
        }
    }

    private static final String ALARMED = "Service deployment rolled back because the alarm ecs-platform-dev/orders/5xx-rate"
            + " went into ALARM.";
    private static final String DEPLOYED = "arn:aws:ecs:us-east-1:123456789012:task-definition/ecs-platform-dev-orders-task:1";

    @Test
    void inARealUpdateARollbackInTheBakeTimeFailsTheRunOnThatServiceInOneLine() throws IOException {
        var watch = new ScriptedWatch(Map.of("orders", new RolloutOutcome(RolloutOutcome.Kind.FAILED, ALARMED,
                Optional.of(PREVIOUS))));

        var errors = run(new PlanMocks("us-east-1"), Files.readString(StackFiles.path("dev")), false, Optional.of(watch));

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).isInstanceOf(ResourceException.class)
                .satisfies(e -> assertThat(((ResourceException) e).isHideStack()).isTrue())
                .hasMessage("orders: ECS marked the deployment of " + DEPLOYED + " FAILED (" + ALARMED + ") and runs "
                        + PREVIOUS + "; the previous version keeps serving. The Pulumi state records " + DEPLOYED
                        + " although ECS may not run it: the deploy workflow refreshes before pulumi up (by hand:"
                        + " pulumi up --refresh), so the next run sees what ECS runs.");
        assertThat(errors.get(0).getMessage()).doesNotContain("\n");
        // Every service that waits for a steady state is watched, by its ECS name, in the stack's cluster.
        assertThat(watch.asked).containsKey("orders");
        assertThat(watch.asked.get("orders")).endsWith(" " + DEPLOYED);
    }

    @Test
    void inARealUpdateCompletedDeploymentsPass() throws IOException {
        var watch = new ScriptedWatch(Map.of());
        assertThat(run(new PlanMocks("us-east-1"), Files.readString(StackFiles.path("dev")), false, Optional.of(watch))).isEmpty();
        assertThat(watch.asked).isNotEmpty();
    }

    @Test
    void aPreviewNeverWaits() throws IOException {
        RolloutWatch refuses = (cluster, service, taskDefinition) -> {
            throw new AssertionError("a preview asked ECS about " + service);
        };
        assertThat(run(new PlanMocks("us-east-1"), Files.readString(StackFiles.path("dev")), true, Optional.of(refuses))).isEmpty();
    }

    @Test
    void everyOutcomeButCompletedIsOneLineThatFails() {
        for (var outcome : List.of(
                new RolloutOutcome(RolloutOutcome.Kind.FAILED, "tasks failed to start", Optional.empty()),
                new RolloutOutcome(RolloutOutcome.Kind.TIMED_OUT, "IN_PROGRESS", Optional.empty()),
                new RolloutOutcome(RolloutOutcome.Kind.UNREADABLE, "AccessDeniedException: no", Optional.empty()))) {
            assertThat(RolloutCheck.verdict("orders", DEPLOYED, outcome)).as(outcome.kind().name())
                    .hasValueSatisfying(line -> assertThat(line).startsWith("orders: ").doesNotContain("\n")
                            .contains(outcome.reason()));
        }
        assertThat(RolloutCheck.verdict("orders", DEPLOYED, new RolloutOutcome(RolloutOutcome.Kind.TIMED_OUT, "IN_PROGRESS",
                Optional.empty()))).hasValueSatisfying(line -> assertThat(line).contains("had not ended after 30 minutes"));
        assertThat(RolloutCheck.verdict("orders", DEPLOYED, RolloutOutcome.completed())).isEmpty();
    }

    @Test
    void aRolledBackDeploymentFailsTheRunOnThatService() throws IOException {
        var errors = run(afterRollback(PREVIOUS), Files.readString(StackFiles.path("dev")));

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).isInstanceOf(ResourceException.class)
                .satisfies(e -> assertThat(((ResourceException) e).isHideStack()).isTrue())
                .hasMessage("orders: the deployment of arn:aws:ecs:us-east-1:123456789012:task-definition/"
                        + "ecs-platform-dev-orders-task:1 did not complete; ECS runs " + PREVIOUS + " (the deployment"
                        + " circuit breaker rolled back). The previous version keeps serving; the service's events say"
                        + " why the new tasks failed (aws ecs describe-services), and the next pulumi up deploys it again.");
    }

    @Test
    void aCompletedDeploymentPasses() throws IOException {
        assertThat(run(new PlanMocks("us-east-1"), Files.readString(StackFiles.path("dev")))).isEmpty();
    }

    @Test
    void withoutWaitingThereIsNothingToCompareAndNothingFails() throws IOException {
        var noWait = Files.readString(StackFiles.path("dev")).replace(
                "  ecs-platform:deployment:\n", "  ecs-platform:deployment:\n    waitForSteadyState: false\n");
        assertThat(noWait).contains("waitForSteadyState: false");
        assertThat(run(afterRollback(PREVIOUS), noWait)).isEmpty();
    }
}
