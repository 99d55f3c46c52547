package dev.ecsplatform.findings;

import dev.ecsplatform.config.AcceptedFinding;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StackFindingsTest {

    @Test
    void prodHasNoFindingsAtAll() {
        var report = Checks.run(StackFiles.plan("prod"), StackFiles.config("prod").acceptedFindings());
        assertThat(report.findings()).isEmpty();
        assertThat(report.passes()).isTrue();
        assertThat(StackFiles.config("prod").acceptedFindings()).isEmpty();
    }

    @Test
    void devPassesWithItsTwoExplicitAcceptancesAndAdvisories() {
        var report = Checks.run(StackFiles.plan("dev"), StackFiles.config("dev").acceptedFindings());
        assertThat(report.passes()).isTrue();
        assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.MANDATORY)
                .extracting(Finding::control, Finding::resource, f -> f.accepted().orElse(""))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ECS.5", "ecs-platform-dev-api-task",
                                "ECS Exec (exec, for debugging in dev) does not support a read-only root filesystem, so api's is writable"),
                        org.assertj.core.groups.Tuple.tuple("ELB.1", "ecs-platform-dev-http",
                                "dev has no domain or certificate, so its test API is served over plain HTTP on purpose (allowPlainHttp)"));
        assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.ADVISORY).extracting(Finding::control)
                .containsOnly("CloudWatch.16", "ELB.6");
        assertThat(report.unused()).isEmpty();
    }

    @Test
    void withoutItsAcceptanceDevIsBlockedAndAStaleAcceptanceIsReported() {
        var plan = StackFiles.plan("dev");
        var blocked = Checks.run(plan, List.of());
        assertThat(blocked.blocking()).extracting(Finding::control).containsExactly("ECS.5", "ELB.1");
        assertThat(blocked.blockingMessage("dev")).isEqualTo("""
                The plan for stack dev breaks 2 mandatory controls; nothing was created:
                  - ECS.5 ecs-platform-dev-api-task: container app can write to its root filesystem; set readonlyRootFilesystem (writable /tmp is mounted for you)
                  - ELB.1 ecs-platform-dev-http: the HTTP listener serves requests instead of redirecting them to HTTPS
                Fix the configuration, or accept a finding on purpose under ecs-platform:acceptedFindings.<control> with a reason.""");
        var stale = new AcceptedFinding("ECS.5", "no longer needed here", List.of());
        assertThat(Checks.run(StackFiles.plan("prod"), List.of(stale)).unused())
                .containsExactly(new StaleAcceptance("ECS.5", java.util.Optional.empty(), List.of()));
    }

    @Test
    void aStaleAcceptanceNamesTheResourceItNoLongerMatches() {
        var plan = StackFiles.plan("dev");
        var elb = new AcceptedFinding("ELB.1", "dev serves plain HTTP on purpose", List.of("ecs-platform-dev-http"));
        var renamed = new AcceptedFinding("ECS.5", "exec needs a writable root filesystem",
                List.of("ecs-platform-dev-api-task", "ecs-platform-dev-old-task"));
        var report = Checks.run(plan, List.of(elb, renamed));
        assertThat(report.passes()).isTrue();
        assertThat(report.unused()).containsExactly(
                new StaleAcceptance("ECS.5", java.util.Optional.of("ecs-platform-dev-old-task"), List.of()));
        assertThat(report.unused().get(0).describe()).isEqualTo("acceptance of ECS.5 for ecs-platform-dev-old-task "
                + "matches no ECS.5 finding on ecs-platform-dev-old-task any more; remove ecs-platform-dev-old-task from it");
    }

    @Test
    void aStaleAcceptanceIsNotShownAsTheCauseWhenTheSameControlBlocksElsewhere() {
        var plan = StackFiles.plan("dev");
        var elb = new AcceptedFinding("ELB.1", "dev serves plain HTTP on purpose", List.of("ecs-platform-dev-http"));
        var old = new AcceptedFinding("ECS.5", "exec needs a writable root filesystem", List.of("ecs-platform-dev-old-task"));
        var report = Checks.run(plan, List.of(elb, old));
        assertThat(report.blocking()).extracting(Finding::control, Finding::resource)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ECS.5", "ecs-platform-dev-api-task"));
        assertThat(report.blockingMessage("dev")).doesNotContain("old-task");
        assertThat(report.unused()).containsExactly(new StaleAcceptance("ECS.5",
                java.util.Optional.of("ecs-platform-dev-old-task"), List.of("ecs-platform-dev-api-task")));
        assertThat(report.unused().get(0).describe()).endsWith("(not the cause of what blocks: ECS.5 blocks on "
                + "ecs-platform-dev-api-task, which no acceptance names)");
    }

    @Test
    void anAcceptanceLimitedToResourcesCoversOnlyThose() {
        var plan = StackFiles.plan("dev");
        var elsewhere = new AcceptedFinding("ELB.1", "accepted for another listener only", List.of("some-other-listener"));
        assertThat(Checks.run(plan, List.of(elsewhere)).passes()).isFalse();
    }
}
