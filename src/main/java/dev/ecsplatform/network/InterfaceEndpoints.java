package dev.ecsplatform.network;

import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.VpcEndpoint;
import com.pulumi.aws.ec2.VpcEndpointArgs;
import com.pulumi.aws.vpc.SecurityGroupIngressRule;
import com.pulumi.aws.vpc.SecurityGroupIngressRuleArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import dev.ecsplatform.aws.InterfaceEndpoint;
import dev.ecsplatform.stack.StackContext;

import java.util.Collection;
import java.util.List;

/**
 * Interface endpoints with private DNS in the tasks' subnets, behind one security group that admits HTTPS from the
 * VPC only: the same in a VPC the stack builds and in one it is given.
 */
final class InterfaceEndpoints {

    private InterfaceEndpoints() {
    }

    /** Creates the group, its rule and one endpoint per service, in a fixed order; returns the endpoints' ids. */
    static List<Output<String>> create(ComponentResource network, String name, StackContext stack, Output<String> vpcId,
                                       Output<String> vpcCidr, Output<List<String>> subnetIds,
                                       Collection<InterfaceEndpoint> endpoints) {
        var names = stack.names();
        var group = new SecurityGroup(name + "-endpoints-sg", SecurityGroupArgs.builder()
                .vpcId(vpcId)
                .description("Interface endpoints of " + name + ": HTTPS from inside the VPC only")
                .tags(names.tags(name + "-endpoints-sg"))
                .build(), child(network).build());
        new SecurityGroupIngressRule(name + "-endpoints-https-from-vpc", SecurityGroupIngressRuleArgs.builder()
                .securityGroupId(group.id())
                .description("HTTPS from the VPC")
                .ipProtocol("tcp")
                .fromPort(443)
                .toPort(443)
                .cidrIpv4(vpcCidr)
                .tags(names.tags(name + "-endpoints-https-from-vpc"))
                .build(), child(network).build());
        return endpoints.stream().sorted().map(endpoint -> {
            var endpointName = name + "-endpoint-" + endpoint.slug();
            return new VpcEndpoint(endpointName, VpcEndpointArgs.builder()
                    .vpcId(vpcId)
                    .serviceName(endpoint.serviceName(stack.region()))
                    .vpcEndpointType("Interface")
                    .privateDnsEnabled(true)
                    .subnetIds(subnetIds)
                    .securityGroupIds(Output.all(group.id()))
                    .tags(names.tags(endpointName))
                    .build(), child(network).build()).id();
        }).toList();
    }

    private static CustomResourceOptions.Builder child(ComponentResource network) {
        return CustomResourceOptions.builder().parent(network);
    }
}
