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
 * The text report of each stack (what {@code plan <stack>} prints, alarms per service included) equals its reviewed
 * snapshot in src/test/resources/snapshots. After a deliberate change, regenerate with {@code ./mvnw -q test
 * -Dtest=TextSnapshotTest -Dsnapshots.update=true} and review the diff like code.
 */
class TextSnapshotTest {

    private static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void reportMatchesItsSnapshot(String stack) throws IOException {
        var report = new PlanReport(StackFiles.config(stack), StackFiles.plan(stack),
                Checks.run(StackFiles.plan(stack), StackFiles.config(stack).acceptedFindings()));
        var text = TextPlanRenderer.render(report);
        var snapshot = SNAPSHOTS.resolve("plan-" + stack + ".txt");
        if (Boolean.getBoolean("snapshots.update")) {
            Files.writeString(snapshot, text);
        }
        assertThat(snapshot).as("snapshot %s (create it with -Dsnapshots.update=true)", snapshot).exists();
        assertThat(text).isEqualTo(Files.readString(snapshot));
    }
}
