package dev.ecsplatform.security;

import dev.ecsplatform.network.Network;
import dev.ecsplatform.stack.StackContext;

/**
 * What the service firewall builds on.
 *
 * @param stack   the stack's shared facts
 * @param network the VPC the groups belong to
 * @param plan    the groups and rules {@link FirewallPlanner} derived from the call graph
 */
public record ServiceFirewallArgs(StackContext stack, Network network, FirewallPlan plan) {
}
