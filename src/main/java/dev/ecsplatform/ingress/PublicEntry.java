package dev.ecsplatform.ingress;

import com.pulumi.aws.elb.ElbFunctions;
import com.pulumi.aws.lb.Listener;
import com.pulumi.aws.lb.ListenerArgs;
import com.pulumi.aws.lb.ListenerRule;
import com.pulumi.aws.lb.ListenerRuleArgs;
import com.pulumi.aws.lb.LoadBalancer;
import com.pulumi.aws.lb.LoadBalancerArgs;
import com.pulumi.aws.lb.TargetGroup;
import com.pulumi.aws.lb.TargetGroupArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionFixedResponseArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionRedirectArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleActionArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleConditionArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleConditionHostHeaderArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleConditionPathPatternArgs;
import com.pulumi.aws.lb.inputs.LoadBalancerAccessLogsArgs;
import com.pulumi.aws.lb.inputs.TargetGroupHealthCheckArgs;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2Args;
import com.pulumi.aws.s3.BucketOwnershipControls;
import com.pulumi.aws.s3.BucketOwnershipControlsArgs;
import com.pulumi.aws.s3.BucketPolicy;
import com.pulumi.aws.s3.BucketPolicyArgs;
import com.pulumi.aws.s3.BucketPublicAccessBlock;
import com.pulumi.aws.s3.BucketPublicAccessBlockArgs;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2Args;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleFilterArgs;
import com.pulumi.aws.s3.inputs.BucketOwnershipControlsRuleArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleArgs;
import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import dev.ecsplatform.config.Protocol;
import dev.ecsplatform.config.ServiceSettings;
import dev.ecsplatform.aws.NameLimits;
import dev.ecsplatform.naming.PhysicalNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * North-south entry: one internet-facing Application Load Balancer in the public subnets for the
 * services that must face the internet, with HTTPS (HTTP only redirects), hardened HTTP handling,
 * access logs to a locked-down bucket, and a target group and listener rule per public service.
 */
public final class PublicEntry extends ComponentResource {

    public static final String TYPE = "ecs-platform:ingress:PublicEntry";
    private static final String TARGET_TYPE = "ip";
    /** Targets are reached over HTTP inside the VPC; TLS ends at the load balancer. */
    private static final String TARGET_PROTOCOL = "HTTP";

    private final Output<String> dnsName;
    private final Output<String> arnSuffix;
    private final SortedMap<String, Attachment> attachments = new TreeMap<>();
    private final SortedMap<String, Output<String>> targetGroupArnSuffixes = new TreeMap<>();

    /**
     * How an ECS service joins the load balancer: its target group, the rule that must exist first, and the resource
     * label of its ALBRequestCountPerTarget metric ({@code app/<lb>/<id>/targetgroup/<tg>/<id>}).
     */
    public record Attachment(Output<String> targetGroupArn, ListenerRule rule, Output<String> resourceLabel) {
    }

    public PublicEntry(String name, PublicEntryArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var ingress = args.ingress();
        var bucket = accessLogBucket(name, args);

        var loadBalancer = new LoadBalancer(name + "-alb", LoadBalancerArgs.builder()
                .name(PhysicalNames.fit(name, NameLimits.ELB))
                .loadBalancerType("application")
                .internal(false)
                .subnets(args.network().publicSubnetIds())
                .securityGroups(args.firewall().loadBalancerGroupId().applyValue(List::of))
                .ipAddressType("ipv4")
                // Requests with malformed headers are dropped (ELB.4); desync attacks are mitigated (ELB.12).
                .dropInvalidHeaderFields(true)
                .desyncMitigationMode(ingress.desyncMitigationMode())
                .enableDeletionProtection(args.stack().protect())
                .idleTimeout(ingress.idleTimeoutSeconds())
                .accessLogs(LoadBalancerAccessLogsArgs.builder()
                        .bucket(bucket.bucket())
                        .prefix(AccessLogDelivery.PREFIX)
                        .enabled(true)
                        .build())
                .tags(args.stack().tags(name + "-alb"))
                // ELB checks at creation that it may write to the bucket.
                .build(), child().dependsOn(bucket.policy()).build());
        this.dnsName = loadBalancer.dnsName();
        this.arnSuffix = loadBalancer.arnSuffix();

        var notFound = ListenerDefaultActionArgs.builder()
                .type("fixed-response")
                .fixedResponse(ListenerDefaultActionFixedResponseArgs.builder()
                        .contentType("text/plain").messageBody("Not found").statusCode("404").build())
                .build();
        Listener routing;
        if (ingress.https()) {
            routing = new Listener(name + "-https", ListenerArgs.builder()
                    .loadBalancerArn(loadBalancer.arn())
                    .port(443)
                    .protocol("HTTPS")
                    .sslPolicy(ingress.sslPolicy())
                    .certificateArn(ingress.certificateArn().orElseThrow())
                    .defaultActions(notFound)
                    .tags(args.stack().tags(name + "-https"))
                    .build(), child().build());
            new Listener(name + "-http", ListenerArgs.builder()
                    .loadBalancerArn(loadBalancer.arn())
                    .port(80)
                    .protocol("HTTP")
                    // Plain HTTP only ever redirects (ELB.1).
                    .defaultActions(ListenerDefaultActionArgs.builder()
                            .type("redirect")
                            .redirect(ListenerDefaultActionRedirectArgs.builder()
                                    .protocol("HTTPS").port("443").statusCode("HTTP_301").build())
                            .build())
                    .tags(args.stack().tags(name + "-http"))
                    .build(), child().build());
        } else {
            // Only reachable with allowPlainHttp, which validation refuses in protected environments.
            routing = new Listener(name + "-http", ListenerArgs.builder()
                    .loadBalancerArn(loadBalancer.arn())
                    .port(80)
                    .protocol("HTTP")
                    .defaultActions(notFound)
                    .tags(args.stack().tags(name + "-http"))
                    .build(), child().build());
        }

        for (var service : args.services()) {
            var targetGroup = targetGroup(name, service, args);
            var rule = listenerRule(name, service, routing, targetGroup, args);
            attachments.put(service.name(), new Attachment(targetGroup.arn(), rule,
                    Output.tuple(arnSuffix, targetGroup.arnSuffix()).applyValue(t -> t.t1 + "/" + t.t2)));
            targetGroupArnSuffixes.put(service.name(), targetGroup.arnSuffix());
        }
        registerOutputs(Map.of("dnsName", dnsName));
    }

    public Output<String> dnsName() {
        return dnsName;
    }

    /** The load balancer's ARN suffix ({@code app/<name>/<id>}): its CloudWatch {@code LoadBalancer} dimension. */
    public Output<String> arnSuffix() {
        return arnSuffix;
    }

    /** Per public service, its target group's ARN suffix: the CloudWatch {@code TargetGroup} dimension. */
    public SortedMap<String, Output<String>> targetGroupArnSuffixes() {
        return java.util.Collections.unmodifiableSortedMap(targetGroupArnSuffixes);
    }

    /** How a public service attaches to the load balancer. */
    public Optional<Attachment> attachment(String service) {
        return Optional.ofNullable(attachments.get(service));
    }

    private CustomResourceOptions.Builder child() {
        return CustomResourceOptions.builder().parent(this);
    }

    private record LogBucket(Output<String> bucket, BucketPolicy policy) {
    }

    private LogBucket accessLogBucket(String name, PublicEntryArgs args) {
        var names = args.stack().names();
        var bucketName = name + "-access-logs";
        var bucket = new BucketV2(bucketName, BucketV2Args.builder()
                // The deploy roles may manage buckets starting with exactly this prefix (shared contract).
                .bucketPrefix(names.contract().accessLogBucketPrefix())
                // An unprotected environment can be destroyed with its logs; a protected one keeps them.
                .forceDestroy(!args.stack().protect())
                .tags(names.tags(bucketName))
                .build(), child().protect(args.stack().protect()).build());
        var publicAccess = new BucketPublicAccessBlock(bucketName + "-public-access", BucketPublicAccessBlockArgs.builder()
                .bucket(bucket.id())
                .blockPublicAcls(true)
                .blockPublicPolicy(true)
                .ignorePublicAcls(true)
                .restrictPublicBuckets(true)
                .build(), child().build());
        new BucketOwnershipControls(bucketName + "-ownership", BucketOwnershipControlsArgs.builder()
                .bucket(bucket.id())
                .rule(BucketOwnershipControlsRuleArgs.builder().objectOwnership("BucketOwnerEnforced").build())
                .build(), child().build());
        // Access logs support only S3-managed keys (SSE-S3).
        new BucketServerSideEncryptionConfigurationV2(bucketName + "-encryption",
                BucketServerSideEncryptionConfigurationV2Args.builder()
                        .bucket(bucket.id())
                        .rules(BucketServerSideEncryptionConfigurationV2RuleArgs.builder()
                                .applyServerSideEncryptionByDefault(
                                        BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs.builder()
                                                .sseAlgorithm("AES256").build())
                                .build())
                        .build(), child().build());
        new BucketLifecycleConfigurationV2(bucketName + "-expiry", BucketLifecycleConfigurationV2Args.builder()
                .bucket(bucket.id())
                .rules(BucketLifecycleConfigurationV2RuleArgs.builder()
                        .id("expire-access-logs")
                        .status("Enabled")
                        .filter(BucketLifecycleConfigurationV2RuleFilterArgs.builder().prefix("").build())
                        .expiration(BucketLifecycleConfigurationV2RuleExpirationArgs.builder()
                                .days(args.ingress().accessLogRetentionDays()).build())
                        .abortIncompleteMultipartUpload(BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs.builder()
                                .daysAfterInitiation(7).build())
                        .build())
                .build(), child().build());
        var elbAccount = LegacyElbRegions.has(args.stack().region())
                ? ElbFunctions.getServiceAccount(com.pulumi.aws.elb.inputs.GetServiceAccountArgs.builder().region(args.stack().region()).build(),
                InvokeOptions.builder().parent(this).build()).applyValue(account -> Optional.of(account.arn()))
                : Output.of(Optional.<String>empty());
        var policy = new BucketPolicy(bucketName + "-policy", BucketPolicyArgs.builder()
                .bucket(bucket.id())
                .policy(Output.tuple(bucket.arn(), args.stack().accountId(), elbAccount)
                        .applyValue(t -> AccessLogDelivery.bucketPolicy(t.t1, t.t2, t.t3)))
                // Block public access first, so the policy is never briefly the only guard.
                .build(), child().dependsOn(publicAccess).build());
        return new LogBucket(bucket.bucket(), policy);
    }

    private TargetGroup targetGroup(String name, ServiceSettings service, PublicEntryArgs args) {
        var entry = service.publicEntry().orElseThrow();
        var grpc = service.protocol() == Protocol.GRPC;
        var groupName = name + "-" + service.name() + "-tg";
        var port = service.port().orElseThrow();
        var protocolVersion = switch (service.protocol()) {
            case HTTP2 -> "HTTP2";
            case GRPC -> "GRPC";
            default -> "HTTP1";
        };
        // A new port, protocol version or VPC replaces the group while the rule and the ECS service still use the
        // old one: the new group needs a name of its own (the provider refuses a second group of the same name).
        var physicalName = args.network().vpcId().applyValue(vpc -> PhysicalNames.replaceable(
                args.stack().names().prefix() + "-" + service.name(), NameLimits.ELB,
                List.of(vpc, TARGET_TYPE, String.valueOf(port), TARGET_PROTOCOL, protocolVersion)));
        return new TargetGroup(groupName, TargetGroupArgs.builder()
                .name(physicalName)
                .targetType(TARGET_TYPE)
                .vpcId(args.network().vpcId())
                .port(port)
                .protocol(TARGET_PROTOCOL)
                .protocolVersion(protocolVersion)
                .deregistrationDelay(entry.deregistrationDelaySeconds())
                .healthCheck(TargetGroupHealthCheckArgs.builder()
                        .enabled(true)
                        .protocol("HTTP")
                        .path(entry.healthCheckPath())
                        // gRPC health checks are judged by gRPC status codes: any answer means the server is up.
                        .matcher(grpc ? "0-99" : "200-399")
                        .interval(15)
                        .timeout(5)
                        .healthyThreshold(2)
                        .unhealthyThreshold(3)
                        .build())
                .tags(args.stack().tags(groupName))
                .build(), child().build());
    }

    private ListenerRule listenerRule(String name, ServiceSettings service, Listener listener, TargetGroup targetGroup,
                                      PublicEntryArgs args) {
        var entry = service.publicEntry().orElseThrow();
        var conditions = new ArrayList<ListenerRuleConditionArgs>();
        if (!entry.hosts().isEmpty()) {
            conditions.add(ListenerRuleConditionArgs.builder()
                    .hostHeader(ListenerRuleConditionHostHeaderArgs.builder().values(entry.hosts()).build()).build());
        }
        if (!entry.paths().isEmpty()) {
            conditions.add(ListenerRuleConditionArgs.builder()
                    .pathPattern(ListenerRuleConditionPathPatternArgs.builder().values(entry.paths()).build()).build());
        }
        var ruleName = name + "-" + service.name() + "-rule";
        return new ListenerRule(ruleName, ListenerRuleArgs.builder()
                .listenerArn(listener.arn())
                .priority(entry.priority())
                .conditions(conditions)
                .actions(ListenerRuleActionArgs.builder().type("forward").targetGroupArn(targetGroup.arn()).build())
                .tags(args.stack().tags(ruleName))
                .build(), child().build());
    }
}
