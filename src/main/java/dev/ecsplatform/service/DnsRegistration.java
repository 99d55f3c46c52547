package dev.ecsplatform.service;

import com.pulumi.aws.servicediscovery.Service;
import com.pulumi.aws.servicediscovery.ServiceArgs;
import com.pulumi.aws.servicediscovery.inputs.ServiceDnsConfigArgs;
import com.pulumi.aws.servicediscovery.inputs.ServiceDnsConfigDnsRecordArgs;
import com.pulumi.aws.servicediscovery.inputs.ServiceHealthCheckCustomConfigArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import dev.ecsplatform.aws.ConnectNames;

/**
 * DNS A records of a service's tasks in the private namespace, for standalone servers in the VPC, which
 * cannot resolve Service Connect names. ECS registers each task in the Cloud Map service.
 */
final class DnsRegistration {

    private static final int DNS_TTL_SECONDS = 10;

    private DnsRegistration() {
    }

    static Service create(ComponentResource parent, String name, ConnectedServiceArgs args) {
        var serviceName = args.service().name();
        return new Service(name + "-dns", ServiceArgs.builder()
                .name(ConnectNames.dnsRegistrationName(serviceName))
                .description("A records of " + serviceName + "'s tasks, for standalone servers in the VPC")
                .dnsConfig(ServiceDnsConfigArgs.builder()
                        .namespaceId(args.home().namespaceId())
                        .routingPolicy("MULTIVALUE")
                        .dnsRecords(ServiceDnsConfigDnsRecordArgs.builder().type("A").ttl(DNS_TTL_SECONDS).build())
                        .build())
                // ECS reports task health to Cloud Map, so only healthy tasks are answered.
                .healthCheckCustomConfig(ServiceHealthCheckCustomConfigArgs.builder().failureThreshold(1).build())
                // Tasks are still registered when the last standalone caller goes away (or on destroy): Cloud Map
                // refuses to delete a service with instances, so deregister them first.
                .forceDestroy(true)
                .tags(args.stack().tags(name + "-dns"))
                .build(), CustomResourceOptions.builder().parent(parent).build());
    }
}
