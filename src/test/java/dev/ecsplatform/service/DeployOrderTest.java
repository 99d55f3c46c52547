package dev.ecsplatform.service;

import dev.ecsplatform.plan.Plan;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Service Connect tasks see only the endpoints that existed when they started: callees are created
 * first (where the graph allows), and a change in what a client calls redeploys it.
 */
class DeployOrderTest {

    private static final String CAPACITY = "urn:pulumi:dev::ecs-platform::pulumi:pulumi:Stack$ecs-platform:cluster:PlatformCluster"
            + "$aws:ecs/clusterCapacityProviders:ClusterCapacityProviders::ecs-platform-dev-capacity-providers";
    private static final String RULE = "urn:pulumi:dev::ecs-platform::pulumi:pulumi:Stack$ecs-platform:ingress:PublicEntry"
            + "$aws:lb/listenerRule:ListenerRule::ecs-platform-dev-api-rule";

    private static String urn(String stack, String service) {
        return "urn:pulumi:" + stack + "::ecs-platform::pulumi:pulumi:Stack$ecs-platform:service:ConnectedService"
                + "$aws:ecs/service:Service::ecs-platform-" + stack + "-" + service + "-service";
    }

    /** A deployment alarm: the service is created after it, so ECS never names a missing alarm. */
    private static String alarm(String stack, String service, String kind) {
        return "urn:pulumi:" + stack + "::ecs-platform::pulumi:pulumi:Stack$ecs-platform:observability:Alerting"
                + "$aws:cloudwatch/metricAlarm:MetricAlarm::ecs-platform-" + stack + "-" + service + "-" + kind;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> triggers(Plan plan, String stack, String service) {
        return (Map<String, Object>) plan.get("aws:ecs/service:Service", "ecs-platform-" + stack + "-" + service + "-service").input("triggers");
    }

    @Test
    void clientsDependOnTheServicesTheyCallExceptInsideACycle() {
        var plan = StackFiles.plan("dev");
        // api is public: it also waits for its listener rule, without which ECS refuses the target group.
        assertThat(plan.get("aws:ecs/service:Service", "ecs-platform-dev-api-service").dependsOn())
                .containsExactly(CAPACITY, RULE, alarm("dev", "api", "5xx-rate"), alarm("dev", "api", "p99-latency"),
                        urn("dev", "catalog"), urn("dev", "orders"));
        // orders and inventory call each other: neither can wait for the other; orders still waits for cache.
        assertThat(plan.get("aws:ecs/service:Service", "ecs-platform-dev-orders-service").dependsOn())
                .containsExactly(CAPACITY, alarm("dev", "orders", "5xx-rate"), alarm("dev", "orders", "p99-latency"),
                        urn("dev", "cache"));
        // Every service waits for the cluster's capacity providers: ECS refuses a strategy naming an unassociated one.
        // gRPC: latency is its only deployment alarm; tcp (cache) has none: Service Connect reports no request metrics.
        assertThat(plan.get("aws:ecs/service:Service", "ecs-platform-dev-inventory-service").dependsOn())
                .containsExactly(CAPACITY, alarm("dev", "inventory", "p99-latency"));
        assertThat(plan.get("aws:ecs/service:Service", "ecs-platform-dev-cache-service").dependsOn()).containsExactly(CAPACITY);
    }

    @Test
    void triggersNameTheCalleesTheirEndpointsAndTheIdsOfThoseCreatedFirst() {
        var plan = StackFiles.plan("dev");
        assertThat(triggers(plan, "dev", "api")).isEqualTo(Map.of(
                "calls", "catalog,orders",
                "endpoint-catalog", "catalog.dev.internal:8080 http",
                "endpoint-orders", "orders.dev.internal:8080 http",
                "callee-catalog", "ecs-platform-dev-catalog-service",
                "callee-orders", "ecs-platform-dev-orders-service"));
        // Inside the orders-inventory cycle there is no id to wait for, but the endpoint is still known.
        assertThat(triggers(plan, "dev", "orders")).isEqualTo(Map.of(
                "calls", "cache,inventory",
                "endpoint-cache", "cache.dev.internal:6379 tcp",
                "endpoint-inventory", "inventory.dev.internal:9999 grpc",
                "callee-cache", "ecs-platform-dev-cache-service"));
        assertThat(triggers(plan, "dev", "cache")).isEqualTo(Map.of("calls", ""));
        assertThat(plan.get("aws:ecs/service:Service", "ecs-platform-dev-api-service").inputs())
                .containsEntry("forceNewDeployment", true);
    }

    @Test
    void addingACalleeChangesTheClientsTriggersAndNothingElseOfIt() throws IOException {
        var before = StackFiles.plan("dev");
        var yaml = Files.readString(StackFiles.path("dev")).replace(
                "      desiredCount: 1\n      calls: [catalog, orders]\n", "      desiredCount: 1\n      calls: [cache, catalog, orders]\n");
        assertThat(yaml).contains("calls: [cache, catalog, orders]");
        // Only api's line: the saleor client calls the same services.
        assertThat(yaml).contains("    saleor:").contains("      calls: [catalog, orders]\n");
        var after = StackFiles.planYaml("dev", yaml);

        assertThat(triggers(after, "dev", "api")).isEqualTo(Map.of(
                "calls", "cache,catalog,orders",
                "endpoint-cache", "cache.dev.internal:6379 tcp",
                "endpoint-catalog", "catalog.dev.internal:8080 http",
                "endpoint-orders", "orders.dev.internal:8080 http",
                "callee-cache", "ecs-platform-dev-cache-service",
                "callee-catalog", "ecs-platform-dev-catalog-service",
                "callee-orders", "ecs-platform-dev-orders-service"));
        var apiBefore = new java.util.HashMap<>(before.get("aws:ecs/service:Service", "ecs-platform-dev-api-service").inputs());
        var apiAfter = new java.util.HashMap<>(after.get("aws:ecs/service:Service", "ecs-platform-dev-api-service").inputs());
        apiBefore.remove("triggers");
        apiAfter.remove("triggers");
        assertThat(apiAfter).isEqualTo(apiBefore);
        // The other clients are untouched.
        assertThat(triggers(after, "dev", "notifier")).isEqualTo(triggers(before, "dev", "notifier"));
        assertThat(after.get("aws:ecs/service:Service", "ecs-platform-dev-api-service").dependsOn())
                .containsExactly(CAPACITY, RULE, alarm("dev", "api", "5xx-rate"), alarm("dev", "api", "p99-latency"),
                        urn("dev", "cache"), urn("dev", "catalog"), urn("dev", "orders"));
        // ... and the firewall follows: api may now reach cache, and cache admits api.
        assertThat(after.named("ecs-platform-dev-api.to.cache")).isPresent();
        assertThat(after.named("ecs-platform-dev-cache.from.api")).isPresent();
        assertThat(before.named("ecs-platform-dev-cache.from.api")).isEmpty();
    }

    @Test
    void aCalleesNewPortOrProtocolRedeploysItsCallersOnly() throws IOException {
        var before = StackFiles.plan("dev");
        var dev = Files.readString(StackFiles.path("dev"));
        var newPort = dev.replace("      port: 6379\n", "      port: 6380\n");
        var newProtocol = dev.replace("      port: 9999\n      protocol: grpc\n", "      port: 9999\n      protocol: http2\n");
        assertThat(newPort).isNotEqualTo(dev);
        assertThat(newProtocol).isNotEqualTo(dev);

        var portChanged = StackFiles.planYaml("dev", newPort);
        // orders and catalog call cache; their proxies must learn the new port, so their triggers change.
        assertThat(triggers(portChanged, "dev", "orders")).containsEntry("endpoint-cache", "cache.dev.internal:6380 tcp");
        assertThat(triggers(portChanged, "dev", "catalog")).containsEntry("endpoint-cache", "cache.dev.internal:6380 tcp");
        assertThat(triggers(portChanged, "dev", "api")).isEqualTo(triggers(before, "dev", "api"));

        var protocolChanged = StackFiles.planYaml("dev", newProtocol);
        assertThat(triggers(protocolChanged, "dev", "orders"))
                .containsEntry("endpoint-inventory", "inventory.dev.internal:9999 http2");
        assertThat(triggers(protocolChanged, "dev", "catalog"))
                .containsEntry("endpoint-inventory", "inventory.dev.internal:9999 http2");
        assertThat(triggers(protocolChanged, "dev", "notifier")).isEqualTo(triggers(before, "dev", "notifier"));
    }

    @Test
    void thePlanReportsCyclesAndTheCreationOrder() {
        var topology = StackFiles.plan("prod").topology();
        assertThat(topology.cycles()).extracting(List::copyOf).containsExactly(List.of("inventory", "orders"));
        assertThat(topology.creationOrder()).containsExactly("cache", "inventory", "orders", "catalog", "api", "notifier");
    }
}
