package dev.ecsplatform.network;

import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.VpcEndpoint;
import com.pulumi.aws.ec2.VpcEndpointArgs;
import com.pulumi.aws.vpc.SecurityGroupIngressRule;
import com.pulumi.aws.vpc.SecurityGroupIngressRuleArgs;
import com.pulumi.core.Output;
import com.pulumi.exceptions.ResourceException;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import dev.ecsplatform.config.ExistingNetwork;
import dev.ecsplatform.stack.StackContext;

import java.util.List;

/**
 * The stack's part of a VPC the company runs: the lookups, the checks on what they found, and the interface endpoints
 * the VPC lacks. The VPC, its subnets, routes, gateways, default security group and flow logs stay the owner's.
 *
 * @param vpcId            the looked-up VPC
 * @param vpcCidr          its primary block
 * @param privateSubnetIds the tasks' subnets, as given (the lookups check them)
 * @param publicSubnetIds  the load balancer's subnets, as given (the lookups check them)
 * @param zones            the zones of the private subnets, sorted
 * @param endpointIds      the interface endpoints this stack created (none where the VPC had them)
 */
record ExistingVpc(Output<String> vpcId, Output<String> vpcCidr, Output<List<String>> privateSubnetIds,
                   Output<List<String>> publicSubnetIds, Output<List<String>> zones, Output<List<String>> endpointIds) {

    static ExistingVpc build(ComponentResource network, String name, StackContext stack, ExistingNetwork existing) {
        var region = stack.region();
        var facts = NetworkLookup.of(network, existing);
        // A check of its own, not part of any resource's inputs (as in ZoneChoice): the run fails with its lines once,
        // without a stack trace, rather than with every resource that reads the VPC. The SDK awaits it. A preview
        // fails on it, so a bad network is refused before any `pulumi up`.
        Output.tuple(facts, stack.accountId()).applyValue(t -> {
            var problems = ExistingNetworkCheck.problems(existing, t.t1, t.t2, region);
            if (!problems.isEmpty()) {
                throw new ResourceException(String.join("\n", problems), network, true);
            }
            return t.t1;
        });
        var zones = facts.applyValue(found -> existing.privateSubnetIds().stream()
                .flatMap(id -> found.subnet(id).stream()).map(NetworkFacts.Subnet::zone).distinct().sorted().toList());
        // Created in an apply because which endpoints exist is known only from the lookups; their results are known
        // in a preview too, so the preview shows these endpoints. None on a network the check refuses.
        var endpoints = Output.tuple(facts, stack.accountId()).apply(t -> {
            var missing = ExistingNetworkCheck.toCreate(existing, t.t1, region);
            if (missing.isEmpty() || !ExistingNetworkCheck.problems(existing, t.t1, t.t2, region).isEmpty()) {
                return Output.of(List.<String>of());
            }
            return Output.all(createEndpoints(network, name, stack, existing, t.t1, missing));
        });
        return new ExistingVpc(facts.applyValue(f -> f.vpc().id()), facts.applyValue(f -> f.vpc().cidrBlock()),
                Output.of(existing.privateSubnetIds()), Output.of(existing.publicSubnetIds()), zones, endpoints);
    }

    private static List<Output<String>> createEndpoints(ComponentResource network, String name, StackContext stack,
                                                        ExistingNetwork existing, NetworkFacts facts,
                                                        java.util.Set<dev.ecsplatform.aws.InterfaceEndpoint> missing) {
        var names = stack.names();
        var group = new SecurityGroup(name + "-endpoints-sg", SecurityGroupArgs.builder()
                .vpcId(facts.vpc().id())
                .description("Interface endpoints of " + name + ": HTTPS from inside the VPC only")
                .tags(names.tags(name + "-endpoints-sg"))
                .build(), child(network).build());
        new SecurityGroupIngressRule(name + "-endpoints-https-from-vpc", SecurityGroupIngressRuleArgs.builder()
                .securityGroupId(group.id())
                .description("HTTPS from the VPC")
                .ipProtocol("tcp")
                .fromPort(443)
                .toPort(443)
                .cidrIpv4(facts.vpc().cidrBlock())
                .tags(names.tags(name + "-endpoints-https-from-vpc"))
                .build(), child(network).build());
        return missing.stream().sorted().map(endpoint -> {
            var endpointName = name + "-endpoint-" + endpoint.slug();
            return new VpcEndpoint(endpointName, VpcEndpointArgs.builder()
                    .vpcId(facts.vpc().id())
                    .serviceName(endpoint.serviceName(stack.region()))
                    .vpcEndpointType("Interface")
                    .privateDnsEnabled(true)
                    .subnetIds(existing.privateSubnetIds())
                    .securityGroupIds(Output.all(group.id()))
                    .tags(names.tags(endpointName))
                    .build(), child(network).build()).id();
        }).toList();
    }

    private static CustomResourceOptions.Builder child(ComponentResource network) {
        return CustomResourceOptions.builder().parent(network);
    }
}
