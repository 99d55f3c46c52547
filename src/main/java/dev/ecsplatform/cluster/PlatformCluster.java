package dev.ecsplatform.cluster;

import com.pulumi.aws.ecs.ClusterCapacityProviders;
import com.pulumi.aws.ecs.ClusterCapacityProvidersArgs;
import com.pulumi.aws.ecs.inputs.ClusterCapacityProvidersDefaultCapacityProviderStrategyArgs;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.ecs.inputs.ClusterConfigurationArgs;
import com.pulumi.aws.ecs.inputs.ClusterConfigurationExecuteCommandConfigurationArgs;
import com.pulumi.aws.ecs.inputs.ClusterConfigurationExecuteCommandConfigurationLogConfigurationArgs;
import com.pulumi.aws.ecs.inputs.ClusterServiceConnectDefaultsArgs;
import com.pulumi.aws.ecs.inputs.ClusterSettingArgs;
import com.pulumi.aws.servicediscovery.PrivateDnsNamespace;
import com.pulumi.aws.servicediscovery.PrivateDnsNamespaceArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Discovery and compute: a Cloud Map private DNS namespace in the VPC and the ECS cluster whose
 * Service Connect default is that namespace.
 *
 * <p>The namespace is private DNS rather than HTTP because the standalone servers in the VPC cannot
 * resolve Service Connect names; they need real DNS records, which only a private DNS namespace holds.
 */
public final class PlatformCluster extends ComponentResource {

    public static final String TYPE = "ecs-platform:cluster:PlatformCluster";
    public static final List<String> CAPACITY_PROVIDERS = List.of("FARGATE", "FARGATE_SPOT");

    private final Output<String> namespaceId;
    private final Output<String> namespaceArn;
    private final Output<String> namespaceName;
    private final Output<String> namespaceHostedZoneId;
    private final Output<String> clusterName;
    private final Output<String> clusterArn;
    private final ClusterCapacityProviders capacityProviders;
    private final Optional<ServiceConnectTlsRole> tlsRole;
    private final Optional<ExecSessionLogging> execLogging;
    private final Optional<Output<String>> execLogsKeyArn;

    public PlatformCluster(String name, ClusterArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var stack = args.stack();
        var names = stack.names();

        var namespace = new PrivateDnsNamespace(name + "-namespace", PrivateDnsNamespaceArgs.builder()
                .name(args.namespaceName())
                .vpc(args.network().vpcId())
                .description("Internal names of the " + names.stack() + " services")
                .tags(names.tags(name + "-namespace"))
                .build(), child().protect(stack.protect()).build());
        NamespaceAssociations.create(this, name, stack, namespace, args.associatedVpcs());

        var execLogsKey = args.execLogsKeyArn();
        var execLogs = args.execLogging().map(logging -> {
            var group = LogGroupArgs.builder()
                    .name(logging.logGroupName())
                    .retentionInDays(logging.retentionDays())
                    .tags(names.tags(name + "-exec-sessions"));
            // CloudWatch Logs encrypts the sessions with the stack's key, whose policy lets it for this group only.
            execLogsKey.ifPresent(group::kmsKeyId);
            return new LogGroup(name + "-exec-sessions", group.build(), child().build());
        });
        var clusterArgs = com.pulumi.aws.ecs.ClusterArgs.builder();
        // Every ECS Exec session (who ran what, and its output) is written to the stack's own log group (ECS
        // developer guide, "Monitor Amazon ECS containers with ECS Exec", logging); OVERRIDE names that group. With
        // the stack's key, the SSM agent in the task refuses to start a session unless the group is KMS-encrypted
        // (amazon-ssm-agent, agent/session/shell/shell.go, validate), so no session is ever logged in the clear.
        execLogs.ifPresent(group -> clusterArgs.configuration(group.name().applyValue(groupName ->
                ClusterConfigurationArgs.builder()
                        .executeCommandConfiguration(ClusterConfigurationExecuteCommandConfigurationArgs.builder()
                                .logging("OVERRIDE")
                                .logConfiguration(ClusterConfigurationExecuteCommandConfigurationLogConfigurationArgs.builder()
                                        .cloudWatchLogGroupName(groupName)
                                        .cloudWatchEncryptionEnabled(execLogsKey.isPresent())
                                        .build())
                                .build())
                        .build())));
        var cluster = new com.pulumi.aws.ecs.Cluster(name + "-cluster", clusterArgs
                .name(name)
                .settings(ClusterSettingArgs.builder()
                        .name("containerInsights")
                        .value(args.settings().containerInsights())
                        .build())
                // The ARN, never the name: a name can make ECS create a second, HTTP namespace.
                .serviceConnectDefaults(ClusterServiceConnectDefaultsArgs.builder()
                        .namespace(namespace.arn())
                        .build())
                .tags(names.tags(name + "-cluster"))
                .build(), child().protect(stack.protect()).build());

        this.capacityProviders = new ClusterCapacityProviders(name + "-capacity-providers", ClusterCapacityProvidersArgs.builder()
                .clusterName(cluster.name())
                .capacityProviders(CAPACITY_PROVIDERS)
                .defaultCapacityProviderStrategies(args.settings().capacityProviders().stream()
                        .map(share -> ClusterCapacityProvidersDefaultCapacityProviderStrategyArgs.builder()
                                .capacityProvider(share.provider())
                                .base(share.base())
                                .weight(share.weight())
                                .build())
                        .toList())
                .build(), child().build());

        this.tlsRole = args.tls().map(tls -> ServiceConnectTlsRole.create(this, name, stack, tls));
        this.execLogging = args.execLogging();
        this.execLogsKeyArn = execLogs.isPresent() ? execLogsKey : Optional.empty();
        this.namespaceId = namespace.id();
        this.namespaceArn = namespace.arn();
        this.namespaceName = namespace.name();
        this.namespaceHostedZoneId = namespace.hostedZone();
        this.clusterName = cluster.name();
        this.clusterArn = cluster.arn();
        registerOutputs(Map.of(
                "namespaceArn", namespaceArn,
                "clusterArn", clusterArn));
    }

    private CustomResourceOptions.Builder child() {
        return CustomResourceOptions.builder().parent(this);
    }

    public Output<String> namespaceId() {
        return namespaceId;
    }

    public Output<String> namespaceArn() {
        return namespaceArn;
    }

    public Output<String> namespaceName() {
        return namespaceName;
    }

    /** The namespace's Route 53 private hosted zone. */
    public Output<String> namespaceHostedZoneId() {
        return namespaceHostedZoneId;
    }

    public Output<String> clusterName() {
        return clusterName;
    }

    public Output<String> clusterArn() {
        return clusterArn;
    }

    /** The infrastructure role of Service Connect TLS, when the environment has TLS. */
    public Optional<ServiceConnectTlsRole> tlsRole() {
        return tlsRole;
    }

    /** Where ECS Exec sessions are logged, when any service allows Exec. */
    public Optional<ExecSessionLogging> execLogging() {
        return execLogging;
    }

    /** The key that encrypts the Exec session log group, when there is one: Exec task roles write through it. */
    public Optional<Output<String>> execLogsKeyArn() {
        return execLogsKeyArn;
    }

    /** Services must wait for this: ECS refuses a capacity provider the cluster is not yet associated with. */
    public ClusterCapacityProviders capacityProviders() {
        return capacityProviders;
    }
}
