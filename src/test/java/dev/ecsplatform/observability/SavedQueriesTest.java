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
    void theQueryPutsAppErrorsAndFailedProxyCallsSideBySideNewestFirst() {
        assertThat(SavedQueries.query()).isEqualTo("""
                fields @timestamp, @message, @logStream
                | parse @log "*/services/*/*" as logGroupPrefix, service, source
                | filter @message like /(?i)(error|exception|fatal|panic|timed? ?out|refused|reset|unavailable|upstream|no healthy|\\s5\\d\\d\\s)/
                | display @timestamp, service, source, @message, @logStream
                | sort @timestamp desc
                | limit 1000""");
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
