package dev.ecsplatform.startup;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.ecsplatform.startup.SourceFingerprintTest.MAIN;
import static dev.ecsplatform.startup.SourceFingerprintTest.NAMES;
import static dev.ecsplatform.startup.SourceFingerprintTest.write;
import static org.assertj.core.api.Assertions.assertThat;

class StaleJarGuardTest {

    @TempDir
    Path checkout;

    Path jar;

    @BeforeEach
    void build() throws IOException {
        SourceFingerprintTest.writeCheckout(checkout);
        jar = checkout.resolve("target/ecs-platform.jar");
    }

    @Test
    void aFreshBuildPasses() {
        assertThat(StaleJarGuard.check(jar, SourceFingerprint.of(checkout))).isEmpty();
    }

    @Test
    void anEditedSourceStopsTheRunWithOneLine() throws IOException {
        var built = SourceFingerprint.of(checkout);
        write(checkout, MAIN, "class Main { int edited; }\n");

        assertThat(StaleJarGuard.check(jar, built)).hasValue("ecs-platform.jar was built from other sources than "
                + "this checkout (src/main/java/dev/ecsplatform/Main.java changed); run ./mvnw -q -DskipTests package");
    }

    @Test
    void theMessageNamesTheFirstChangeAndCountsTheRest() {
        assertThat(StaleJarGuard.message("ecs-platform.jar", List.of("pom.xml changed", MAIN + " changed")))
                .isEqualTo("ecs-platform.jar was built from other sources than this checkout "
                        + "(pom.xml changed, and 1 more file); run ./mvnw -q -DskipTests package");
        assertThat(StaleJarGuard.message("ecs-platform.jar", List.of(MAIN + " changed", NAMES + " removed", "x added")))
                .isEqualTo("ecs-platform.jar was built from other sources than this checkout "
                        + "(" + MAIN + " changed, and 2 more files); run ./mvnw -q -DskipTests package");
    }

    @Test
    void aChangedStackFileNeedsNoRebuild() throws IOException {
        var built = SourceFingerprint.of(checkout);
        write(checkout, "Pulumi.dev.yaml", "config:\n  ecs-platform:protect: true\n");
        write(checkout, "Pulumi.staging.yaml", "config: {}\n");

        assertThat(StaleJarGuard.check(jar, built)).isEmpty();
    }

    @Test
    void saysNothingWhereThereAreNoSourcesNextToTheJar() throws IOException {
        var built = SourceFingerprint.parse("00000000 1 src/main/java/Gone.java\n");

        assertThat(StaleJarGuard.check(checkout.resolve("copies/old/ecs-platform.jar"), built))
                .as("no pom.xml above the jar's folder").isEmpty();
        Files.delete(checkout.resolve("pom.xml"));
        assertThat(StaleJarGuard.check(jar, built)).as("no pom.xml").isEmpty();
        write(checkout, "pom.xml", "<project/>\n");
        try (var tree = Files.walk(checkout.resolve("src/main"))) {
            tree.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        assertThat(StaleJarGuard.check(jar, built)).as("no src/main").isEmpty();
        assertThat(StaleJarGuard.check(Path.of("ecs-platform.jar").toAbsolutePath().getRoot().resolve("x.jar"), built))
                .as("a jar at the file system root").isEmpty();
    }

    @Test
    void saysNothingWhenTheProgramDoesNotRunFromAJar() {
        // Tests run from target/classes, as `mvn compile exec:java` does: what runs was compiled from this checkout.
        assertThat(StaleJarGuard.checkRunningJar()).isEmpty();
    }
}
