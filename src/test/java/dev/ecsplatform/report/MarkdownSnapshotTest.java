package dev.ecsplatform.report;

import dev.ecsplatform.findings.Checks;
import dev.ecsplatform.testing.Snapshots;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Markdown report of each stack equals its reviewed snapshot in src/test/resources/snapshots.
 * After a deliberate change, regenerate with {@code ./mvnw -q test -Dtest=MarkdownSnapshotTest
 * -Dsnapshots.update=true} and review the diff like code.
 */
class MarkdownSnapshotTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod", "shared-vpc"})
    void reportMatchesItsSnapshot(String stack) {
        var report = new PlanReport(StackFiles.config(stack), StackFiles.plan(stack),
                Checks.run(StackFiles.plan(stack), StackFiles.config(stack).acceptedFindings()));
        Snapshots.assertMatches("plan-" + stack + ".md", MarkdownReport.render(report));
    }
}
