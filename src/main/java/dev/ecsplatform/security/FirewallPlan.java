package dev.ecsplatform.security;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The security groups and rules the call graph implies.
 *
 * @param groups one per service, plus {@link FirewallPlanner#LOAD_BALANCER} when something is public
 * @param rules  every ingress and egress rule, sorted by group and name
 */
public record FirewallPlan(SortedSet<String> groups, List<FirewallRule> rules) {

    public FirewallPlan {
        groups = Collections.unmodifiableSortedSet(new TreeSet<>(groups));
        rules = List.copyOf(rules);
    }
}
