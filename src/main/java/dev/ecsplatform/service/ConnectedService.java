package dev.ecsplatform.service;

import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.ecs.Service;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import java.util.Map;
import java.util.Optional;

/**
 * One backend service on Fargate, connected to the others through Service Connect: its log groups,
 * roles, task definition, ECS service, optional DNS records for standalone callers, and autoscaling.
 */
public final class ConnectedService extends ComponentResource {

    public static final String TYPE = "ecs-platform:service:ConnectedService";

    private final Service ecsService;

    public ConnectedService(String name, ConnectedServiceArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var names = args.stack().names();
        var serviceName = args.service().name();

        var appLogGroup = names.path("services/" + serviceName + "/app");
        var appLogs = logGroup(name + "-app-logs", appLogGroup, args);
        var proxyLogs = logGroup(name + "-proxy-logs", names.path("services/" + serviceName + "/service-connect"), args);
        var roles = ServiceRoles.create(this, name, args, appLogs, proxyLogs);
        var taskDefinition = ServiceTaskDefinition.create(this, name, args, appLogGroup, roles);
        Optional<com.pulumi.aws.servicediscovery.Service> registry = args.registerDns()
                ? Optional.of(DnsRegistration.create(this, name, args)) : Optional.empty();
        this.ecsService = EcsService.create(this, name, args, taskDefinition, proxyLogs, registry);
        args.service().autoscaling().ifPresent(scaling -> ServiceAutoscaling.create(this, name, args, ecsService, scaling));

        if (args.service().deployment().waitForSteadyState()) {
            // Only after waiting for a steady state does the service report the task definition it ended on; in a
            // real update the check then waits for ECS's verdict on the deployment (its bake time included).
            RolloutCheck.failOnRollback(serviceName, ecsService, taskDefinition, args.stack().rollouts());
        }
        registerOutputs(Map.of(
                "serviceName", ecsService.name(),
                "taskDefinitionArn", taskDefinition.arn()));
    }

    /** The ECS service, so that callers can be created after it. */
    public Service ecsService() {
        return ecsService;
    }

    private LogGroup logGroup(String resourceName, String groupName, ConnectedServiceArgs args) {
        return new LogGroup(resourceName, LogGroupArgs.builder()
                .name(groupName)
                .retentionInDays(args.home().logRetentionDays())
                .tags(args.stack().tags(resourceName))
                .build(), CustomResourceOptions.builder().parent(this).build());
    }
}
