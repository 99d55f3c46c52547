package dev.ecsplatform.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Stops a run of a jar that was built from other sources than the checkout it sits in.
 *
 * <p>{@code Pulumi.yaml} runs the prebuilt {@code target/ecs-platform.jar}, so after an edit to {@code src/main} or
 * {@code pom.xml} a {@code pulumi up} would otherwise run yesterday's program without a word. The build writes the
 * {@link SourceFingerprint} of its sources into the jar; at start the jar compares it with the checkout two folders
 * up ({@code <checkout>/target/ecs-platform.jar}) and, when they differ, stops with one line that says what changed
 * and how to rebuild.
 *
 * <p>It says nothing when it cannot judge: when the program does not run from a jar ({@code mvn compile exec:java}
 * compiles the sources it runs), when the jar carries no fingerprint, or when there is no checkout next to the jar
 * (no {@code pom.xml} and {@code src/main} there, e.g. a jar copied elsewhere).
 */
public final class StaleJarGuard {

    /** The command that rebuilds the jar, as README.md and docs/fast-start.md give it. */
    public static final String REBUILD = "./mvnw -q -DskipTests package";

    private StaleJarGuard() {
    }

    /** For the running program: the one-line message if its jar is stale, empty if it is not or cannot be judged. */
    public static Optional<String> checkRunningJar() {
        var jar = runningJar();
        if (jar.isEmpty()) {
            return Optional.empty();
        }
        try (var recorded = StaleJarGuard.class.getClassLoader().getResourceAsStream(SourceFingerprint.RESOURCE)) {
            if (recorded == null) {
                return Optional.empty();
            }
            return check(jar.get(), SourceFingerprint.parse(new String(recorded.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty(); // an unreadable file is not evidence of a stale jar
        }
    }

    /**
     * The verdict for the jar at {@code jar}, built from {@code built}: the checkout is the folder above the jar's
     * folder. Empty when that checkout's sources match, or when it has none.
     */
    public static Optional<String> check(Path jar, SourceFingerprint built) {
        var folder = jar.toAbsolutePath().getParent();
        var root = folder == null ? null : folder.getParent();
        if (root == null || !SourceFingerprint.hasSources(root)) {
            return Optional.empty();
        }
        var changes = SourceFingerprint.of(root).changesSince(built);
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(message(jar.getFileName().toString(), changes));
    }

    /** {@code ecs-platform.jar was built from other sources than this checkout (… changed); run ./mvnw …}. */
    static String message(String jarName, List<String> changes) {
        var what = changes.get(0) + (changes.size() == 1 ? "" : ", and " + (changes.size() - 1)
                + (changes.size() == 2 ? " more file" : " more files"));
        return jarName + " was built from other sources than this checkout (" + what + "); run " + REBUILD;
    }

    private static Optional<Path> runningJar() {
        var source = StaleJarGuard.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
            return Optional.empty();
        }
        try {
            var path = Path.of(source.getLocation().toURI());
            return path.toString().endsWith(".jar") && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
