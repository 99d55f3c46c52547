package dev.ecsplatform.observability;

import dev.ecsplatform.aws.Arn;
import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.aws.cloudwatch.inputs.MetricAlarmMetricQueryArgs;
import com.pulumi.aws.cloudwatch.inputs.MetricAlarmMetricQueryMetricArgs;
import com.pulumi.aws.kms.Alias;
import com.pulumi.aws.kms.AliasArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.aws.sns.Topic;
import com.pulumi.aws.sns.TopicArgs;
import com.pulumi.aws.sns.TopicPolicy;
import com.pulumi.aws.sns.TopicPolicyArgs;
import com.pulumi.aws.sns.TopicSubscription;
import com.pulumi.aws.sns.TopicSubscriptionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import dev.ecsplatform.contract.AwsAccount;
import dev.ecsplatform.config.ServiceSettings;
import dev.ecsplatform.naming.PhysicalNames;
import dev.ecsplatform.naming.StableHash;
import dev.ecsplatform.service.DeploymentAlarms;
import dev.ecsplatform.service.TaskRoles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The environment's alarms and where they go: an SNS topic encrypted with its own KMS key, its subscriptions, and
 * every service's alarms, which publish to it on ALARM and on OK. Created before the ECS services, whose
 * deployments name their 5xx and latency alarms.
 */
public final class Alerting extends ComponentResource {

    public static final String TYPE = "ecs-platform:observability:Alerting";
    /** KMS waits this long before deleting a key; longer where the environment is protected. */
    static final int KEY_DELETION_DAYS_PROTECTED = 30;
    static final int KEY_DELETION_DAYS = 7;

    private final Output<String> topicArn;
    private final Output<String> keyArn;
    private final Map<String, List<MetricAlarm>> deploymentAlarms = new TreeMap<>();

    public Alerting(String name, AlertingArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var names = new ObservabilityNames(args.stack().names());
        var stack = names.stack();
        var prefix = names.alarmPrefix();
        var region = args.stack().region();
        var protect = args.stack().protect();

        var execSessions = args.execSessionLogGroup();
        var key = new Key(name + "-key", KeyArgs.builder()
                .description(execSessions.isPresent()
                        ? "Encrypts the alarm notifications and ECS Exec session logs of " + stack.prefix()
                        : "Encrypts the alarm notifications of " + stack.prefix())
                .enableKeyRotation(true)
                .deletionWindowInDays(protect ? KEY_DELETION_DAYS_PROTECTED : KEY_DELETION_DAYS)
                .policy(args.stack().accountId().applyValue(account -> AlarmTopicPolicies.keyPolicy(region, account,
                        stack.contract().deployRoleArns(new AwsAccount(Arn.partitionOf(region), account)),
                        execSessions.map(group -> TaskRoles.logGroupArn(region, account, group)))))
                .tags(stack.tags(name + "-key"))
                .build(), child().protect(protect).build());
        new Alias(name + "-key-alias", AliasArgs.builder()
                .name(names.keyAlias())
                .targetKeyId(key.keyId())
                .build(), child().build());
        var topic = new Topic(name + "-topic", TopicArgs.builder()
                .name(names.topic())
                .displayName(stack.prefix() + " alarms")
                .kmsMasterKeyId(key.arn())
                .tags(stack.tags(name + "-topic"))
                .build(), child().protect(protect).build());
        this.topicArn = topic.arn();
        this.keyArn = key.arn();
        var policy = new TopicPolicy(name + "-topic-policy", TopicPolicyArgs.builder()
                .arn(topic.arn())
                .policy(Output.tuple(args.stack().accountId(), topic.arn()).applyValue(t ->
                        AlarmTopicPolicies.topicPolicy(region, t.t1, t.t2, prefix)))
                .build(), child().build());
        for (var subscriber : args.settings().subscribers()) {
            // Named by a hash of the address, so adding, removing or reordering subscribers renames none of the others.
            var id = subscriber.protocol() + "-" + StableHash.of(subscriber.protocol() + ":" + subscriber.endpoint());
            new TopicSubscription(name + "-" + id, TopicSubscriptionArgs.builder()
                    .topic(topic.arn())
                    .protocol(subscriber.protocol())
                    .endpoint(subscriber.endpoint())
                    .build(), child().build());
        }
        for (var planned : args.alarms()) {
            // Alarms publish once CloudWatch may use the key and the topic.
            var alarm = new MetricAlarm(planned.logicalName(), alarmArgs(planned, topic, stack.tags(planned.logicalName()),
                    args.loadBalancer()),
                    child().dependsOn(List.<Resource>of(policy, key)).build());
            if (planned.rollsBackDeployments()) {
                deploymentAlarms.computeIfAbsent(planned.service(), s -> new ArrayList<>()).add(alarm);
            }
        }
        registerOutputs(Map.of("topicArn", topicArn));
    }

    public Output<String> topicArn() {
        return topicArn;
    }

    /** The stack's customer managed key: it encrypts the alarm topic and, when any service allows Exec, its sessions. */
    public Output<String> keyArn() {
        return keyArn;
    }

    /** The alarms a service's ECS deployments roll back on (its 5xx and latency alarms), if it has any. */
    public Optional<DeploymentAlarms> deploymentAlarms(String service) {
        var alarms = deploymentAlarms.get(service);
        if (alarms == null) {
            return Optional.empty();
        }
        return Optional.of(DeploymentAlarms.on(Output.all(alarms.stream().map(MetricAlarm::name).toList()),
                List.copyOf(alarms)));
    }

    /**
     * What a service's ECS deployments roll back on: its alarms when it has them; otherwise, for a service that
     * could have them (http, http2, grpc: alarms off, or no ECS caller and no load balancer to measure it), their
     * names with rollback off, so that losing them reaches ECS; nothing for tcp and client-only services, which never
     * have deployment alarms.
     */
    public static Optional<DeploymentAlarms> deploymentAlarmsOf(Optional<Alerting> alerting, ObservabilityNames names,
                                                                ServiceSettings service) {
        var active = alerting.flatMap(a -> a.deploymentAlarms(service.name()));
        if (active.isPresent()) {
            return active;
        }
        var wouldBe = AlarmPlanner.deploymentKinds(service).stream().map(k -> names.alarm(service.name(), k)).toList();
        return wouldBe.isEmpty() ? Optional.empty() : Optional.of(DeploymentAlarms.off(wouldBe));
    }

    private CustomResourceOptions.Builder child() {
        return CustomResourceOptions.builder().parent(this);
    }

    /** The metric's dimensions with the load balancer's and target groups' real ARN suffixes for the stand-ins. */
    static Output<Map<String, String>> dimensions(MetricId metric, Optional<ViewsArgs.LoadBalancerOutputs> loadBalancer) {
        var resolved = new ArrayList<Output<Map.Entry<String, String>>>();
        for (var dimension : metric.dimensions().entrySet()) {
            resolved.add(suffix(dimension.getValue(), loadBalancer).applyValue(v -> Map.entry(dimension.getKey(), v)));
        }
        return Output.all(resolved).applyValue(entries -> {
            var map = new java.util.LinkedHashMap<String, String>();
            entries.forEach(e -> map.put(e.getKey(), e.getValue()));
            return map;
        });
    }

    private static Output<String> suffix(String value, Optional<ViewsArgs.LoadBalancerOutputs> loadBalancer) {
        if (value.equals(Metrics.LOAD_BALANCER_SUFFIX)) {
            return loadBalancer.orElseThrow(() -> new IllegalStateException("an alarm reads the load balancer, but "
                    + "there is none")).loadBalancerSuffix();
        }
        return Metrics.targetGroupService(value).map(service -> loadBalancer
                        .map(lb -> lb.targetGroupSuffixes().get(service))
                        .orElseThrow(() -> new IllegalStateException("an alarm reads the target group of " + service
                                + ", which has none")))
                .orElseGet(() -> Output.of(value));
    }

    private static MetricAlarmArgs alarmArgs(PlannedAlarm planned, Topic topic, Map<String, String> tags,
                                             Optional<ViewsArgs.LoadBalancerOutputs> loadBalancer) {
        var withService = new TreeMap<>(tags);
        withService.put("service", planned.service());
        var builder = MetricAlarmArgs.builder()
                .name(planned.name())
                .alarmDescription(planned.description())
                .comparisonOperator(planned.comparison())
                .threshold(planned.threshold())
                .evaluationPeriods(planned.evaluationPeriods())
                .datapointsToAlarm(planned.datapointsToAlarm())
                .treatMissingData(planned.treatMissingData())
                .alarmActions(topic.arn().applyValue(List::of))
                .okActions(topic.arn().applyValue(List::of))
                .tags(withService);
        planned.lowSampleCountPercentiles().ifPresent(builder::evaluateLowSampleCountPercentiles);
        if (planned.queries().size() == 1) {
            // One metric: the plain form, which is also the only one that honours evaluateLowSampleCountPercentiles.
            var query = planned.queries().get(0);
            var metric = query.metric().orElseThrow();
            var stat = query.stat().orElseThrow();
            builder.namespace(metric.namespace())
                    .metricName(metric.name())
                    .dimensions(dimensions(metric, loadBalancer))
                    .period(planned.periodSeconds());
            if (stat.startsWith("p")) {
                builder.extendedStatistic(stat);
            } else {
                builder.statistic(stat);
            }
            return builder.build();
        }
        return builder.metricQueries(planned.queries().stream().map(q -> {
            var line = MetricAlarmMetricQueryArgs.builder().id(q.id()).label(q.label()).returnData(q.returnData());
            q.expression().ifPresent(line::expression);
            q.metric().ifPresent(m -> line.metric(MetricAlarmMetricQueryMetricArgs.builder()
                    .namespace(m.namespace())
                    .metricName(m.name())
                    .dimensions(dimensions(m, loadBalancer))
                    .period(planned.periodSeconds())
                    .stat(q.stat().orElseThrow())
                    .build()));
            return line.build();
        }).toList()).build();
    }
}
