package dev.ecsplatform.network;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import dev.ecsplatform.config.ExistingNetwork;
import dev.ecsplatform.stack.Refusal;
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
        var problems = Output.tuple(facts, stack.accountId())
                .applyValue(t -> ExistingNetworkCheck.problems(existing, t.t1, t.t2, region));
        problems.applyValue(found -> {
            if (!found.isEmpty()) {
                throw Refusal.of(found, network);
            }
            return found;
        });
        var zones = facts.applyValue(found -> existing.privateSubnetIds().stream()
                .flatMap(id -> found.subnet(id).stream()).map(NetworkFacts.Subnet::zone).distinct().sorted().toList());
        // Created in an apply because which endpoints exist is known only from the lookups; their results are known
        // in a preview too, so the preview shows these endpoints. None on a network the check refuses.
        var endpoints = Output.tuple(facts, problems).apply(t -> {
            var missing = ExistingNetworkCheck.toCreate(existing, t.t1, region);
            if (missing.isEmpty() || !t.t2.isEmpty()) {
                return Output.of(List.<String>of());
            }
            return Output.all(InterfaceEndpoints.create(network, name, stack, Output.of(t.t1.vpc().id()),
                    Output.of(t.t1.vpc().cidrBlock()), Output.of(existing.privateSubnetIds()), missing));
        });
        return new ExistingVpc(facts.applyValue(f -> f.vpc().id()), facts.applyValue(f -> f.vpc().cidrBlock()),
                Output.of(existing.privateSubnetIds()), Output.of(existing.publicSubnetIds()), zones, endpoints);
    }
}
