package dev.ecsplatform.live;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Deployment;
import software.amazon.awssdk.services.ecs.model.DeploymentRolloutState;
import software.amazon.awssdk.services.ecs.model.DescribeServicesResponse;
import software.amazon.awssdk.services.ecs.model.Failure;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Polls {@code DescribeServices} until the deployment of a task definition has a final {@code rolloutState}.
 *
 * <p>The provider's {@code waitForSteadyState} (pulumi-aws 6.x, terraform-provider-aws 5.x) ends when the service has
 * one deployment running its desired count; ECS then still watches the deployment alarms for its bake time, and only
 * after it sets {@code rolloutState} to {@code COMPLETED}, or to {@code FAILED} and rolls back (ECS developer guide,
 * "How CloudWatch alarms detect Amazon ECS deployment failures"). ECS computes the bake time from the alarms and it
 * cannot be set or read, so the wait is bounded by {@link #TIMEOUT}.
 *
 * <p>Throttling ({@code ThrottlingException}, after the SDK's own retries) backs off and tries again until the
 * deadline; any other error ends the wait as unreadable, so a missing permission is one clear line, not a hang.
 */
public final class RolloutWaiter implements RolloutWatch {

    /**
     * How long to wait after the provider's wait. The bake time is not published; ECS derives it from the alarms'
     * configuration. Our deployment alarms look at 1-minute periods over at most a few minutes (AlarmPlanner), so 30
     * minutes leaves several times the longest alarm window, and stays well inside a CI job's time.
     */
    public static final Duration TIMEOUT = Duration.ofMinutes(30);
    static final Duration POLL = Duration.ofSeconds(15);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(2);

    private static final String PRIMARY = "PRIMARY";

    /** Time, and waiting, replaceable in tests. */
    public interface Clock {
        Instant now();

        void sleep(Duration duration) throws InterruptedException;

        Clock SYSTEM = new Clock() {
            @Override
            public Instant now() {
                return Instant.now();
            }

            @Override
            public void sleep(Duration duration) throws InterruptedException {
                Thread.sleep(duration.toMillis());
            }
        };
    }

    private final EcsClient ecs;
    private final Clock clock;
    private final Duration timeout;
    private final Executor executor;

    public RolloutWaiter(EcsClient ecs, Clock clock, Duration timeout, Executor executor) {
        this.ecs = ecs;
        this.clock = clock;
        this.timeout = timeout;
        this.executor = executor;
    }

    @Override
    public CompletableFuture<RolloutOutcome> await(String cluster, String service, String taskDefinitionArn) {
        // Off the SDK's threads: a wait of many minutes must not hold a thread every other output needs.
        return CompletableFuture.supplyAsync(() -> waitFor(cluster, service, taskDefinitionArn), executor);
    }

    RolloutOutcome waitFor(String cluster, String service, String taskDefinitionArn) {
        var deadline = clock.now().plus(timeout);
        var pause = POLL;
        var lastSeen = "not read yet";
        while (true) {
            try {
                var response = ecs.describeServices(r -> r.cluster(cluster).services(service));
                var decided = decide(response, cluster, service, taskDefinitionArn);
                if (decided.isPresent()) {
                    return decided.get();
                }
                lastSeen = "IN_PROGRESS";
                pause = POLL;
            } catch (AwsServiceException e) {
                if (!e.isThrottlingException()) {
                    return RolloutOutcome.unreadable(AwsErrors.describe(e));
                }
                lastSeen = "throttled by ECS";
                pause = pause.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : pause.multipliedBy(2);
            } catch (SdkException e) {
                return RolloutOutcome.unreadable(e.getMessage());
            }
            if (!clock.now().plus(pause).isBefore(deadline)) {
                return RolloutOutcome.timedOut(lastSeen);
            }
            try {
                clock.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return RolloutOutcome.timedOut(lastSeen + ", interrupted");
            }
        }
    }

    /** The outcome when the deployment has ended, or empty while it is in progress. */
    static Optional<RolloutOutcome> decide(DescribeServicesResponse response, String cluster, String service,
                                           String taskDefinitionArn) {
        if (!response.hasServices() || response.services().isEmpty()) {
            var why = response.failures().stream().map(Failure::reason).collect(Collectors.joining(", "));
            return Optional.of(RolloutOutcome.unreadable("ECS has no service " + service + " in " + cluster
                    + (why.isEmpty() ? "" : " (" + why + ")")));
        }
        var deployments = response.services().get(0).deployments();
        var primary = deployments.stream().filter(d -> PRIMARY.equals(d.status())).findFirst();
        var ours = deployments.stream().filter(d -> taskDefinitionArn.equals(d.taskDefinition())).findFirst();
        if (primary.isPresent() && taskDefinitionArn.equals(primary.get().taskDefinition())) {
            var state = primary.get().rolloutState();
            if (state == DeploymentRolloutState.COMPLETED) {
                return Optional.of(RolloutOutcome.completed());
            }
            if (state == DeploymentRolloutState.FAILED) {
                return Optional.of(RolloutOutcome.failed(reason(primary.get()), Optional.empty()));
            }
            return Optional.empty();
        }
        // ECS runs another task definition: the rollback deployment is primary. The failed one may still be listed
        // while its tasks drain, with ECS's reason; once drained only the rollback is left.
        var running = primary.map(Deployment::taskDefinition);
        if (ours.isPresent() && ours.get().rolloutState() != DeploymentRolloutState.FAILED) {
            return Optional.empty();
        }
        return Optional.of(RolloutOutcome.failed(ours.map(RolloutWaiter::reason)
                .orElse("the deployment is gone and another one is primary"), running));
    }

    private static String reason(Deployment deployment) {
        var reason = deployment.rolloutStateReason();
        return reason == null || reason.isBlank() ? "rolloutState " + deployment.rolloutStateAsString() : reason.replaceAll("\\s+", " ").strip();
    }
}
