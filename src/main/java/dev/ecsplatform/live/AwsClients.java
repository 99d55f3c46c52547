package dev.ecsplatform.live;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.ecs.EcsClient;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The program's own AWS calls, made only during a real {@code pulumi up}: the rollout wait and the pre-flight alarm
 * check. The SDK takes credentials from its default chain (the environment variables the deploy workflow's OIDC step
 * or Pulumi Deployments' OIDC set, as the provider does), and talks over the JDK's {@code HttpURLConnection}: the
 * lightest of the SDK's HTTP clients, named explicitly so that nothing depends on which client the class path holds.
 */
public final class AwsClients {

    /** Daemon threads: a pending wait never keeps the program's JVM alive after the engine is done with it. */
    private static final ExecutorService WAITS = Executors.newCachedThreadPool(task -> {
        var thread = new Thread(task, "ecs-rollout-wait");
        thread.setDaemon(true);
        return thread;
    });

    private AwsClients() {
    }

    public static RolloutWatch rolloutWatch(String region) {
        var ecs = EcsClient.builder().region(Region.of(region)).httpClient(UrlConnectionHttpClient.create()).build();
        return new RolloutWaiter(ecs, RolloutWaiter.Clock.SYSTEM, RolloutWaiter.TIMEOUT, WAITS);
    }

    public static AlarmStates alarmStates(String region) {
        return new AlarmStates(CloudWatchClient.builder().region(Region.of(region))
                .httpClient(UrlConnectionHttpClient.create()).build());
    }
}
