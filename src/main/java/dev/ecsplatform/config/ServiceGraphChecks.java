package dev.ecsplatform.config;

import dev.ecsplatform.aws.ConnectNames;
import dev.ecsplatform.aws.ImageReference;
import dev.ecsplatform.configkit.ConfigNode;
import dev.ecsplatform.configkit.DidYouMean;

import java.util.HashMap;

import java.util.Map;
import java.util.SortedMap;

/** Rules that look across services and clients: who calls whom, name collisions, registries without NAT. */
final class ServiceGraphChecks {

    private ServiceGraphChecks() {
    }

    static void check(SortedMap<String, ServiceSettings> services, Map<String, ConfigNode> serviceNodes,
                      SortedMap<String, ExternalClientSettings> clients, Map<String, ConfigNode> clientNodes,
                      String namespace, String region, NatGateways nat) {
        // Which service owns each Service Connect discovery name: built once for every service's check.
        var discoveryOwners = new HashMap<String, String>();
        for (var service : services.values()) {
            if (!service.isClientOnly()) {
                discoveryOwners.put(ConnectNames.discoveryName(service.name()), service.name());
            }
        }
        for (var service : services.values()) {
            var node = serviceNodes.get(service.name());
            checkCalls(node.field("calls"), services);
            checkNames(service, node, discoveryOwners, namespace);
            if (nat == NatGateways.NONE) {
                ImageReference.parse(service.image()).filter(image -> !image.isPrivateEcrIn(region)).ifPresent(image ->
                        node.field("image").problem("an image in this account's ECR in " + region
                                + " (e.g. through a pull-through cache): natGateways is none, so tasks cannot reach "
                                + image.registry()));
            }
        }
        for (var client : clients.values()) {
            checkCalls(clientNodes.get(client.name()).field("calls"), services);
        }
    }

    private static void checkCalls(ConfigNode callsNode, SortedMap<String, ServiceSettings> services) {
        var items = callsNode.items("a list of service names");
        for (var item : items) {
            var callee = item.string("a service name").orElse(null);
            if (callee == null) {
                continue;
            }
            var target = services.get(callee);
            if (target == null) {
                item.problem("the name of a service in ecs-platform:services (" + String.join(", ", services.keySet()) + ")",
                        DidYouMean.hint(callee, services.keySet()));
            } else if (target.isClientOnly()) {
                item.problem("a service with a port: " + callee + " is client-only, so nothing can call it");
            }
        }
    }

    /** Discovery names and (dnsName, port) pairs must be unique in the namespace; DNS names have a length limit. */
    private static void checkNames(ServiceSettings service, ConfigNode node, Map<String, String> discoveryOwners,
                                   String namespace) {
        var clash = discoveryOwners.get(ConnectNames.dnsRegistrationName(service.name()));
        if (clash != null && !clash.equals(service.name())) {
            node.problems().add(node.path(), "the name " + ConfigNode.quote(service.name()),
                    "a name that is not the Service Connect discovery name of service " + clash
                            + " (" + clash + ConnectNames.DISCOVERY_SUFFIX + "); rename one of them");
        }
        var dnsName = ConnectNames.dnsName(service.name(), namespace);
        if (!service.isClientOnly() && dnsName.length() > ConnectNames.MAX_DNS_NAME) {
            node.problems().add(node.path(), "the DNS name " + ConfigNode.quote(dnsName),
                    "at most " + ConnectNames.MAX_DNS_NAME + " characters for <service>.<namespace> (a Service Connect limit)");
        }
    }

}
