package dev.ecsplatform.startup;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SourceFingerprintTest {

    static final String MAIN = "src/main/java/dev/ecsplatform/Main.java";
    static final String NAMES = "src/main/java/dev/ecsplatform/naming/StackNames.java";
    static final String SHARED = "shared/src/main/java/dev/ecsplatform/contract/StackContract.java";

    @TempDir
    Path checkout;

    /** A small checkout: build file, two sources, a stack file, a test. */
    static void writeCheckout(Path root) throws IOException {
        write(root, "pom.xml", "<project/>\n");
        write(root, MAIN, "class Main {}\n");
        write(root, NAMES, "class StackNames {}\n");
        write(root, "Pulumi.yaml", "name: ecs-platform\n");
        write(root, "Pulumi.dev.yaml", "config: {}\n");
        write(root, "src/test/java/dev/ecsplatform/MainTest.java", "class MainTest {}\n");
    }

    static void write(Path root, String path, String text) throws IOException {
        var file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @BeforeEach
    void checkout() throws IOException {
        writeCheckout(checkout);
    }

    @Test
    void coversTheBuildFileAndEverySourceFileByPathInOrder() {
        assertThat(SourceFingerprint.of(checkout).files()).containsOnlyKeys("pom.xml", MAIN, NAMES);
        // CRC-32C (Castagnoli) of each file and its size, as any other implementation computes them.
        assertThat(SourceFingerprint.of(checkout).text()).isEqualTo("""
                e33efbfc 11 pom.xml
                5e77c189 14 src/main/java/dev/ecsplatform/Main.java
                31481101 20 src/main/java/dev/ecsplatform/naming/StackNames.java
                """);
    }

    @Test
    void coversTheSharedSourcesCompiledIntoTheJarAndNothingElseOfTheSharedFolder() throws IOException {
        var built = SourceFingerprint.of(checkout);
        write(checkout, SHARED, "class StackContract {}\n");
        write(checkout, "shared/README.md", "what the folder is for\n");
        write(checkout, "bootstrap/src/main/java/dev/ecsplatform/bootstrap/Main.java", "class Main {}\n");

        assertThat(SourceFingerprint.of(checkout).changesSince(built)).containsExactly(SHARED + " added");
        var withShared = SourceFingerprint.of(checkout);
        write(checkout, SHARED, "class StackContract { }\n");
        assertThat(SourceFingerprint.of(checkout).changesSince(withShared)).containsExactly(SHARED + " changed");
    }

    @Test
    void changesWhenASourceChangesEvenAtTheSameSize() throws IOException {
        var built = SourceFingerprint.of(checkout);
        write(checkout, MAIN, "class Niam {}\n");

        assertThat(SourceFingerprint.of(checkout)).isNotEqualTo(built);
        assertThat(SourceFingerprint.of(checkout).changesSince(built)).containsExactly(MAIN + " changed");
    }

    @Test
    void changesWhenTheBuildFileChanges() throws IOException {
        var built = SourceFingerprint.of(checkout);
        write(checkout, "pom.xml", "<project><version>2</version></project>\n");

        assertThat(SourceFingerprint.of(checkout).changesSince(built)).containsExactly("pom.xml changed");
    }

    @Test
    void reportsAddedAndRemovedSourcesInPathOrder() throws IOException {
        var built = SourceFingerprint.of(checkout);
        Files.delete(checkout.resolve(NAMES));
        write(checkout, "src/main/resources/banner.txt", "hello\n");

        assertThat(SourceFingerprint.of(checkout).changesSince(built)).containsExactly(
                NAMES + " removed", "src/main/resources/banner.txt added");
    }

    @Test
    void staysTheSameWhenOnlyStackFilesTestsOrEditorFilesChange() throws IOException {
        var built = SourceFingerprint.of(checkout);
        write(checkout, "Pulumi.dev.yaml", "config:\n  ecs-platform:protect: true\n");
        write(checkout, "Pulumi.prod.yaml", "config: {}\n");
        write(checkout, "Pulumi.yaml", "name: ecs-platform\nruntime: java\n");
        write(checkout, "src/test/java/dev/ecsplatform/MainTest.java", "class MainTest { int changed; }\n");
        write(checkout, "src/main/java/dev/ecsplatform/.Main.java.swp", "swap");
        write(checkout, "src/main/java/dev/ecsplatform/Main.java~", "backup");
        write(checkout, "src/main/.DS_Store", "finder");

        assertThat(SourceFingerprint.of(checkout)).isEqualTo(built);
        assertThat(SourceFingerprint.of(checkout).changesSince(built)).isEmpty();
    }

    @Test
    void dependsOnContentNotOnTimestamps() throws IOException {
        var built = SourceFingerprint.of(checkout);
        Files.setLastModifiedTime(checkout.resolve(MAIN), FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));

        assertThat(SourceFingerprint.of(checkout)).isEqualTo(built);
    }

    @Test
    void readsBackWhatItWrites() {
        var fingerprint = SourceFingerprint.of(checkout);

        assertThat(SourceFingerprint.parse(fingerprint.text())).isEqualTo(fingerprint);
        assertThat(SourceFingerprint.parse("not a fingerprint\n\n").files()).isEmpty();
    }

    @Test
    void theBuildStepWritesTheTextForm() throws IOException {
        var output = checkout.resolve("target/classes/" + SourceFingerprint.RESOURCE);

        SourceFingerprint.main(new String[] {checkout.toString(), output.toString()});

        assertThat(output).hasContent(SourceFingerprint.of(checkout).text().stripTrailing());
        assertThat(SourceFingerprint.of(checkout).files()).as("target/ is not a source").doesNotContainKey(
                "target/classes/" + SourceFingerprint.RESOURCE);
    }

    @Test
    void theRealCheckoutIsCoveredByItsBuildFileAndMainSources() {
        var files = SourceFingerprint.of(Path.of("")).files();

        assertThat(files).containsKeys("pom.xml", MAIN, "src/main/java/dev/ecsplatform/startup/StaleJarGuard.java",
                "shared/src/main/java/dev/ecsplatform/configkit/ConfigNode.java");
        assertThat(files.keySet()).allMatch(path -> path.equals("pom.xml") || path.startsWith("src/main/")
                || path.startsWith("shared/src/main/"));
    }
}
