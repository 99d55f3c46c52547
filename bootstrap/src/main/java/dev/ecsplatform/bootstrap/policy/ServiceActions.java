package dev.ecsplatform.bootstrap.policy;

import dev.ecsplatform.bootstrap.policy.ProviderCall.Operation;
import dev.ecsplatform.bootstrap.policy.ProviderCall.Target;
import dev.ecsplatform.bootstrap.policy.ProviderCall.Value;

import java.util.List;
import java.util.Map;

import static dev.ecsplatform.bootstrap.policy.ProviderActions.Builder.row;

/**
 * The provider's calls for ECS, load balancing, Application Auto Scaling and Cloud Map
 * ({@link DeployPolicyPart#SERVICES}).
 */
final class ServiceActions {

    private static final String ECS = "arn:{partition}:ecs:{region}:{account}:";
    private static final String ELB = "arn:{partition}:elasticloadbalancing:{region}:{account}:";
    private static final String CLOUD_MAP = "arn:{partition}:servicediscovery:{region}:{account}:";
    private static final String ROUTE53 = "arn:{partition}:route53:::";
    private static final String SCALING = "arn:{partition}:application-autoscaling:{region}:{account}:";
    /** The alarms a target tracking policy creates and deletes, with the caller's permissions. */
    private static final Target TRACKING_ALARMS = new Target.Arn(
            "arn:{partition}:cloudwatch:{region}:{account}:alarm:TargetTracking-{input:resourceId}-AlarmHigh-0a1b2c3d");
    private static final String FORCE_DESTROY = "forceDestroy";
    /** Where a service names the Service Connect TLS role: its one Service Connect endpoint's TLS block. */
    static final String TLS_ROLE = "serviceConnectConfiguration.services.0.tls.roleArn";
    private static final Map<String, Value> PASSED_TO_ECS = Map.of("iam:PassedToService", new Value.Fixed("ecs.amazonaws.com"));

    private ServiceActions() {
    }

    static List<ProviderActions.Row> rows() {
        return List.of(
                // ECS creates its service-linked role with the first cluster of an account.
                row("aws:ecs/cluster:Cluster", ECS + "cluster/{name}").autoNamed()
                        .create("ecs:CreateCluster").tags("ecs:TagResource", "ecs:UntagResource")
                        .serviceLinkedRole("ecs.amazonaws.com", "AWSServiceRoleForECS")
                        .read("ecs:DescribeClusters", "ecs:ListTagsForResource")
                        .update("ecs:UpdateCluster", "ecs:UpdateClusterSettings").delete("ecs:DeleteCluster").build(),
                row("aws:ecs/clusterCapacityProviders:ClusterCapacityProviders", ECS + "cluster/{input:clusterName}")
                        .create("ecs:PutClusterCapacityProviders").read("ecs:DescribeClusters")
                        .update("ecs:PutClusterCapacityProviders").delete("ecs:PutClusterCapacityProviders").build(),
                // A new revision replaces the old one; both roles are handed to ECS tasks.
                row("aws:ecs/taskDefinition:TaskDefinition", ECS + "task-definition/{input:family}:1")
                        .create("ecs:RegisterTaskDefinition").tags("ecs:TagResource", "ecs:UntagResource")
                        .readAny("ecs:DescribeTaskDefinition").read("ecs:ListTagsForResource")
                        .delete("ecs:DeregisterTaskDefinition")
                        .call(Operation.CREATE, "iam:PassRole", new Target.RoleIn("executionRoleArn"),
                                Map.of("iam:PassedToService", new Value.Fixed("ecs-tasks.amazonaws.com")),
                                ProviderCall.isSet("executionRoleArn"))
                        .call(Operation.CREATE, "iam:PassRole", new Target.RoleIn("taskRoleArn"),
                                Map.of("iam:PassedToService", new Value.Fixed("ecs-tasks.amazonaws.com")),
                                ProviderCall.isSet("taskRoleArn")).build(),
                // Delete scales the service to zero first, then deletes it; waiting reads it until it is gone.
                // A service with Service Connect TLS hands ECS the stack's infrastructure role on create and update.
                row("aws:ecs/service:Service", ECS + "service/{ref:cluster}/{name}").autoNamed()
                        .create("ecs:CreateService").tags("ecs:TagResource", "ecs:UntagResource")
                        .serviceLinkedRole("ecs.amazonaws.com", "AWSServiceRoleForECS")
                        .read("ecs:DescribeServices", "ecs:ListTagsForResource")
                        .update("ecs:UpdateService").delete("ecs:UpdateService", "ecs:DeleteService")
                        .call(Operation.CREATE, "iam:PassRole", new Target.RoleIn(TLS_ROLE), PASSED_TO_ECS, ProviderCall.isSet(TLS_ROLE))
                        .call(Operation.UPDATE, "iam:PassRole", new Target.RoleIn(TLS_ROLE), PASSED_TO_ECS, ProviderCall.isSet(TLS_ROLE))
                        // The program's own call (AWS SDK, real updates only): after the provider's steady-state wait,
                        // the rollout wait reads the service's deployments until their rolloutState is final.
                        .call(Operation.CREATE, "ecs:DescribeServices", new Target.Self(), Map.of(),
                                ProviderCall.isSet("waitForSteadyState"))
                        .call(Operation.UPDATE, "ecs:DescribeServices", new Target.Self(), Map.of(),
                                ProviderCall.isSet("waitForSteadyState")).build(),
                row("aws:lb/loadBalancer:LoadBalancer", ELB + "loadbalancer/app/{name}/0123456789abcdef").autoNamed()
                        .create("elasticloadbalancing:CreateLoadBalancer", "elasticloadbalancing:ModifyLoadBalancerAttributes")
                        .tags("elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags")
                        .serviceLinkedRole("elasticloadbalancing.amazonaws.com", "AWSServiceRoleForElasticLoadBalancing")
                        .readAny("elasticloadbalancing:DescribeLoadBalancers",
                                "elasticloadbalancing:DescribeLoadBalancerAttributes", "elasticloadbalancing:DescribeTags")
                        .update("elasticloadbalancing:ModifyLoadBalancerAttributes", "elasticloadbalancing:SetSecurityGroups",
                                "elasticloadbalancing:SetSubnets", "elasticloadbalancing:SetIpAddressType")
                        .delete("elasticloadbalancing:DeleteLoadBalancer").build(),
                row("aws:lb/targetGroup:TargetGroup", ELB + "targetgroup/{name}/0123456789abcdef").autoNamed()
                        .create("elasticloadbalancing:CreateTargetGroup", "elasticloadbalancing:ModifyTargetGroupAttributes")
                        .tags("elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags")
                        .readAny("elasticloadbalancing:DescribeTargetGroups",
                                "elasticloadbalancing:DescribeTargetGroupAttributes", "elasticloadbalancing:DescribeTags")
                        .update("elasticloadbalancing:ModifyTargetGroup", "elasticloadbalancing:ModifyTargetGroupAttributes")
                        .delete("elasticloadbalancing:DeleteTargetGroup").build(),
                row("aws:lb/listener:Listener", ELB + "listener/app/{ref:loadBalancerArn}/0123456789abcdef/{name}")
                        .create("elasticloadbalancing:CreateListener")
                        .tags("elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags")
                        .readAny("elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeListenerAttributes",
                                "elasticloadbalancing:DescribeTags")
                        .update("elasticloadbalancing:ModifyListener").delete("elasticloadbalancing:DeleteListener").build(),
                row("aws:lb/listenerRule:ListenerRule", ELB + "listener-rule/app/{ref:listenerArn}/0123456789abcdef/{name}")
                        .create("elasticloadbalancing:CreateRule")
                        .tags("elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags")
                        .readAny("elasticloadbalancing:DescribeRules", "elasticloadbalancing:DescribeTags")
                        .update("elasticloadbalancing:ModifyRule", "elasticloadbalancing:SetRulePriorities")
                        .delete("elasticloadbalancing:DeleteRule").build(),
                row("aws:appautoscaling/target:Target", SCALING + "scalable-target/{name}")
                        .create("application-autoscaling:RegisterScalableTarget")
                        .tags("application-autoscaling:TagResource", "application-autoscaling:UntagResource")
                        .serviceLinkedRole("ecs.application-autoscaling.amazonaws.com",
                                "AWSServiceRoleForApplicationAutoScaling_ECSService")
                        .readAny("application-autoscaling:DescribeScalableTargets")
                        .update("application-autoscaling:RegisterScalableTarget")
                        .delete("application-autoscaling:DeregisterScalableTarget").build(),
                row("aws:appautoscaling/policy:Policy", SCALING + "scalable-target/{name}").autoNamed()
                        .create("application-autoscaling:PutScalingPolicy")
                        .readAny("application-autoscaling:DescribeScalingPolicies", "cloudwatch:DescribeAlarms")
                        .update("application-autoscaling:PutScalingPolicy")
                        .delete("application-autoscaling:DeleteScalingPolicy")
                        .on(Operation.CREATE, TRACKING_ALARMS, "cloudwatch:PutMetricAlarm")
                        .on(Operation.UPDATE, TRACKING_ALARMS, "cloudwatch:PutMetricAlarm", "cloudwatch:DeleteAlarms")
                        .on(Operation.DELETE, TRACKING_ALARMS, "cloudwatch:DeleteAlarms").build(),
                // Cloud Map creates and deletes the namespace's private hosted zone with the caller's permissions.
                row("aws:servicediscovery/privateDnsNamespace:PrivateDnsNamespace", CLOUD_MAP + "namespace/{name}")
                        .create("servicediscovery:CreatePrivateDnsNamespace")
                        .tags("servicediscovery:TagResource", "servicediscovery:UntagResource")
                        .readAny("servicediscovery:GetOperation", "servicediscovery:GetNamespace", "ec2:DescribeVpcs")
                        .read("servicediscovery:ListTagsForResource")
                        .on(Operation.CREATE, new Target.Any(), "route53:CreateHostedZone", "route53:GetHostedZone",
                                "route53:ListHostedZonesByName", "route53:AssociateVPCWithHostedZone")
                        .update("servicediscovery:UpdatePrivateDnsNamespace")
                        .delete("servicediscovery:DeleteNamespace")
                        .on(Operation.DELETE, new Target.Any(), "route53:DeleteHostedZone").build(),
                // namespace.associatedVpcs: the namespace's hosted zone in more VPCs. Read from terraform-provider-aws
                // (route53 zone_association.go: associate, wait for the change, find the zone among the VPC's;
                // vpc_association_authorization.go: create, list, delete). Route 53 describes the VPC it associates.
                row("aws:route53/zoneAssociation:ZoneAssociation", ROUTE53 + "hostedzone/{input:zoneId}")
                        .create("route53:AssociateVPCWithHostedZone")
                        .on(Operation.CREATE, new Target.Any(), "route53:GetChange", "ec2:DescribeVpcs")
                        .readAny("route53:ListHostedZonesByVPC")
                        .delete("route53:DisassociateVPCFromHostedZone")
                        .on(Operation.DELETE, new Target.Any(), "route53:GetChange").build(),
                row("aws:route53/vpcAssociationAuthorization:VpcAssociationAuthorization",
                        ROUTE53 + "hostedzone/{input:zoneId}")
                        .create("route53:CreateVPCAssociationAuthorization")
                        .read("route53:ListVPCAssociationAuthorizations")
                        .delete("route53:DeleteVPCAssociationAuthorization").build(),
                row("aws:servicediscovery/service:Service", CLOUD_MAP + "service/{name}").autoNamed()
                        .create("servicediscovery:CreateService")
                        .tags("servicediscovery:TagResource", "servicediscovery:UntagResource")
                        .readAny("servicediscovery:GetService", "route53:GetHostedZone")
                        .read("servicediscovery:ListTagsForResource")
                        .update("servicediscovery:UpdateService").delete("servicediscovery:DeleteService")
                        // forceDestroy deregisters the instances first, which removes their DNS records.
                        .call(Operation.DELETE, "servicediscovery:ListInstances", new Target.Self(), Map.of(),
                                ProviderCall.isSet(FORCE_DESTROY))
                        .call(Operation.DELETE, "servicediscovery:DeregisterInstance", new Target.Self(), Map.of(),
                                ProviderCall.isSet(FORCE_DESTROY))
                        .call(Operation.DELETE, "route53:ChangeResourceRecordSets", new Target.Any(), Map.of(),
                                ProviderCall.isSet(FORCE_DESTROY)).build());
    }
}
