package dev.ecsplatform.security;

import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.vpc.SecurityGroupEgressRule;
import com.pulumi.aws.vpc.SecurityGroupEgressRuleArgs;
import com.pulumi.aws.vpc.SecurityGroupIngressRule;
import com.pulumi.aws.vpc.SecurityGroupIngressRuleArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One security group per service and the rules the call graph implies, all in one place: groups must
 * exist before rules can name each other, and call cycles mean no service can own its rules alone.
 */
public final class ServiceFirewall extends ComponentResource {

    public static final String TYPE = "ecs-platform:security:ServiceFirewall";

    private final SortedMap<String, Output<String>> groupIds = new TreeMap<>();

    public ServiceFirewall(String name, ServiceFirewallArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var names = args.stack().names();
        var vpcId = args.network().vpcId();
        for (var service : args.plan().groups()) {
            var groupName = name + "-" + service + "-sg";
            var group = new SecurityGroup(groupName, SecurityGroupArgs.builder()
                    .vpcId(vpcId)
                    .description(service.equals(FirewallPlanner.LOAD_BALANCER)
                            ? "The public load balancer: admits the allowed blocks, reaches only the public services"
                            : "Tasks of " + service + ": admits only its declared callers")
                    .tags(names.tags(groupName))
                    .build(), child());
            groupIds.put(service, group.id());
        }
        for (var rule : args.plan().rules()) {
            var ruleName = rule.logicalName(name);
            var own = groupIds.get(rule.service());
            var group = referencedGroup(rule.peer());
            Output<String> cidr = rule.peer() instanceof Peer.Cidr block ? Output.of(block.cidr()) : null;
            if (rule.ingress()) {
                new SecurityGroupIngressRule(ruleName, SecurityGroupIngressRuleArgs.builder()
                        .securityGroupId(own).ipProtocol("tcp").fromPort(rule.port()).toPort(rule.port())
                        .referencedSecurityGroupId(group).cidrIpv4(cidr)
                        .description(rule.reason()).tags(names.tags(ruleName))
                        .build(), child());
            } else {
                new SecurityGroupEgressRule(ruleName, SecurityGroupEgressRuleArgs.builder()
                        .securityGroupId(own).ipProtocol("tcp").fromPort(rule.port()).toPort(rule.port())
                        .referencedSecurityGroupId(group).cidrIpv4(cidr)
                        .description(rule.reason()).tags(names.tags(ruleName))
                        .build(), child());
            }
        }
        registerOutputs(Map.of("securityGroupIds", Output.all(List.copyOf(groupIds.values()))));
    }

    /** The security group of a service, by name. */
    public Output<String> groupId(String service) {
        return groupIds.get(service);
    }

    /** The public load balancer's group; it exists only when a service is public. */
    public Output<String> loadBalancerGroupId() {
        return groupIds.get(FirewallPlanner.LOAD_BALANCER);
    }

    /** The security group a peer stands for, or null when the peer is an address block. */
    private Output<String> referencedGroup(Peer peer) {
        if (peer instanceof Peer.Service service) {
            return groupIds.get(service.name());
        }
        if (peer instanceof Peer.LoadBalancer) {
            return groupIds.get(FirewallPlanner.LOAD_BALANCER);
        }
        if (peer instanceof Peer.Group group) {
            return Output.of(group.securityGroupId());
        }
        return null;
    }

    private CustomResourceOptions child() {
        return CustomResourceOptions.builder().parent(this).build();
    }
}
