package dev.ecsplatform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviewed snapshots in src/test/resources/snapshots. After a deliberate change, regenerate with
 * {@code -Dsnapshots.update=true} and review the diff like code.
 */
public final class Snapshots {

    private static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots");

    private Snapshots() {
    }

    public static void assertMatches(String fileName, String actual) {
        var snapshot = SNAPSHOTS.resolve(fileName);
        try {
            if (Boolean.getBoolean("snapshots.update")) {
                Files.writeString(snapshot, actual);
            }
            assertThat(snapshot).as("snapshot %s (create it with -Dsnapshots.update=true)", snapshot).exists();
            assertThat(actual).isEqualTo(Files.readString(snapshot));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
