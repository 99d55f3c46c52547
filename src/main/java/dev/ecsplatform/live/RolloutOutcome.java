package dev.ecsplatform.live;

import java.util.Optional;

/**
 * How an ECS deployment ended, as {@code DescribeServices} told it.
 *
 * @param kind                  completed, failed (rolled back), still in progress when the wait ended, or unreadable
 * @param reason                ECS's {@code rolloutStateReason}, or why the rollout could not be read
 * @param runningTaskDefinition the task definition of the service's primary deployment when ECS runs another one
 *                              than the one deployed (after a rollback)
 */
public record RolloutOutcome(Kind kind, String reason, Optional<String> runningTaskDefinition) {

    public enum Kind { COMPLETED, FAILED, TIMED_OUT, UNREADABLE }

    public static RolloutOutcome completed() {
        return new RolloutOutcome(Kind.COMPLETED, "", Optional.empty());
    }

    static RolloutOutcome failed(String reason, Optional<String> running) {
        return new RolloutOutcome(Kind.FAILED, reason, running);
    }

    static RolloutOutcome timedOut(String lastSeen) {
        return new RolloutOutcome(Kind.TIMED_OUT, lastSeen, Optional.empty());
    }

    static RolloutOutcome unreadable(String why) {
        return new RolloutOutcome(Kind.UNREADABLE, why, Optional.empty());
    }
}
