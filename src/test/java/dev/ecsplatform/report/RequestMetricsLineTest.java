package dev.ecsplatform.report;

import dev.ecsplatform.plan.Topology;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The report says, per service, who measures its requests, and names the services that have no request metrics. */
class RequestMetricsLineTest {

    private static String line(String yaml, String service) {
        var topology = Topology.of(StackFiles.load(yaml));
        return ObservabilitySection.requestMetrics(topology.service(service).orElseThrow()).orElse("(none)");
    }

    private static final String HEAD = """
            config:
              aws:region: us-east-1
              ecs-platform:namespace: lab.internal
              ecs-platform:protect: false
              ecs-platform:services:
            """;
    private static final String IMAGE = "image: \"123456789012.dkr.ecr.us-east-1.amazonaws.com/x:1.0.0\"";

    @Test
    void aServiceOnlyStandaloneServersCallHasNone() {
        var yaml = HEAD + "    web: {" + IMAGE + ", port: 8080}\n"
                + "  ecs-platform:externalClients:\n    erp: {cidrs: [10.0.0.0/24], calls: [web]}\n";
        assertThat(line(yaml, "web")).isEqualTo("Request metrics: **none**: no ECS service and no load balancer calls "
                + "it, only standalone servers (erp), which have no Service Connect proxy; so no 5xx or latency alarm.");
    }

    @Test
    void callersProxiesMeasureAndStandaloneServersAreNamedAsNotMeasured() {
        var yaml = HEAD + "    web: {" + IMAGE + ", port: 8080}\n    grpc: {" + IMAGE + ", port: 9000, protocol: grpc}\n"
                + "    worker: {" + IMAGE + ", calls: [web, grpc]}\n"
                + "  ecs-platform:externalClients:\n    erp: {cidrs: [10.0.0.0/24], calls: [web]}\n";
        assertThat(line(yaml, "web")).isEqualTo("Request metrics: 5xx and response time, measured by the proxies of "
                + "worker; not measured: standalone erp.");
        assertThat(line(yaml, "grpc")).isEqualTo("Request metrics: response time, measured by the proxies of worker.");
        assertThat(line(yaml, "worker")).isEqualTo("(none)");
    }

    @Test
    void aPublicServiceWithoutEcsCallersIsMeasuredByTheLoadBalancerAndTcpByConnectionsOnly() {
        var topology = Topology.of(StackFiles.config("prod"));
        assertThat(ObservabilitySection.requestMetrics(topology.service("api").orElseThrow()))
                .hasValue("Request metrics: 5xx and response time, measured by the load balancer.");
        assertThat(ObservabilitySection.requestMetrics(topology.service("cache").orElseThrow()))
                .hasValue("Request metrics: none (tcp: Service Connect publishes connection and byte counts only).");
    }
}
