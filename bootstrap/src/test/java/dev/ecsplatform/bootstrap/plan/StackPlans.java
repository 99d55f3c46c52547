package dev.ecsplatform.bootstrap.plan;

import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The main program's offline plans, for every stack file the bootstrap's permissions must cover: those at the
 * repository root ({@code Pulumi.<stack>.yaml}) and the test stacks at the limits under
 * {@code src/test/resources/stacks/}. Each is planned once per test JVM by the main project's jar,
 * {@code java -jar target/ecs-platform.jar plan --stack-file FILE --format json}.
 *
 * <p>The jar is built by the main project ({@code ./mvnw -q -DskipTests package}); {@code .ci/run} runs the main
 * project's verify first. When the jar is missing or was built from other sources (its stale-jar guard exits with 2),
 * this builds it once with the repository's wrapper, so {@code ./mvnw -q -f bootstrap/pom.xml verify} also works on
 * a fresh clone.
 */
public final class StackPlans {

    /** The repository root: the bootstrap's tests run in {@code bootstrap/}. */
    public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path JAR = ROOT.resolve("target/ecs-platform.jar");
    static final Path LIMIT_STACKS = Path.of("src/test/resources/stacks").toAbsolutePath();

    private static final Map<Path, PlannedStack> PLANS = new ConcurrentHashMap<>();
    private static final int STALE_JAR_EXIT = 2;
    private static volatile boolean built;

    private StackPlans() {
    }

    /** Every stack file whose plan the deploy and preview roles must cover, root ones first. */
    public static List<Path> stackFiles() {
        var files = new ArrayList<Path>();
        files.addAll(stackFilesIn(ROOT));
        files.addAll(stackFilesIn(LIMIT_STACKS));
        return files;
    }

    static List<Path> stackFilesIn(Path directory) {
        try (var entries = Files.list(directory)) {
            return entries.filter(path -> {
                var name = path.getFileName().toString();
                return name.startsWith("Pulumi.") && name.endsWith(".yaml") && !name.equals("Pulumi.yaml")
                        && !name.endsWith(".deploy.yaml");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PlannedStack plan(Path stackFile) {
        return PLANS.computeIfAbsent(stackFile.toAbsolutePath().normalize(), StackPlans::planOnce);
    }

    private static PlannedStack planOnce(Path stackFile) {
        var run = runPlan(stackFile);
        if (run.exit() == STALE_JAR_EXIT || !Files.isRegularFile(JAR)) {
            buildJar();
            run = runPlan(stackFile);
        }
        if (run.exit() != 0) {
            throw new AssertionError("plan of " + stackFile + " exited with " + run.exit() + ":\n" + run.err());
        }
        return PlannedStack.parse(JsonParser.parseString(run.out()).getAsJsonObject());
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run runPlan(Path stackFile) {
        if (!Files.isRegularFile(JAR)) {
            return new Run(STALE_JAR_EXIT, "", JAR + " does not exist");
        }
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return exec(List.of(java, "-jar", JAR.toString(), "plan", "--stack-file", stackFile.toString(),
                "--format", "json"), 5);
    }

    private static synchronized void buildJar() {
        if (built) {
            return;
        }
        System.err.println("[StackPlans] building the main project's jar: ./mvnw -q -B -DskipTests package");
        var build = exec(List.of(ROOT.resolve("mvnw").toString(), "-q", "-B", "-DskipTests", "package"), 20);
        if (build.exit() != 0) {
            throw new AssertionError("could not build " + JAR + ":\n" + build.out() + build.err());
        }
        built = true;
    }

    private static Run exec(List<String> command, int timeoutMinutes) {
        try {
            var out = Files.createTempFile("stack-plan", ".out");
            var err = Files.createTempFile("stack-plan", ".err");
            try {
                var process = new ProcessBuilder(command).directory(ROOT.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " took over " + timeoutMinutes + " minutes");
                }
                return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Stack files as JUnit arguments, named by their path. */
    public static Stream<Path> all() {
        return stackFiles().stream();
    }
}
