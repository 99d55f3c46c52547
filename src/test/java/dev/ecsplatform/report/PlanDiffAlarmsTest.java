package dev.ecsplatform.report;

import dev.ecsplatform.findings.Checks;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Promoting dev to prod shows each service's alarm thresholds and who is notified, side by side. */
class PlanDiffAlarmsTest {

    private static PlanReport report(String stack) {
        return new PlanReport(StackFiles.config(stack), StackFiles.plan(stack),
                Checks.run(StackFiles.plan(stack), StackFiles.config(stack).acceptedFindings()));
    }

    @Test
    void alarmsAndSubscribersDifferBetweenDevAndProd() {
        var rows = PlanDiff.of(report("dev"), report("prod"));
        assertThat(rows).contains(
                new PlanDiff.Row("service inventory", "alarms", "p99 > 2000 ms, tasks short 10 min, CPU > 90%, memory > 90%",
                        "p99 > 500 ms, tasks short 5 min, CPU > 85%, memory > 85%"),
                new PlanDiff.Row("service notifier", "alarms", "off", "tasks short 5 min, CPU > 85%, memory > 85%"),
                new PlanDiff.Row("observability", "alarm subscribers", "email platform-dev-alerts@example.com",
                        "email platform-oncall@example.com, https https://events.pagerduty.com/integration/"
                                + "0123456789abcdef0123456789abcdef/enqueue"));
    }

    @Test
    void anExistingVpcIsShownAsSuchNotAsTheDefaultBlock() {
        var rows = PlanDiff.of(report("prod"), report("shared-vpc"));
        assertThat(rows).contains(
                new PlanDiff.Row("network", "CIDR", "10.20.0.0/16", "existing vpc-0a1b2c3d4e5f60718"),
                new PlanDiff.Row("network", "flow logs", "ALL, 365 days", "the VPC owner's"));
    }
}
