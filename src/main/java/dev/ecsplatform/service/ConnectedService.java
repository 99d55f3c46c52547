package dev.ecsplatform.service;

import com.pulumi.aws.appautoscaling.Policy;
import com.pulumi.aws.appautoscaling.PolicyArgs;
import com.pulumi.aws.appautoscaling.Target;
import com.pulumi.aws.appautoscaling.TargetArgs;
import com.pulumi.aws.appautoscaling.inputs.PolicyTargetTrackingScalingPolicyConfigurationArgs;
import com.pulumi.aws.appautoscaling.inputs.PolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecificationArgs;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.ecs.Service;
import com.pulumi.aws.ecs.ServiceArgs;
import com.pulumi.aws.ecs.TaskDefinition;
import com.pulumi.aws.ecs.TaskDefinitionArgs;
import com.pulumi.aws.ecs.inputs.ServiceCapacityProviderStrategyArgs;
import com.pulumi.aws.ecs.inputs.ServiceDeploymentCircuitBreakerArgs;
import com.pulumi.aws.ecs.inputs.ServiceLoadBalancerArgs;
import com.pulumi.aws.ecs.inputs.ServiceNetworkConfigurationArgs;
import com.pulumi.aws.ecs.inputs.ServiceServiceConnectConfigurationArgs;
import com.pulumi.aws.ecs.inputs.ServiceServiceConnectConfigurationLogConfigurationArgs;
import com.pulumi.aws.ecs.inputs.ServiceServiceConnectConfigurationServiceArgs;
import com.pulumi.aws.ecs.inputs.ServiceServiceConnectConfigurationServiceClientAliasArgs;
import com.pulumi.aws.ecs.inputs.ServiceServiceConnectConfigurationServiceTimeoutArgs;
import com.pulumi.aws.ecs.inputs.ServiceServiceRegistriesArgs;
import com.pulumi.aws.ecs.inputs.TaskDefinitionEphemeralStorageArgs;
import com.pulumi.aws.ecs.inputs.TaskDefinitionRuntimePlatformArgs;
import com.pulumi.aws.ecs.inputs.TaskDefinitionVolumeArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.aws.servicediscovery.inputs.ServiceDnsConfigArgs;
import com.pulumi.aws.servicediscovery.inputs.ServiceDnsConfigDnsRecordArgs;
import com.pulumi.aws.servicediscovery.inputs.ServiceHealthCheckCustomConfigArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import dev.ecsplatform.config.Protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One backend service on Fargate, connected to the others through Service Connect: its log groups,
 * roles, task definition, ECS service, optional DNS records for standalone callers, and autoscaling.
 */
public final class ConnectedService extends ComponentResource {

    public static final String TYPE = "ecs-platform:service:ConnectedService";
    private static final int DNS_TTL_SECONDS = 10;

    private final Service ecsService;

    public ConnectedService(String name, ConnectedServiceArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var names = args.names();
        var service = args.service();
        var serviceName = service.name();

        var appLogGroup = names.path("services/" + serviceName + "/app");
        var appLogs = logGroup(name + "-app-logs", appLogGroup, args);
        var proxyLogs = logGroup(name + "-proxy-logs", names.path("services/" + serviceName + "/service-connect"), args);

        var trust = args.accountId().applyValue(account -> TaskRoles.trustPolicy(args.region(), account));
        var executionRole = role(name + "-execution-role", serviceName + "-execution", "Starts the tasks of " + serviceName
                + ": pulls its image, writes its logs, reads its own secrets", trust, args);
        var permissions = new ArrayList<Resource>();
        permissions.add(appLogs);
        permissions.add(new RolePolicy(name + "-execution-policy", RolePolicyArgs.builder()
                .role(executionRole.id())
                .policy(Output.all(appLogs.arn(), proxyLogs.arn()).applyValue(arns -> TaskRoles.executionPolicy(service, arns)))
                .build(), child().build()));
        var taskRole = role(name + "-task-role", serviceName + "-task", "The identity of " + serviceName
                + "'s application", trust, args);
        TaskRoles.taskPolicy(service).ifPresent(policy -> permissions.add(new RolePolicy(name + "-exec-channels",
                RolePolicyArgs.builder()
                        .role(taskRole.id())
                        .policy(policy)
                        .build(), child().build())));
        for (var policyArn : service.taskRolePolicies()) {
            var policyName = policyArn.substring(policyArn.lastIndexOf('/') + 1);
            permissions.add(new RolePolicyAttachment(name + "-policy-" + policyName, RolePolicyAttachmentArgs.builder()
                    .role(taskRole.name())
                    .policyArn(policyArn)
                    .build(), child().build()));
        }

        var taskDefinition = taskDefinition(name, args, appLogGroup, permissions, executionRole, taskRole);
        var registry = args.registerDns() ? dnsRegistration(name, args) : null;

        this.ecsService = new Service(name + "-service", serviceArgs(args, taskDefinition, proxyLogs, registry),
                serviceOptions(args).build());
        service.autoscaling().ifPresent(scaling -> autoscaling(name, args, scaling));

        registerOutputs(Map.of(
                "serviceName", ecsService.name(),
                "taskDefinitionArn", taskDefinition.arn()));
    }

    /** The ECS service, so that callers can be created after it. */
    public Service ecsService() {
        return ecsService;
    }

    private CustomResourceOptions.Builder child() {
        return CustomResourceOptions.builder().parent(this);
    }

    private LogGroup logGroup(String resourceName, String groupName, ConnectedServiceArgs args) {
        return new LogGroup(resourceName, LogGroupArgs.builder()
                .name(groupName)
                .retentionInDays(args.logRetentionDays())
                .tags(args.names().tags(resourceName))
                .build(), child().build());
    }

    private Role role(String resourceName, String rolePart, String description, Output<String> trust,
                      ConnectedServiceArgs args) {
        return new Role(resourceName, RoleArgs.builder()
                // A fixed name is findable in the console; fitted to IAM's limit keeping the stack's prefix (which the
                // deploy roles' pattern needs), replaced delete-first.
                .name(args.names().contract().roleName(rolePart))
                .description(description)
                .assumeRolePolicy(trust)
                .tags(args.names().tags(resourceName))
                .build(), child().deleteBeforeReplace(true).build());
    }

    private TaskDefinition taskDefinition(String name, ConnectedServiceArgs args, String appLogGroup,
                                          List<Resource> permissions, Role executionRole, Role taskRole) {
        var service = args.service();
        var size = args.taskSize();
        // The group's name is known now, so the container definitions stay plain JSON rather than an Output.
        var container = ContainerDefinitions.app(service, args.region(), appLogGroup);
        var builder = TaskDefinitionArgs.builder()
                .family(name)
                .networkMode("awsvpc")
                .requiresCompatibilities("FARGATE")
                .cpu(String.valueOf(size.cpu()))
                .memory(String.valueOf(size.memory()))
                .executionRoleArn(executionRole.arn())
                .taskRoleArn(taskRole.arn())
                .runtimePlatform(TaskDefinitionRuntimePlatformArgs.builder()
                        .operatingSystemFamily("LINUX")
                        .cpuArchitecture(service.cpuArchitecture())
                        .build())
                .containerDefinitions(ContainerDefinitions.toJson(List.of(container)))
                .tags(args.names().tags(name + "-task"));
        var volumes = ContainerDefinitions.volumes(service);
        if (!volumes.isEmpty()) {
            builder.volumes(volumes.stream().map(v -> TaskDefinitionVolumeArgs.builder().name(v.name()).build()).toList());
        }
        service.ephemeralStorageGiB().ifPresent(gib -> builder.ephemeralStorage(
                TaskDefinitionEphemeralStorageArgs.builder().sizeInGib(gib).build()));
        // Tasks start as soon as the service exists: their log group and every permission must be in place
        // first, or the first tasks fail to pull, log or read secrets and the circuit breaker rolls back.
        return new TaskDefinition(name + "-task", builder.build(), child().dependsOn(permissions).build());
    }

    private com.pulumi.aws.servicediscovery.Service dnsRegistration(String name, ConnectedServiceArgs args) {
        var serviceName = args.service().name();
        return new com.pulumi.aws.servicediscovery.Service(name + "-dns", com.pulumi.aws.servicediscovery.ServiceArgs.builder()
                .name(ConnectNames.dnsRegistrationName(serviceName))
                .description("A records of " + serviceName + "'s tasks, for standalone servers in the VPC")
                .dnsConfig(ServiceDnsConfigArgs.builder()
                        .namespaceId(args.namespaceId())
                        .routingPolicy("MULTIVALUE")
                        .dnsRecords(ServiceDnsConfigDnsRecordArgs.builder().type("A").ttl(DNS_TTL_SECONDS).build())
                        .build())
                // ECS reports task health to Cloud Map, so only healthy tasks are answered.
                .healthCheckCustomConfig(ServiceHealthCheckCustomConfigArgs.builder().failureThreshold(1).build())
                .tags(args.names().tags(name + "-dns"))
                .build(), child().build());
    }

    private ServiceArgs serviceArgs(ConnectedServiceArgs args, TaskDefinition taskDefinition, LogGroup proxyLogs,
                                    com.pulumi.aws.servicediscovery.Service registry) {
        var service = args.service();
        var connect = ServiceServiceConnectConfigurationArgs.builder()
                .enabled(true)
                // The ARN, never the name: a name can make ECS create a second, HTTP namespace.
                .namespace(args.namespaceArn())
                .logConfiguration(ServiceServiceConnectConfigurationLogConfigurationArgs.builder()
                        .logDriver("awslogs")
                        .options(proxyLogs.name().applyValue(group -> proxyLogOptions(group, args.region())))
                        .build());
        service.port().ifPresent(port -> connect.services(connectEndpoint(args, port)));

        var builder = ServiceArgs.builder()
                .name(service.name())
                .cluster(args.clusterArn())
                .taskDefinition(taskDefinition.arn())
                .desiredCount(service.desiredCount())
                .capacityProviderStrategies(args.capacityStrategy().stream()
                        .map(share -> ServiceCapacityProviderStrategyArgs.builder()
                                .capacityProvider(share.provider()).base(share.base()).weight(share.weight()).build())
                        .toList())
                .platformVersion("LATEST")
                .networkConfiguration(ServiceNetworkConfigurationArgs.builder()
                        .subnets(args.subnetIds())
                        .securityGroups(args.securityGroupId().applyValue(List::of))
                        .assignPublicIp(false)
                        .build())
                .serviceConnectConfiguration(connect.build())
                .deploymentCircuitBreaker(ServiceDeploymentCircuitBreakerArgs.builder().enable(true).rollback(true).build())
                .deploymentMinimumHealthyPercent(service.deployment().minimumHealthyPercent())
                .deploymentMaximumPercent(service.deployment().maximumPercent())
                .availabilityZoneRebalancing("ENABLED")
                .enableExecuteCommand(service.exec())
                .enableEcsManagedTags(true)
                .propagateTags("SERVICE")
                // Service Connect tasks only see endpoints that existed when they started: a change in
                // what this service calls (or a callee's replacement) redeploys it.
                .forceNewDeployment(true)
                .triggers(triggers(args))
                .tags(args.names().tags(args.names().name(service.name() + "-service")));
        args.loadBalancer().ifPresent(attachment -> builder
                .loadBalancers(ServiceLoadBalancerArgs.builder()
                        .targetGroupArn(attachment.targetGroupArn())
                        .containerName(ContainerDefinitions.APP_CONTAINER)
                        .containerPort(service.port().orElseThrow())
                        .build())
                .healthCheckGracePeriodSeconds(service.publicEntry().orElseThrow().healthCheckGracePeriodSeconds()));
        if (registry != null) {
            builder.serviceRegistries(ServiceServiceRegistriesArgs.builder().registryArn(registry.arn()).build());
        }
        return builder.build();
    }

    private ServiceServiceConnectConfigurationServiceArgs connectEndpoint(ConnectedServiceArgs args, int port) {
        var service = args.service();
        var endpoint = ServiceServiceConnectConfigurationServiceArgs.builder()
                .portName(ConnectNames.portName(service.name()))
                .discoveryName(ConnectNames.discoveryName(service.name()))
                .clientAlias(ServiceServiceConnectConfigurationServiceClientAliasArgs.builder()
                        .dnsName(ConnectNames.dnsName(service.name(), args.namespace()))
                        .port(port)
                        .build());
        // The provider rejects any timeout block on a TCP port; validation has already refused one.
        if (service.protocol() != Protocol.TCP) {
            service.timeouts().ifPresent(timeouts -> {
                var timeout = ServiceServiceConnectConfigurationServiceTimeoutArgs.builder();
                timeouts.idleSeconds().ifPresent(timeout::idleTimeoutSeconds);
                timeouts.perRequestSeconds().ifPresent(timeout::perRequestTimeoutSeconds);
                endpoint.timeout(timeout.build());
            });
        }
        return endpoint.build();
    }

    private static Map<String, String> proxyLogOptions(String group, String region) {
        var options = new LinkedHashMap<String, String>();
        options.put("awslogs-group", group);
        options.put("awslogs-region", region);
        options.put("awslogs-stream-prefix", "service-connect");
        return options;
    }

    /** What, when it changes, must restart this service's tasks so their proxy sees the right endpoints. */
    private static Output<Map<String, String>> triggers(ConnectedServiceArgs args) {
        var calls = args.callees().stream().map(CalleeLink::name).sorted().collect(Collectors.joining(","));
        var linked = args.callees().stream().filter(c -> c.service().isPresent()).toList();
        var ids = linked.stream().map(c -> c.service().get().id()).toList();
        return Output.all(ids).applyValue(values -> {
            var triggers = new LinkedHashMap<String, String>();
            triggers.put("calls", calls);
            for (int i = 0; i < linked.size(); i++) {
                triggers.put("callee-" + linked.get(i).name(), values.get(i));
            }
            return triggers;
        });
    }

    private CustomResourceOptions.Builder serviceOptions(ConnectedServiceArgs args) {
        var options = child();
        var first = new ArrayList<Resource>();
        first.add(args.clusterReady());
        args.callees().forEach(callee -> callee.service().ifPresent(first::add));
        // ECS refuses a target group that no listener rule attaches to a load balancer yet.
        args.loadBalancer().ifPresent(attachment -> first.add(attachment.rule()));
        options.dependsOn(first);
        if (args.service().autoscaling().isPresent()) {
            // Autoscaling owns the count once the service exists.
            options.ignoreChanges("desiredCount");
        }
        return options;
    }

    private void autoscaling(String name, ConnectedServiceArgs args, dev.ecsplatform.config.AutoscalingSettings scaling) {
        var resourceId = ecsService.name().applyValue(service -> "service/" + args.names().prefix() + "/" + service);
        var target = new Target(name + "-scaling-target", TargetArgs.builder()
                .serviceNamespace("ecs")
                .scalableDimension("ecs:service:DesiredCount")
                .resourceId(resourceId)
                .minCapacity(scaling.minTasks())
                .maxCapacity(scaling.maxTasks())
                .tags(args.names().tags(name + "-scaling-target"))
                .build(), child().build());
        new Policy(name + "-cpu-scaling", PolicyArgs.builder()
                .policyType("TargetTrackingScaling")
                .serviceNamespace(target.serviceNamespace())
                .scalableDimension(target.scalableDimension())
                .resourceId(target.resourceId())
                .targetTrackingScalingPolicyConfiguration(PolicyTargetTrackingScalingPolicyConfigurationArgs.builder()
                        .targetValue((double) scaling.cpuTargetPercent())
                        .predefinedMetricSpecification(PolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecificationArgs.builder()
                                .predefinedMetricType("ECSServiceAverageCPUUtilization")
                                .build())
                        .scaleInCooldown(300)
                        .scaleOutCooldown(60)
                        .build())
                .build(), child().build());
    }
}
