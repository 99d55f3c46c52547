package dev.ecsplatform.aws;

import java.util.OptionalInt;

/**
 * Whether a rolling ECS deployment can replace a task. ECS turns the percentages into task counts by rounding the
 * minimum up and the maximum down (ECS API reference, DeploymentConfiguration: {@code minimumHealthyPercent} is "a
 * percentage of the desired number of tasks (rounded up to the nearest integer)", {@code maximumPercent} "(rounded
 * down to the nearest integer)"). A deployment makes progress only when it may start a task beyond the desired
 * count or stop one below it; when both counts equal the desired count it waits forever. With 2 tasks, 100 % / 140 %
 * gives at least 2 healthy and at most 2 running: the same dead end as 100 / 100.
 */
public final class DeploymentRoom {

    private DeploymentRoom() {
    }

    /** Tasks that must stay running: {@code ceil(desired × min / 100)}. */
    public static int healthyFloor(int desired, int minimumHealthyPercent) {
        return (desired * minimumHealthyPercent + 99) / 100;
    }

    /** Tasks that may run at once: {@code floor(desired × max / 100)}. */
    public static int runningCeiling(int desired, int maximumPercent) {
        return desired * maximumPercent / 100;
    }

    /** True when a deployment of {@code desired} tasks can start one more or stop one first (nothing to replace at 0). */
    public static boolean canReplace(int desired, int minimumHealthyPercent, int maximumPercent) {
        return desired == 0 || runningCeiling(desired, maximumPercent) > desired
                || healthyFloor(desired, minimumHealthyPercent) < desired;
    }

    /** The smallest count from {@code from} to {@code to} at which no task can be replaced. */
    public static OptionalInt firstStuckCount(int from, int to, int minimumHealthyPercent, int maximumPercent) {
        for (int desired = from; desired <= to; desired++) {
            if (!canReplace(desired, minimumHealthyPercent, maximumPercent)) {
                return OptionalInt.of(desired);
            }
        }
        return OptionalInt.empty();
    }

    /** The lowest maximumPercent that lets every count from {@code from} (at least 1) start one task more. */
    public static int lowestWorkingMaximum(int from) {
        int count = Math.max(1, from);
        return Math.min(200, (100 * (count + 1) + count - 1) / count);
    }

    /** The highest minimumHealthyPercent that lets every count from {@code from} (at least 1) stop one task first. */
    public static int highestWorkingMinimum(int from) {
        int count = Math.max(1, from);
        return 100 * (count - 1) / count;
    }
}
