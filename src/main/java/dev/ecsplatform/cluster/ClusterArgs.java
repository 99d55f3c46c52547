package dev.ecsplatform.cluster;

import com.pulumi.core.Output;
import dev.ecsplatform.config.ClusterSettings;
import dev.ecsplatform.naming.StackNames;

/**
 * What the discovery-and-cluster component needs.
 *
 * @param names         naming and tagging for the stack
 * @param namespaceName the private DNS namespace name, e.g. {@code internal.dev}
 * @param vpcId         the VPC the namespace's private hosted zone is attached to
 * @param cluster       validated cluster settings
 * @param protect       whether to protect namespace and cluster from deletion
 */
public record ClusterArgs(StackNames names, String namespaceName, Output<String> vpcId, ClusterSettings cluster,
                          boolean protect) {
}
