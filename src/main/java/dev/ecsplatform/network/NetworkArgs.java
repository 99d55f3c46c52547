package dev.ecsplatform.network;

import dev.ecsplatform.config.NetworkSettings;
import dev.ecsplatform.stack.StackContext;

/**
 * What the network component builds on.
 *
 * @param stack    the stack's shared facts (names, region, account, protect: the VPC is protected with it)
 * @param settings the validated {@code ecs-platform:network} settings
 */
public record NetworkArgs(StackContext stack, NetworkSettings settings) {
}
