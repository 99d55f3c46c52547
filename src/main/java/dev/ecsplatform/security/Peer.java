package dev.ecsplatform.security;

/** The other end of a security group rule. */
public sealed interface Peer {

    /** Another service's security group (east-west). */
    record Service(String name) implements Peer {
    }

    /** A security group outside this stack (a standalone server's). */
    record Group(String securityGroupId) implements Peer {
    }

    /** The public load balancer's security group. */
    record LoadBalancer() implements Peer {
    }

    /** An address block (a standalone server without a security group here, or the internet for egress). */
    record Cidr(String cidr) implements Peer {
    }
}
