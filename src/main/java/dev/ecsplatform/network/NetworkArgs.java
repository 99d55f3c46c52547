package dev.ecsplatform.network;

import com.pulumi.core.Output;
import dev.ecsplatform.config.NetworkSettings;
import dev.ecsplatform.naming.StackNames;

/**
 * What the network component needs: plain, validated settings.
 *
 * @param names   naming and tagging for the stack
 * @param region  the AWS region (endpoint service names depend on it)
 * @param network the validated network settings
 * @param accountId the AWS account the stack deploys to (trust policies are limited to it)
 * @param protect whether to protect the VPC from deletion
 */
public record NetworkArgs(StackNames names, String region, Output<String> accountId, NetworkSettings network,
                          boolean protect) {
}
