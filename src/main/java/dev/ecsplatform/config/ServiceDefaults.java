package dev.ecsplatform.config;

import java.util.List;

/**
 * Environment-wide facts the service reader needs to check one service.
 *
 * @param region            the stack's region (which ECR registry is local)
 * @param namespace         the private DNS namespace (client alias names end in it)
 * @param images            which image references are accepted
 * @param serviceConnect    the proxy reserve added to each task
 * @param deployment        the default rolling-deployment bounds
 * @param clusterStrategy   the cluster's default capacity provider strategy
 * @param alarms            the environment's alarm thresholds ({@code observability.alarms})
 */
record ServiceDefaults(String region, String namespace, ImagePolicy images,
                       ServiceConnectSettings serviceConnect, DeploymentSettings deployment,
                       List<CapacityProviderShare> clusterStrategy, AlarmSettings alarms) {
}
