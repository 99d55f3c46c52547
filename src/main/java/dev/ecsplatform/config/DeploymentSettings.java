package dev.ecsplatform.config;

/**
 * Rolling-deployment bounds for ECS services.
 *
 * @param minimumHealthyPercent share of desired tasks that stay running during a deployment (default 100)
 * @param maximumPercent        ceiling on running tasks during a deployment (default 200)
 */
public record DeploymentSettings(int minimumHealthyPercent, int maximumPercent) {

    public static final DeploymentSettings DEFAULT = new DeploymentSettings(100, 200);
}
