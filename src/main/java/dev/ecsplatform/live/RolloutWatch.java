package dev.ecsplatform.live;

import java.util.concurrent.CompletableFuture;

/**
 * Waits for the ECS deployment of a task definition to end. Only a real {@code pulumi up} has one (see
 * {@link AwsClients}): a preview and the offline plan never reach AWS.
 */
@FunctionalInterface
public interface RolloutWatch {

    /**
     * How the deployment of {@code taskDefinitionArn} on {@code service} ends; never completes exceptionally.
     *
     * @param cluster the cluster's name or ARN
     */
    CompletableFuture<RolloutOutcome> await(String cluster, String service, String taskDefinitionArn);
}
