package dev.ecsplatform.bootstrap.policy;

import dev.ecsplatform.bootstrap.policy.ProviderCall.Operation;
import dev.ecsplatform.bootstrap.policy.ProviderCall.Target;
import dev.ecsplatform.bootstrap.policy.ProviderCall.Value;

import java.util.List;
import java.util.Map;

import static dev.ecsplatform.bootstrap.policy.ProviderActions.Builder.row;

/** The provider's calls for the EC2 networking resources ({@link DeployPolicyPart#NETWORK}). */
final class NetworkActions {

    private static final String EC2 = "arn:{partition}:ec2:{region}:{account}:";

    private NetworkActions() {
    }

    static List<ProviderActions.Row> rows() {
        return List.of(
                row("aws:ec2/vpc:Vpc", EC2 + "vpc/{name}")
                        .create("ec2:CreateVpc", "ec2:ModifyVpcAttribute").tags("ec2:CreateTags", "ec2:DeleteTags")
                        .readAny("ec2:DescribeVpcs", "ec2:DescribeVpcAttribute", "ec2:DescribeRouteTables",
                                "ec2:DescribeSecurityGroups", "ec2:DescribeNetworkAcls")
                        .update("ec2:ModifyVpcAttribute").delete("ec2:DeleteVpc").build(),
                // Adopting the default group removes the rules AWS put in it.
                row("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", EC2 + "security-group/{name}")
                        .create("ec2:RevokeSecurityGroupIngress", "ec2:RevokeSecurityGroupEgress")
                        .tags("ec2:CreateTags", "ec2:DeleteTags")
                        .readAny("ec2:DescribeSecurityGroups", "ec2:DescribeSecurityGroupRules").build(),
                row("aws:ec2/internetGateway:InternetGateway", EC2 + "internet-gateway/{name}")
                        .create("ec2:CreateInternetGateway", "ec2:AttachInternetGateway")
                        .tags("ec2:CreateTags", "ec2:DeleteTags").readAny("ec2:DescribeInternetGateways")
                        .update("ec2:AttachInternetGateway", "ec2:DetachInternetGateway")
                        .delete("ec2:DetachInternetGateway", "ec2:DeleteInternetGateway").build(),
                row("aws:ec2/routeTable:RouteTable", EC2 + "route-table/{name}")
                        .create("ec2:CreateRouteTable").tags("ec2:CreateTags", "ec2:DeleteTags")
                        .readAny("ec2:DescribeRouteTables").delete("ec2:DeleteRouteTable").build(),
                // Routes are authorized against their route table.
                row("aws:ec2/route:Route", EC2 + "route-table/{ref:routeTableId}")
                        .create("ec2:CreateRoute").readAny("ec2:DescribeRouteTables")
                        .update("ec2:ReplaceRoute").delete("ec2:DeleteRoute").build(),
                row("aws:ec2/subnet:Subnet", EC2 + "subnet/{name}")
                        .create("ec2:CreateSubnet", "ec2:ModifySubnetAttribute").tags("ec2:CreateTags", "ec2:DeleteTags")
                        .readAny("ec2:DescribeSubnets").update("ec2:ModifySubnetAttribute")
                        .delete("ec2:DeleteSubnet").build(),
                row("aws:ec2/routeTableAssociation:RouteTableAssociation", EC2 + "route-table/{ref:routeTableId}")
                        .create("ec2:AssociateRouteTable").readAny("ec2:DescribeRouteTables")
                        .update("ec2:ReplaceRouteTableAssociation").delete("ec2:DisassociateRouteTable").build(),
                row("aws:ec2/eip:Eip", EC2 + "elastic-ip/{name}")
                        .create("ec2:AllocateAddress").tags("ec2:CreateTags", "ec2:DeleteTags")
                        .readAny("ec2:DescribeAddresses", "ec2:DescribeAddressesAttribute")
                        .delete("ec2:DisassociateAddress", "ec2:ReleaseAddress").build(),
                row("aws:ec2/natGateway:NatGateway", EC2 + "natgateway/{name}")
                        .create("ec2:CreateNatGateway").tags("ec2:CreateTags", "ec2:DeleteTags")
                        .readAny("ec2:DescribeNatGateways").delete("ec2:DeleteNatGateway").build(),
                row("aws:ec2/vpcEndpoint:VpcEndpoint", EC2 + "vpc-endpoint/{name}")
                        .create("ec2:CreateVpcEndpoint").tags("ec2:CreateTags", "ec2:DeleteTags")
                        .readAny("ec2:DescribeVpcEndpoints", "ec2:DescribePrefixLists")
                        .update("ec2:ModifyVpcEndpoint").delete("ec2:DeleteVpcEndpoints")
                        // Private DNS puts the service's name into a hosted zone AWS associates with the VPC
                        // (PrivateLink guide; not verified against a live account).
                        .call(Operation.CREATE, "route53:AssociateVPCWithHostedZone", new Target.Any(), Map.of(),
                                ProviderCall.isSet("privateDnsEnabled")).build(),
                // The provider removes the allow-all egress rule AWS adds to every new group.
                row("aws:ec2/securityGroup:SecurityGroup", EC2 + "security-group/{name}")
                        .create("ec2:CreateSecurityGroup", "ec2:RevokeSecurityGroupEgress")
                        .tags("ec2:CreateTags", "ec2:DeleteTags").readAny("ec2:DescribeSecurityGroups")
                        .delete("ec2:DeleteSecurityGroup").build(),
                row("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", EC2 + "security-group/{ref:securityGroupId}")
                        .create("ec2:AuthorizeSecurityGroupIngress").tags("ec2:CreateTags", "ec2:DeleteTags")
                        .readAny("ec2:DescribeSecurityGroupRules")
                        .update("ec2:ModifySecurityGroupRules", "ec2:UpdateSecurityGroupRuleDescriptionsIngress")
                        .delete("ec2:RevokeSecurityGroupIngress").build(),
                row("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", EC2 + "security-group/{ref:securityGroupId}")
                        .create("ec2:AuthorizeSecurityGroupEgress").tags("ec2:CreateTags", "ec2:DeleteTags")
                        .readAny("ec2:DescribeSecurityGroupRules")
                        .update("ec2:ModifySecurityGroupRules", "ec2:UpdateSecurityGroupRuleDescriptionsEgress")
                        .delete("ec2:RevokeSecurityGroupEgress").build(),
                // Delivery to CloudWatch Logs runs as the flow-logs role, which EC2 is handed (PassedToService as
                // other public templates write it; not verified against a live account).
                row("aws:ec2/flowLog:FlowLog", EC2 + "vpc-flow-log/{name}")
                        .create("ec2:CreateFlowLogs").tags("ec2:CreateTags", "ec2:DeleteTags")
                        .readAny("ec2:DescribeFlowLogs").delete("ec2:DeleteFlowLogs")
                        .call(Operation.CREATE, "iam:PassRole", new Target.RoleIn("iamRoleArn"),
                                Map.of("iam:PassedToService", new Value.Fixed("vpc-flow-logs.amazonaws.com")),
                                ProviderCall.isSet("iamRoleArn")).build());
    }
}
