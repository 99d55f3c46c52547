package dev.ecsplatform.security;

/**
 * One rule on a service's security group.
 *
 * @param service     whose group holds the rule: a service, or {@link FirewallPlanner#LOAD_BALANCER}
 * @param ingress     true for inbound, false for outbound
 * @param port        the TCP port
 * @param peer        who is admitted (ingress) or reached (egress)
 * @param reason      the declared call or need behind the rule, shown as its description
 * @param nameSuffix  stable logical-name suffix, made of names and addresses joined by
 *                    {@link FirewallPlanner#SEPARATOR}, never of list positions
 */
public record FirewallRule(String service, boolean ingress, int port, Peer peer, String reason, String nameSuffix) {

    /** The rule's logical name in the firewall component {@code firewallName}: {@code <firewall>-<service>.<suffix>}. */
    public String logicalName(String firewallName) {
        return firewallName + "-" + service + FirewallPlanner.SEPARATOR + nameSuffix;
    }
}
