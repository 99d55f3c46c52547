package dev.ecsplatform.observability;

import dev.ecsplatform.config.ConfigLoader;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Joined logs: one query per service over its two log groups, and the environment's within 50 log groups each. */
class SavedQueriesTest {

    @Test
    void everyServiceHasAQueryOverItsAppAndProxyLogs() {
        var queries = SavedQueries.plan(Fixtures.names("dev"), new TreeSet<>(StackFiles.config("dev").services().keySet()));
        assertThat(queries).extracting(SavedQuery::name).containsExactly(
                "ecs-platform/dev/services/api", "ecs-platform/dev/services/cache", "ecs-platform/dev/services/catalog",
                "ecs-platform/dev/services/inventory", "ecs-platform/dev/services/notifier",
                "ecs-platform/dev/services/orders", "ecs-platform/dev/all services");
        assertThat(queries.get(5)).isEqualTo(new SavedQuery("ecs-platform-dev-orders-logs-query",
                "ecs-platform/dev/services/orders", List.of("orders"),
                List.of("/ecs-platform/dev/services/orders/app", "/ecs-platform/dev/services/orders/service-connect"),
                SavedQueries.query()));
        assertThat(queries.get(6).logicalName()).isEqualTo("ecs-platform-dev-logs-query");
        assertThat(queries.get(6).logGroups()).hasSize(12);
    }

    @Test
    void theQueryReadsTheProxysLinesByLevelAndTheAppsByErrorWordsNewestFirst() {
        // The proxy log group holds Envoy's and the agent's own lines ([date][pid][level][logger] …), not requests.
        assertThat(SavedQueries.query()).isEqualTo("""
                fields @timestamp, @message, @logStream
                | parse @log "*/services/*/*" as logGroupPrefix, service, source
                | parse @message /^\\[[^\\]]*\\]\\[\\d+\\]\\[(?<proxyLevel>[a-z]+)\\]/
                | filter (source = "service-connect" and proxyLevel in ["warning", "error", "critical"]) or (source != "service-connect" and @message like /(?i)(error|exception|fatal|panic|timed? ?out|refused|unavailable)/)
                | display @timestamp, service, source, proxyLevel, @message, @logStream
                | sort @timestamp desc
                | limit 1000""");
    }

    @Test
    void theProxyLevelPatternMatchesTheLinesTheServiceConnectContainerWrites() {
        // Envoy's default format and the agent's formatter (aws/amazon-ecs-service-connect-agent).
        var pattern = java.util.regex.Pattern.compile(SavedQueries.PROXY_LEVEL.substring(1,
                SavedQueries.PROXY_LEVEL.length() - 1));
        var envoy = pattern.matcher("[2021-10-20 16:25:59.915][72][warning][upstream] [source/common/upstream/"
                + "cluster_manager_impl.cc:1234] connection failure");
        assertThat(envoy.find()).isTrue();
        assertThat(envoy.group("proxyLevel")).isEqualTo("warning");
        var agent = pattern.matcher("[2024-01-02 03:04:05.678][7][error] [AppNet Agent] Envoy process exited");
        assertThat(agent.find()).isTrue();
        assertThat(agent.group("proxyLevel")).isEqualTo("error");
        assertThat(pattern.matcher("GET /orders 200 12ms").find()).isFalse();
    }

    @Test
    void aLargeEnvironmentsQueryIsSplitIntoPartsOfAtMostFiftyLogGroups() {
        var services = new TreeSet<String>();
        for (int i = 0; i < 60; i++) {
            services.add("s" + i);
        }
        var queries = SavedQueries.plan(Fixtures.names("big"), services);
        var environment = queries.subList(60, queries.size());
        assertThat(environment).extracting(SavedQuery::name).containsExactly("ecs-platform/big/all services (1 of 3)",
                "ecs-platform/big/all services (2 of 3)", "ecs-platform/big/all services (3 of 3)");
        assertThat(environment).extracting(SavedQuery::logicalName).containsExactly("ecs-platform-big-logs-query",
                "ecs-platform-big-logs-query-2", "ecs-platform-big-logs-query-3");
        var all = new ArrayList<String>();
        environment.forEach(q -> {
            assertThat(q.logGroups()).hasSizeLessThanOrEqualTo(SavedQueries.MAX_LOG_GROUPS);
            all.addAll(q.logGroups());
        });
        assertThat(all).hasSize(120).doesNotHaveDuplicates();
        assertThat(ConfigLoader.KEYS).contains("observability");
    }

    @Test
    void noServicesNoQueries() {
        assertThat(SavedQueries.plan(Fixtures.names("empty"), new TreeSet<>())).isEmpty();
    }
}
