package dev.ecsplatform.findings;

import dev.ecsplatform.plan.Plan;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** OBS.1 and OBS.2 on variants of the real stacks: turning alarms or subscribers off is a visible, accepted choice. */
class ObservabilityFindingsTest {

    private static String prod() throws IOException {
        return Files.readString(StackFiles.path("prod"));
    }

    private static FindingsReport check(Plan plan, String yaml) {
        return Checks.run(plan, StackFiles.load(yaml).acceptedFindings());
    }

    @Test
    void aProdServiceWithoutAlarmsIsAnAdvisoryFindingUntilAccepted() throws IOException {
        var yaml = prod().replace("""
                      command: ["sh", "-c", "while true; do wget -q -O /dev/null http://orders.prod.internal:8080/healthz; sleep 60; done"]
                """, """
                      command: ["sh", "-c", "while true; do wget -q -O /dev/null http://orders.prod.internal:8080/healthz; sleep 60; done"]
                      alarms: {enabled: false}
                """);
        assertThat(yaml).contains("alarms: {enabled: false}");
        var plan = StackFiles.planYaml("prod", yaml);
        var report = check(plan, yaml);
        assertThat(report.passes()).isTrue();
        assertThat(report.findings()).extracting(Finding::control, Finding::resource, Finding::severity).containsExactly(
                tuple("OBS.1", "ecs-platform-prod-notifier-service", Severity.ADVISORY));
        assertThat(report.findings().get(0).message()).startsWith("notifier has no alarms in a protected environment");

        var accepted = yaml.replace("  ecs-platform:observability:\n", """
                  ecs-platform:acceptedFindings:
                    OBS.1:
                      reason: the notifier only polls; the orders alarms cover what it would see
                      resources: [ecs-platform-prod-notifier-service]
                  ecs-platform:observability:
                """);
        assertThat(check(plan, accepted).findings()).singleElement()
                .satisfies(f -> assertThat(f.accepted()).hasValue("the notifier only polls; the orders alarms cover what it would see"));
    }

    @Test
    void alarmsThatReachNobodyAreAnAdvisoryFinding() throws IOException {
        var yaml = prod().replaceAll("(?s)    subscribers:.*?enqueue\n", "    subscribers: none\n");
        assertThat(yaml).contains("subscribers: none");
        var plan = StackFiles.planYaml("prod", yaml);
        assertThat(plan.ofType("aws:sns/topicSubscription:TopicSubscription")).isEmpty();
        assertThat(check(plan, yaml).findings()).extracting(Finding::control, Finding::resource).containsExactly(
                tuple("OBS.2", "ecs-platform-prod-alerting-topic"));
    }

    @Test
    void withEveryAlarmOffAProtectedEnvironmentShowsEachServiceAndNeedsNoSubscriber() throws IOException {
        var yaml = prod().replaceAll("(?s)  ecs-platform:observability:.*?enqueue\n",
                "  ecs-platform:observability:\n    alarms: {enabled: false}\n");
        var plan = StackFiles.planYaml("prod", yaml);
        assertThat(plan.ofType("aws:cloudwatch/metricAlarm:MetricAlarm")).isEmpty();
        assertThat(plan.ofType("aws:sns/topic:Topic")).isEmpty();
        assertThat(plan.ofType("aws:kms/key:Key")).isEmpty();
        assertThat(plan.ofType("aws:cloudwatch/dashboard:Dashboard")).hasSize(1);
        assertThat(check(plan, yaml).findings()).extracting(Finding::control).containsOnly("OBS.1").hasSize(6);
    }

    @Test
    void anUnprotectedEnvironmentMayRunAServiceWithoutAlarms() {
        var report = Checks.run(StackFiles.plan("dev"), StackFiles.config("dev").acceptedFindings());
        assertThat(report.findings()).extracting(Finding::control).doesNotContain("OBS.1", "OBS.2");
        assertThat(StackFiles.config("dev").services().get("notifier").alarms().enabled()).isFalse();
        assertThat(List.of(StackFiles.plan("dev").ofType("aws:ecs/cluster:Cluster").get(0).protect())).containsExactly(false);
    }
}
