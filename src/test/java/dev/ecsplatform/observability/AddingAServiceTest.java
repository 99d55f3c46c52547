package dev.ecsplatform.observability;

import dev.ecsplatform.plan.PlannedResource;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A new service adds its own alarms, graphs and queries, and renames nothing that exists. */
class AddingAServiceTest {

    @Test
    void aNewServiceAddsItsAlarmsAndRenamesNothingElse() throws IOException {
        var before = StackFiles.plan("prod");
        var yaml = Files.readString(StackFiles.path("prod")).replace("  ecs-platform:externalClients:\n", """
                    billing:                           # added by this test
                      image: ghcr.io/stefanprodan/podinfo:6.7.1
                      port: 8080
                      calls: [orders]
                  ecs-platform:externalClients:
                """);
        assertThat(yaml).contains("billing:");
        var after = StackFiles.planYaml("prod", yaml);

        var beforeUrns = before.resources().stream().map(PlannedResource::urn).collect(Collectors.toSet());
        var afterUrns = after.resources().stream().map(PlannedResource::urn).collect(Collectors.toSet());
        assertThat(afterUrns).containsAll(beforeUrns);
        var added = new HashSet<>(afterUrns);
        added.removeAll(beforeUrns);
        assertThat(added).isNotEmpty().allMatch(urn -> urn.contains("billing"), "names the new service");
        // Nothing calls billing yet, so no proxy measures its requests: no 5xx or latency alarm of its own.
        assertThat(added).contains(alarmUrn("billing-tasks-below-desired"), alarmUrn("billing-cpu-high"),
                alarmUrn("billing-memory-high"));
        assertThat(added).doesNotContain(alarmUrn("billing-5xx-rate"), alarmUrn("billing-p99-latency"));

        // billing is a new caller of orders: orders' request alarms gain billing's outbound line, in place (same
        // name and URN); every other alarm keeps its inputs.
        var alarmType = "aws:cloudwatch/metricAlarm:MetricAlarm";
        for (var alarm : before.ofType(alarmType)) {
            var now = after.get(alarm.type(), alarm.name());
            if (alarm.name().equals("ecs-platform-prod-orders-5xx-rate")
                    || alarm.name().equals("ecs-platform-prod-orders-p99-latency")) {
                assertThat(now.inputs()).isNotEqualTo(alarm.inputs());
                assertThat(now.inputString("name")).isEqualTo(alarm.inputString("name"));
                assertThat(now.input("metricQueries").toString()).contains("ServiceName=billing")
                        .contains("TargetDiscoveryName=orders-sc");
            } else {
                assertThat(now.inputs()).as(alarm.name()).isEqualTo(alarm.inputs());
            }
        }
        var dashboard = after.get("aws:cloudwatch/dashboard:Dashboard", "ecs-platform-prod-views-dashboard");
        assertThat(dashboard.inputString("dashboardBody")).contains("billing → orders");
        assertThat(after.get("aws:cloudwatch/queryDefinition:QueryDefinition", "ecs-platform-prod-logs-query")
                .inputString("logGroupNames")).contains("/ecs-platform/prod/services/billing/app");
    }

    private static String alarmUrn(String name) {
        return "urn:pulumi:prod::ecs-platform::pulumi:pulumi:Stack$ecs-platform:observability:Alerting"
                + "$aws:cloudwatch/metricAlarm:MetricAlarm::ecs-platform-prod-" + name;
    }
}
