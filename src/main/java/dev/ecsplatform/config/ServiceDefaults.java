package dev.ecsplatform.config;

import dev.ecsplatform.configkit.ConfigNode;

/**
 * Environment-wide facts the service reader needs to check one service.
 *
 * @param region            the stack's region; empty when it was refused (ARNs are then checked for shape only)
 * @param namespace         the private DNS namespace (client alias names end in it)
 * @param images            which image references are accepted
 * @param serviceConnect    the proxy reserve added to each task
 * @param deployment        the default rolling-deployment bounds
 * @param deploymentNode    where the environment's deployment is written (a service that inherits its percentages
 *                          is reported there, and not at all when it was refused)
 * @param alarms            the environment's alarm thresholds ({@code observability.alarms})
 */
record ServiceDefaults(java.util.Optional<String> region, String namespace, ImagePolicy images,
                       ServiceConnectSettings serviceConnect, DeploymentSettings deployment,
                       ConfigNode deploymentNode, AlarmSettings alarms) {
}
