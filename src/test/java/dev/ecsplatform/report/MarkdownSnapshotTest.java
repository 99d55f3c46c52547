package dev.ecsplatform.report;

import dev.ecsplatform.findings.Checks;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Markdown report of each stack equals its reviewed snapshot in src/test/resources/snapshots.
 * After a deliberate change, regenerate with {@code ./mvnw -q test -Dtest=MarkdownSnapshotTest
 * -Dsnapshots.update=true} and review the diff like code.
 */
class MarkdownSnapshotTest {

    private static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void reportMatchesItsSnapshot(String stack) throws IOException {
        var report = new PlanReport(StackFiles.config(stack), StackFiles.plan(stack),
                Checks.run(StackFiles.plan(stack), StackFiles.config(stack).acceptedFindings()));
        var markdown = MarkdownReport.render(report);
        var snapshot = SNAPSHOTS.resolve("plan-" + stack + ".md");
        if (Boolean.getBoolean("snapshots.update")) {
            Files.writeString(snapshot, markdown);
        }
        assertThat(snapshot).as("snapshot %s (create it with -Dsnapshots.update=true)", snapshot).exists();
        assertThat(markdown).isEqualTo(Files.readString(snapshot));
    }
}
