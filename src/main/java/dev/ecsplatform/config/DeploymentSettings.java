package dev.ecsplatform.config;

/**
 * How ECS services roll out a new version.
 *
 * @param minimumHealthyPercent share of desired tasks that stay running during a deployment (default 100)
 * @param maximumPercent        ceiling on running tasks during a deployment (default 200)
 * @param waitForSteadyState    {@code pulumi up} waits until the deployment has finished (default true): an update
 *                              whose tasks do not come up fails the run instead of ending green, and callers are
 *                              deployed only after the services they call are running
 */
public record DeploymentSettings(int minimumHealthyPercent, int maximumPercent, boolean waitForSteadyState) {

    public static final DeploymentSettings DEFAULT = new DeploymentSettings(100, 200, true);
}
