package dev.ecsplatform.live;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.model.DeploymentRolloutState;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.ecsplatform.live.FakeEcs.deployment;
import static org.assertj.core.api.Assertions.assertThat;

/** The wait for an ECS deployment's rolloutState, against a fake ECS client and a clock that only moves on sleep. */
class RolloutWaiterTest {

    private static final String CLUSTER = "arn:aws:ecs:us-east-1:123456789012:cluster/ecs-platform-dev";
    private static final String NEW = "arn:aws:ecs:us-east-1:123456789012:task-definition/ecs-platform-dev-orders:42";
    private static final String OLD = "arn:aws:ecs:us-east-1:123456789012:task-definition/ecs-platform-dev-orders:41";
    private static final String ALARMED = "Service deployment rolled back because the alarm ecs-platform-dev/orders/5xx-rate"
            + " went into ALARM.";

    /** A clock that starts at a fixed instant and moves only when the waiter sleeps. */
    private static final class StepClock implements RolloutWaiter.Clock {
        Instant now = Instant.parse("2026-12-05T23:00:00Z");
        final List<Duration> sleeps = new ArrayList<>();

        @Override
        public Instant now() {
            return now;
        }

        @Override
        public void sleep(Duration duration) {
            sleeps.add(duration);
            now = now.plus(duration);
        }
    }

    private final StepClock clock = new StepClock();

    private RolloutOutcome waitOn(FakeEcs ecs) {
        return new RolloutWaiter(ecs, clock, RolloutWaiter.TIMEOUT, Runnable::run).waitFor(CLUSTER, "orders", NEW);
    }

    @Test
    void aDeploymentThatCompletesAfterItsBakeTimeCompletes() {
        var ecs = new FakeEcs()
                .thenDeployments(deployment("PRIMARY", NEW, DeploymentRolloutState.IN_PROGRESS, "ECS deployment in progress."))
                .thenDeployments(deployment("PRIMARY", NEW, DeploymentRolloutState.IN_PROGRESS, "ECS deployment in progress."))
                .thenDeployments(deployment("PRIMARY", NEW, DeploymentRolloutState.COMPLETED, "ECS deployment completed."));

        assertThat(waitOn(ecs)).isEqualTo(RolloutOutcome.completed());
        assertThat(clock.sleeps).containsExactly(RolloutWaiter.POLL, RolloutWaiter.POLL);
        assertThat(ecs.requests).allSatisfy(request -> {
            assertThat(request.cluster()).isEqualTo(CLUSTER);
            assertThat(request.services()).containsExactly("orders");
        });
    }

    @Test
    void anAlarmInTheBakeTimeThatRollsBackFailsWithEcsReasonAndWhatRuns() {
        var ecs = new FakeEcs()
                .thenDeployments(deployment("PRIMARY", NEW, DeploymentRolloutState.IN_PROGRESS, "in progress"))
                .thenDeployments(deployment("PRIMARY", OLD, DeploymentRolloutState.IN_PROGRESS, "rollback in progress"),
                        deployment("ACTIVE", NEW, DeploymentRolloutState.FAILED, ALARMED));

        assertThat(waitOn(ecs)).isEqualTo(new RolloutOutcome(RolloutOutcome.Kind.FAILED, ALARMED, Optional.of(OLD)));
    }

    @Test
    void aRollbackWhoseFailedDeploymentIsAlreadyDrainedFailsToo() {
        var ecs = new FakeEcs().thenDeployments(deployment("PRIMARY", OLD, DeploymentRolloutState.COMPLETED, "done"));

        var outcome = waitOn(ecs);

        assertThat(outcome.kind()).isEqualTo(RolloutOutcome.Kind.FAILED);
        assertThat(outcome.runningTaskDefinition()).hasValue(OLD);
        assertThat(clock.sleeps).isEmpty();
    }

    @Test
    void aFailedDeploymentWithoutRollbackFails() {
        var ecs = new FakeEcs().thenDeployments(deployment("PRIMARY", NEW, DeploymentRolloutState.FAILED, "tasks failed\nto start"));

        assertThat(waitOn(ecs)).isEqualTo(new RolloutOutcome(RolloutOutcome.Kind.FAILED, "tasks failed to start", Optional.empty()));
    }

    @Test
    void aDeploymentStillInProgressAtTheTimeoutEndsTheWait() {
        var ecs = new FakeEcs().thenDeployments(deployment("PRIMARY", NEW, DeploymentRolloutState.IN_PROGRESS, "in progress"));

        var outcome = waitOn(ecs);

        assertThat(outcome).isEqualTo(new RolloutOutcome(RolloutOutcome.Kind.TIMED_OUT, "IN_PROGRESS", Optional.empty()));
        var waited = clock.sleeps.stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(waited).isLessThan(RolloutWaiter.TIMEOUT).isGreaterThan(RolloutWaiter.TIMEOUT.minus(RolloutWaiter.POLL.multipliedBy(2)));
        assertThat(ecs.requests).hasSize(clock.sleeps.size() + 1);
    }

    @Test
    void throttlingBacksOffAndTriesAgain() {
        var ecs = new FakeEcs()
                .thenError("ThrottlingException", 400)
                .thenError("ThrottlingException", 400)
                .thenError("ThrottlingException", 400)
                .thenDeployments(deployment("PRIMARY", NEW, DeploymentRolloutState.COMPLETED, "completed"));

        assertThat(waitOn(ecs)).isEqualTo(RolloutOutcome.completed());
        assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120));
    }

    @Test
    void throttledUntilTheTimeoutEndsTheWaitSayingSo() {
        var ecs = new FakeEcs().thenError("ThrottlingException", 400);

        var outcome = waitOn(ecs);

        assertThat(outcome.kind()).isEqualTo(RolloutOutcome.Kind.TIMED_OUT);
        assertThat(outcome.reason()).isEqualTo("throttled by ECS");
        assertThat(clock.sleeps).allMatch(pause -> pause.compareTo(RolloutWaiter.MAX_BACKOFF) <= 0);
    }

    @Test
    void aMissingPermissionEndsTheWaitAtOnce() {
        var ecs = new FakeEcs().thenError("AccessDeniedException", 400);

        assertThat(waitOn(ecs)).isEqualTo(new RolloutOutcome(RolloutOutcome.Kind.UNREADABLE,
                "AccessDeniedException: AccessDeniedException from the fake", Optional.empty()));
        assertThat(clock.sleeps).isEmpty();
    }

    @Test
    void aServiceEcsDoesNotKnowIsUnreadable() {
        var outcome = waitOn(new FakeEcs().thenNoService());

        assertThat(outcome.kind()).isEqualTo(RolloutOutcome.Kind.UNREADABLE);
        assertThat(outcome.reason()).isEqualTo("ECS has no service orders in " + CLUSTER + " (MISSING)");
    }

    @Test
    void awaitRunsOnTheGivenExecutor() {
        var ecs = new FakeEcs().thenDeployments(deployment("PRIMARY", NEW, DeploymentRolloutState.COMPLETED, "completed"));
        var ran = new ArrayList<Runnable>();
        var future = new RolloutWaiter(ecs, clock, RolloutWaiter.TIMEOUT, ran::add).await(CLUSTER, "orders", NEW);

        assertThat(future).isNotDone();
        ran.forEach(Runnable::run);
        assertThat(future).isCompletedWithValue(RolloutOutcome.completed());
    }
}
