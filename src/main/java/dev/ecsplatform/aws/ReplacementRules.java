package dev.ecsplatform.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which input changes make the AWS provider replace a resource rather than update it in place: the ForceNew
 * arguments of terraform-provider-aws 5.x, which com.pulumi:aws 6.83.0 is generated from (read in its resource
 * sources and docs; input names as Pulumi spells them). Paths are dotted; a list is compared as a whole.
 */
public final class ReplacementRules {

    /** How one resource type decides. */
    public sealed interface Rule permits Paths, AllBut {
    }

    /** Replaced when any of these inputs changes. */
    public record Paths(Set<String> paths) implements Rule {
    }

    /** Replaced when anything but these inputs changes (the resource updates only these in place). */
    public record AllBut(Set<String> inPlace) implements Rule {
    }

    /** A pseudo-path: which of a security group rule's peer inputs is set. */
    private static final String SOURCE_TYPE = "(source type)";
    private static final List<String> PEER_INPUTS = List.of("cidrIpv4", "cidrIpv6", "prefixListId", "referencedSecurityGroupId");

    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("aws:ec2/vpc:Vpc", paths("cidrBlock", "ipv4IpamPoolId", "ipv4NetmaskLength")),
            Map.entry("aws:ec2/subnet:Subnet", paths("availabilityZone", "availabilityZoneId", "cidrBlock", "vpcId",
                    "ipv4IpamPoolId", "ipv4NetmaskLength", "ipv6Native", "outpostArn")),
            Map.entry("aws:ec2/internetGateway:InternetGateway", paths()),
            Map.entry("aws:ec2/routeTable:RouteTable", paths("vpcId")),
            Map.entry("aws:ec2/route:Route", paths("routeTableId", "destinationCidrBlock", "destinationIpv6CidrBlock",
                    "destinationPrefixListId")),
            Map.entry("aws:ec2/routeTableAssociation:RouteTableAssociation", paths("subnetId", "gatewayId")),
            Map.entry("aws:ec2/eip:Eip", paths("address", "domain", "ipamPoolId", "networkBorderGroup", "publicIpv4Pool")),
            Map.entry("aws:ec2/natGateway:NatGateway", paths("allocationId", "connectivityType", "privateIp",
                    "secondaryPrivateIpAddressCount", "subnetId")),
            Map.entry("aws:ec2/vpcEndpoint:VpcEndpoint", paths("vpcEndpointType", "serviceName", "vpcId")),
            Map.entry("aws:ec2/securityGroup:SecurityGroup", paths("description", "name", "namePrefix", "vpcId")),
            Map.entry("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", paths("vpcId")),
            // A rule's group, and its kind of peer (block or group): the provider cannot change a rule's source type.
            Map.entry("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", paths("securityGroupId", SOURCE_TYPE)),
            Map.entry("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", paths("securityGroupId", SOURCE_TYPE)),
            Map.entry("aws:ec2/flowLog:FlowLog", allBut("tags")),
            Map.entry("aws:iam/role:Role", paths("name", "namePrefix", "path")),
            Map.entry("aws:iam/rolePolicy:RolePolicy", paths("name", "namePrefix", "role")),
            Map.entry("aws:iam/rolePolicyAttachment:RolePolicyAttachment", paths("role", "policyArn")),
            Map.entry("aws:cloudwatch/logGroup:LogGroup", paths("name", "namePrefix", "logGroupClass")),
            Map.entry("aws:servicediscovery/privateDnsNamespace:PrivateDnsNamespace", paths("name", "vpc")),
            // Every argument of both is ForceNew in the provider (route53 zone_association.go,
            // vpc_association_authorization.go); only an association's comment is not an argument here.
            Map.entry("aws:route53/zoneAssociation:ZoneAssociation", paths("zoneId", "vpcId", "vpcRegion")),
            Map.entry("aws:route53/vpcAssociationAuthorization:VpcAssociationAuthorization",
                    paths("zoneId", "vpcId", "vpcRegion")),
            Map.entry("aws:servicediscovery/service:Service", paths("name", "namespaceId", "type",
                    "dnsConfig.namespaceId", "dnsConfig.routingPolicy", "healthCheckCustomConfig")),
            Map.entry("aws:ecs/cluster:Cluster", paths("name")),
            Map.entry("aws:ecs/clusterCapacityProviders:ClusterCapacityProviders", paths("clusterName")),
            // Every change but tags registers a new revision (create-before-delete; the old one is deregistered).
            Map.entry("aws:ecs/taskDefinition:TaskDefinition", allBut("tags", "skipDestroy", "trackLatest")),
            // capacityProviderStrategies would force a replacement too, but not with forceNewDeployment on.
            Map.entry("aws:ecs/service:Service", paths("cluster", "deploymentController", "iamRole", "launchType", "name",
                    "schedulingStrategy")),
            Map.entry("aws:appautoscaling/target:Target", paths("resourceId", "scalableDimension", "serviceNamespace")),
            Map.entry("aws:appautoscaling/policy:Policy", paths("name", "resourceId", "scalableDimension", "serviceNamespace")),
            Map.entry("aws:ssm/parameter:Parameter", paths("name")),
            Map.entry("aws:lb/loadBalancer:LoadBalancer", paths("name", "namePrefix", "internal", "loadBalancerType",
                    "customerOwnedIpv4Pool")),
            Map.entry("aws:lb/listener:Listener", paths("loadBalancerArn")),
            Map.entry("aws:lb/listenerRule:ListenerRule", paths("listenerArn")),
            Map.entry("aws:lb/targetGroup:TargetGroup", paths("name", "namePrefix", "port", "protocol", "protocolVersion",
                    "targetType", "vpcId", "ipAddressType")),
            Map.entry("aws:s3/bucketV2:BucketV2", paths("bucket", "bucketPrefix", "objectLockEnabled")),
            Map.entry("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", paths("bucket")),
            Map.entry("aws:s3/bucketOwnershipControls:BucketOwnershipControls", paths("bucket")),
            Map.entry("aws:s3/bucketPolicy:BucketPolicy", paths("bucket")),
            Map.entry("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
                    paths("bucket", "expectedBucketOwner")),
            Map.entry("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2",
                    paths("bucket", "expectedBucketOwner")),
            // Observability: an alarm or dashboard is replaced only when renamed; a saved query updates in place
            // (PutQueryDefinition with its id), a topic policy moves with its topic, a subscription with its endpoint.
            Map.entry("aws:cloudwatch/metricAlarm:MetricAlarm", paths("name")),
            Map.entry("aws:cloudwatch/dashboard:Dashboard", paths("dashboardName")),
            Map.entry("aws:cloudwatch/queryDefinition:QueryDefinition", paths()),
            Map.entry("aws:kms/key:Key", paths("customerMasterKeySpec", "keyUsage", "multiRegion", "customKeyStoreId",
                    "xksKeyId")),
            Map.entry("aws:kms/alias:Alias", paths("name", "namePrefix")),
            Map.entry("aws:sns/topic:Topic", paths("name", "namePrefix", "fifoTopic")),
            Map.entry("aws:sns/topicPolicy:TopicPolicy", paths("arn")),
            Map.entry("aws:sns/topicSubscription:TopicSubscription", paths("topic", "protocol", "endpoint")));

    private ReplacementRules() {
    }

    /** The rule of a resource type, or empty when none is recorded (the forecast then refuses to guess). */
    public static Optional<Rule> of(String type) {
        return Optional.ofNullable(RULES.get(type));
    }

    public static Set<String> types() {
        return new TreeSet<>(RULES.keySet());
    }

    /** The inputs whose change forces a replacement, of those that differ between two input maps. */
    public static List<String> forcing(Rule rule, Map<String, Object> before, Map<String, Object> after) {
        var forcing = new ArrayList<String>();
        if (rule instanceof Paths p) {
            for (var path : new TreeSet<>(p.paths())) {
                var changed = path.equals(SOURCE_TYPE)
                        ? !peerKinds(before).equals(peerKinds(after))
                        : !Objects.equals(at(before, path), at(after, path));
                if (changed) {
                    forcing.add(path);
                }
            }
        } else if (rule instanceof AllBut a) {
            var keys = new TreeSet<>(before.keySet());
            keys.addAll(after.keySet());
            for (var key : keys) {
                if (!a.inPlace().contains(key) && !Objects.equals(before.get(key), after.get(key))) {
                    forcing.add(key);
                }
            }
        }
        return forcing;
    }

    /** The value at a dotted path of a resource's inputs ({@code a.b.c}), or null when absent. */
    public static Object at(Map<String, Object> inputs, String path) {
        Object current = inputs;
        for (var part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static List<String> peerKinds(Map<String, Object> inputs) {
        return PEER_INPUTS.stream().filter(inputs::containsKey).toList();
    }

    private static Rule paths(String... paths) {
        return new Paths(Set.of(paths));
    }

    private static Rule allBut(String... inPlace) {
        return new AllBut(Set.of(inPlace));
    }
}
