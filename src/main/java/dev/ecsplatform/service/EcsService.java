package dev.ecsplatform.service;

import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.ecs.Service;
import com.pulumi.aws.ecs.ServiceArgs;
import com.pulumi.aws.ecs.TaskDefinition;
import com.pulumi.aws.ecs.inputs.ServiceAlarmsArgs;
import com.pulumi.aws.ecs.inputs.ServiceCapacityProviderStrategyArgs;
import com.pulumi.aws.ecs.inputs.ServiceDeploymentCircuitBreakerArgs;
import com.pulumi.aws.ecs.inputs.ServiceLoadBalancerArgs;
import com.pulumi.aws.ecs.inputs.ServiceNetworkConfigurationArgs;
import com.pulumi.aws.ecs.inputs.ServiceServiceConnectConfigurationArgs;
import com.pulumi.aws.ecs.inputs.ServiceServiceConnectConfigurationLogConfigurationArgs;
import com.pulumi.aws.ecs.inputs.ServiceServiceConnectConfigurationServiceArgs;
import com.pulumi.aws.ecs.inputs.ServiceServiceConnectConfigurationServiceClientAliasArgs;
import com.pulumi.aws.ecs.inputs.ServiceServiceConnectConfigurationServiceTimeoutArgs;
import com.pulumi.aws.ecs.inputs.ServiceServiceConnectConfigurationServiceTlsArgs;
import com.pulumi.aws.ecs.inputs.ServiceServiceConnectConfigurationServiceTlsIssuerCertAuthorityArgs;
import com.pulumi.aws.ecs.inputs.ServiceServiceRegistriesArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import dev.ecsplatform.aws.ConnectNames;
import dev.ecsplatform.config.Protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The ECS service of a connected service: in the private subnets without public IPs, on Service Connect
 * with the namespace ARN, rolled back by the circuit breaker and by its deployment alarms, created after what it
 * calls and after those alarms.
 */
final class EcsService {

    private EcsService() {
    }

    static Service create(ComponentResource parent, String name, ConnectedServiceArgs args, TaskDefinition taskDefinition,
                          LogGroup proxyLogs, Optional<com.pulumi.aws.servicediscovery.Service> registry) {
        return new Service(name + "-service", serviceArgs(args, taskDefinition, proxyLogs, registry),
                options(parent, args).build());
    }

    private static ServiceArgs serviceArgs(ConnectedServiceArgs args, TaskDefinition taskDefinition, LogGroup proxyLogs,
                                           Optional<com.pulumi.aws.servicediscovery.Service> registry) {
        var service = args.service();
        var home = args.home();
        var connect = ServiceServiceConnectConfigurationArgs.builder()
                .enabled(true)
                // The ARN, never the name: a name can make ECS create a second, HTTP namespace.
                .namespace(home.namespaceArn())
                .logConfiguration(ServiceServiceConnectConfigurationLogConfigurationArgs.builder()
                        .logDriver("awslogs")
                        .options(proxyLogs.name().applyValue(group -> proxyLogOptions(group, args.stack().region())))
                        .build());
        service.port().ifPresent(port -> connect.services(connectEndpoint(args, port)));

        var builder = ServiceArgs.builder()
                .name(service.name())
                .cluster(home.clusterArn())
                .taskDefinition(taskDefinition.arn())
                .desiredCount(service.desiredCount())
                .capacityProviderStrategies(home.capacityStrategyOf(service).stream()
                        .map(share -> ServiceCapacityProviderStrategyArgs.builder()
                                .capacityProvider(share.provider()).base(share.base()).weight(share.weight()).build())
                        .toList())
                .platformVersion("LATEST")
                .networkConfiguration(ServiceNetworkConfigurationArgs.builder()
                        .subnets(home.subnetIds())
                        .securityGroups(args.securityGroupId().applyValue(List::of))
                        .assignPublicIp(false)
                        .build())
                .serviceConnectConfiguration(connect.build())
                .deploymentCircuitBreaker(ServiceDeploymentCircuitBreakerArgs.builder().enable(true).rollback(true).build())
                .deploymentMinimumHealthyPercent(service.deployment().minimumHealthyPercent())
                .deploymentMaximumPercent(service.deployment().maximumPercent())
                // Wait until the deployment has finished: callers are created after healthy callees, and a
                // deployment whose tasks fail does not end green (see RolloutCheck for the rollback case).
                .waitForSteadyState(service.deployment().waitForSteadyState())
                .availabilityZoneRebalancing("ENABLED")
                .enableExecuteCommand(service.exec())
                .enableEcsManagedTags(true)
                .propagateTags("SERVICE")
                // Service Connect tasks only see endpoints that existed when they started: a change in
                // what this service calls (or a callee's replacement) redeploys it.
                .forceNewDeployment(true)
                .triggers(triggers(args))
                .tags(args.stack().tags(args.stack().names().name(service.name() + "-service")));
        args.loadBalancer().ifPresent(attachment -> builder
                .loadBalancers(ServiceLoadBalancerArgs.builder()
                        .targetGroupArn(attachment.targetGroupArn())
                        .containerName(ContainerDefinitions.APP_CONTAINER)
                        .containerPort(service.port().orElseThrow())
                        .build())
                .healthCheckGracePeriodSeconds(service.publicEntry().orElseThrow().healthCheckGracePeriodSeconds()));
        // A deployment that breaks its callers rolls back even when its own health check passes.
        args.deploymentAlarms().ifPresent(alarms -> builder.alarms(ServiceAlarmsArgs.builder()
                .alarmNames(alarms.alarmNames())
                .enable(alarms.enabled())
                .rollback(alarms.enabled())
                .build()));
        registry.ifPresent(dns -> builder.serviceRegistries(
                ServiceServiceRegistriesArgs.builder().registryArn(dns.arn()).build()));
        return builder.build();
    }

    private static ServiceServiceConnectConfigurationServiceArgs connectEndpoint(ConnectedServiceArgs args, int port) {
        var service = args.service();
        var endpoint = ServiceServiceConnectConfigurationServiceArgs.builder()
                .portName(ConnectNames.portName(service.name()))
                .discoveryName(ConnectNames.discoveryName(service.name()))
                .clientAlias(ServiceServiceConnectConfigurationServiceClientAliasArgs.builder()
                        .dnsName(ConnectNames.dnsName(service.name(), args.home().namespaceName()))
                        .port(port)
                        .build());
        var serviceConnect = args.home().proxyReserve();
        if (service.tls(serviceConnect)) {
            var tls = serviceConnect.tls().orElseThrow();
            var role = args.home().tlsRole().orElseThrow();
            var settings = ServiceServiceConnectConfigurationServiceTlsArgs.builder()
                    .issuerCertAuthority(ServiceServiceConnectConfigurationServiceTlsIssuerCertAuthorityArgs.builder()
                            .awsPcaAuthorityArn(tls.certificateAuthorityArn())
                            .build())
                    .roleArn(role.arn());
            tls.kmsKeyArn().ifPresent(settings::kmsKey);
            endpoint.tls(settings.build());
            // With TLS the proxy expects TLS on the port it listens on. Moving it off the app's port keeps that port
            // the application's own, so the load balancer and standalone servers (no proxy of theirs) still reach
            // the app in plain text there; other services' proxies reach this one on the override port (ECS API
            // reference, ServiceConnectService.ingressPortOverride).
            endpoint.ingressPortOverride(service.proxyPort(serviceConnect).orElseThrow());
        }
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

    /**
     * What, when it changes, must restart this service's tasks so their proxy sees the right endpoints: the set of
     * callees, each callee's address and protocol (a new port or protocol is a new endpoint), and the id of each
     * callee created first (a replaced callee is a new one).
     */
    private static Output<Map<String, String>> triggers(ConnectedServiceArgs args) {
        var calls = args.callees().stream().map(CalleeLink::name).sorted().collect(Collectors.joining(","));
        var linked = args.callees().stream().filter(c -> c.service().isPresent()).toList();
        var ids = linked.stream().map(c -> c.service().get().id()).toList();
        return Output.all(ids).applyValue(values -> {
            var triggers = new LinkedHashMap<String, String>();
            triggers.put("calls", calls);
            args.callees().forEach(callee -> triggers.put("endpoint-" + callee.name(), callee.endpoint()));
            for (int i = 0; i < linked.size(); i++) {
                triggers.put("callee-" + linked.get(i).name(), values.get(i));
            }
            return triggers;
        });
    }

    private static CustomResourceOptions.Builder options(ComponentResource parent, ConnectedServiceArgs args) {
        var options = CustomResourceOptions.builder().parent(parent);
        var first = new ArrayList<Resource>();
        first.add(args.home().clusterReady());
        args.callees().forEach(callee -> callee.service().ifPresent(first::add));
        // ECS refuses a target group that no listener rule attaches to a load balancer yet.
        args.loadBalancer().ifPresent(attachment -> first.add(attachment.rule()));
        // ECS assumes the TLS role when the service starts: it carries its policy first.
        if (args.service().tls(args.home().proxyReserve())) {
            args.home().tlsRole().ifPresent(role -> first.addAll(role.permissions()));
        }
        // ECS refers to its deployment alarms by name: they exist before the service does.
        args.deploymentAlarms().ifPresent(alarms -> first.addAll(alarms.alarms()));
        options.dependsOn(first);
        if (args.service().autoscaling().isPresent()) {
            // Autoscaling owns the count once the service exists.
            options.ignoreChanges("desiredCount");
        }
        return options;
    }
}
