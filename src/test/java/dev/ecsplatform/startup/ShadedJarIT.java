package dev.ecsplatform.startup;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built {@code target/ecs-platform.jar}, the file {@code Pulumi.yaml} runs: checked after {@code package} by
 * maven-failsafe-plugin (the {@code verify} phase of {@code ./mvnw -q verify}), never against a leftover jar.
 *
 * <p>Pulumi's Java language host runs it twice per operation: {@code java -cp <jar>
 * com.pulumi.bootstrap.internal.Main packages} to find the provider plugins (from every
 * {@code com/pulumi/<name>/plugin.json} and {@code version.txt} on the class path), then {@code java -jar <jar>}.
 * gRPC and OpenTelemetry find their implementations through {@code META-INF/services}, which the shade plugin must
 * merge, not pick from one dependency.
 */
class ShadedJarIT {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path JAR = ROOT.resolve("target/ecs-platform.jar");
    static final Pattern PLUGIN_FILE = Pattern.compile("com/pulumi/.+/(plugin\\.json|version\\.txt)");
    static final String SERVICES = "META-INF/services/";

    /** The dependencies packed into the jar: every jar on the test class path whose classes the jar holds. */
    static List<Path> packedJars;

    @BeforeAll
    static void packedDependencies() throws IOException {
        assertThat(JAR).as("built by the package phase").isRegularFile();
        // Failsafe passes the test class path in this property (java.class.path is a manifest-only jar). It also
        // holds the test-scoped jars (JUnit, AssertJ), which are not packed: they are told apart by their classes.
        var classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        packedJars = new ArrayList<>();
        try (var shaded = new JarFile(JAR.toFile())) {
            for (var entry : classPath.split(File.pathSeparator)) {
                var path = Path.of(entry).toAbsolutePath();
                if (!entry.endsWith(".jar") || !Files.isRegularFile(path) || path.startsWith(ROOT.resolve("target"))) {
                    continue;
                }
                try (var dependency = new JarFile(path.toFile())) {
                    var someClass = entries(dependency).stream().map(JarEntry::getName)
                            .filter(name -> name.endsWith(".class") && !name.contains("module-info")).findFirst();
                    if (someClass.isPresent() && shaded.getEntry(someClass.get()) != null) {
                        packedJars.add(path);
                    }
                }
            }
        }
        assertThat(packedJars).extracting(jar -> jar.getFileName().toString())
                .anyMatch(name -> name.startsWith("aws-6."))
                .anyMatch(name -> name.startsWith("pulumi-1."))
                .anyMatch(name -> name.startsWith("grpc-"))
                .noneMatch(name -> name.startsWith("junit-") || name.startsWith("assertj-"));
    }

    @Test
    void keepsThePluginFileAndVersionOfEveryPulumiPackage() throws IOException {
        var expected = new TreeMap<String, String>();
        for (var dependency : packedJars) {
            try (var jar = new JarFile(dependency.toFile())) {
                for (var entry : entries(jar)) {
                    if (PLUGIN_FILE.matcher(entry.getName()).matches()) {
                        expected.put(entry.getName(), read(jar, entry));
                    }
                }
            }
        }
        assertThat(expected).containsKeys("com/pulumi/aws/plugin.json", "com/pulumi/aws/version.txt");
        try (var shaded = new JarFile(JAR.toFile())) {
            for (var file : expected.entrySet()) {
                var entry = shaded.getJarEntry(file.getKey());
                assertThat(entry).as(file.getKey()).isNotNull();
                assertThat(read(shaded, entry)).as(file.getKey()).isEqualTo(file.getValue());
            }
        }
    }

    @Test
    void mergesTheServiceFilesOfAllDependencies() throws IOException {
        var expected = new TreeMap<String, Set<String>>();
        for (var dependency : packedJars) {
            try (var jar = new JarFile(dependency.toFile())) {
                for (var entry : entries(jar)) {
                    var name = entry.getName();
                    if (name.startsWith(SERVICES) && !entry.isDirectory() && name.length() > SERVICES.length()) {
                        expected.computeIfAbsent(name, n -> new LinkedHashSet<>()).addAll(providers(read(jar, entry)));
                    }
                }
            }
        }
        assertThat(expected).as("service files of gRPC").containsKey(SERVICES + "io.grpc.ManagedChannelProvider");
        try (var shaded = new JarFile(JAR.toFile())) {
            for (var service : expected.entrySet()) {
                var entry = shaded.getJarEntry(service.getKey());
                assertThat(entry).as(service.getKey()).isNotNull();
                assertThat(providers(read(shaded, entry))).as(service.getKey()).containsAll(service.getValue());
            }
        }
    }

    @Test
    void runsTheProgramAndCarriesNoBrokenSignature() throws IOException {
        try (var shaded = new JarFile(JAR.toFile())) {
            var attributes = shaded.getManifest().getMainAttributes();
            assertThat(attributes.getValue("Main-Class")).isEqualTo("dev.ecsplatform.Main");
            assertThat(attributes.getValue("Multi-Release")).isEqualTo("true");
            // Signature files copied from a signed dependency would fail the whole jar's verification.
            assertThat(entries(shaded)).extracting(JarEntry::getName)
                    .noneMatch(name -> name.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)"));
        }
    }

    @Test
    void carriesTheFingerprintOfTheSourcesItWasBuiltFrom() throws IOException {
        try (var shaded = new JarFile(JAR.toFile())) {
            var entry = shaded.getJarEntry(SourceFingerprint.RESOURCE);
            assertThat(entry).as(SourceFingerprint.RESOURCE).isNotNull();
            var built = SourceFingerprint.parse(read(shaded, entry));
            assertThat(built.files()).containsKey("pom.xml").containsKey("src/main/java/dev/ecsplatform/Main.java")
                    .containsKey("shared/src/main/java/dev/ecsplatform/configkit/ConfigNode.java");
            assertThat(SourceFingerprint.of(ROOT).changesSince(built)).as("changes since the build").isEmpty();
        }
    }

    @Test
    void pulumiPluginDiscoveryFindsTheAwsProvider() throws IOException {
        String version;
        try (var shaded = new JarFile(JAR.toFile())) {
            version = read(shaded, shaded.getJarEntry("com/pulumi/aws/version.txt")).trim();
        }

        var run = java("-cp", JAR.toString(), "com.pulumi.bootstrap.internal.Main", "packages");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().replace(" ", ""))
                .contains("{\"resource\":true,\"name\":\"aws\",\"version\":\"" + version + "\"}");
    }

    @Test
    void aFreshBuildPlansWithoutAWord() {
        var run = java("-jar", JAR.toString(), "plan", "dev");

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Offline plan for ecs-platform/dev");
    }

    @Test
    void aJarOlderThanItsCheckoutStopsWithOneLine() throws IOException {
        // A checkout whose Main.java changed after the build, with this build's jar in its target/ folder. It lives
        // in target/ so the jar can be hard-linked (the JVM resolves symbolic links to the jar's real place).
        var copy = ROOT.resolve("target/it-stale-checkout");
        delete(copy);
        Files.createDirectories(copy.resolve("target"));
        Files.copy(ROOT.resolve("pom.xml"), copy.resolve("pom.xml"));
        for (var sources : List.of("src/main", "shared/src/main")) {
            try (var tree = Files.walk(ROOT.resolve(sources))) {
                for (var source : tree.toList()) {
                    var target = copy.resolve(ROOT.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                }
            }
        }
        var main = copy.resolve("src/main/java/dev/ecsplatform/Main.java");
        Files.writeString(main, Files.readString(main) + "// edited after the build\n");
        var jar = copy.resolve("target/ecs-platform.jar");
        try {
            Files.createLink(jar, JAR);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(JAR, jar);
        }

        var run = java("-jar", jar.toString(), "plan", "dev", "--project-dir", ROOT.toString());

        assertThat(run.out()).as("nothing planned").isEmpty();
        assertThat(run.err()).isEqualTo("ecs-platform.jar was built from other sources than this checkout "
                + "(src/main/java/dev/ecsplatform/Main.java changed); run ./mvnw -q -DskipTests package\n");
        assertThat(run.exit()).isEqualTo(2);
        delete(copy);
    }

    static void delete(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (var paths = Files.walk(tree)) {
            for (var path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    record Run(int exit, String out, String err) {
    }

    static Run java(String... args) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        try {
            var builder = new ProcessBuilder(command).directory(ROOT.toFile());
            // JVM options from the environment (README.md, "Fast start") make every JVM print "Picked up …" on stderr.
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            builder.environment().remove("JDK_JAVA_OPTIONS");
            var process = builder.start();
            var out = process.getInputStream().readAllBytes();
            var err = process.getErrorStream().readAllBytes();
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
            return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                    new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<JarEntry> entries(JarFile jar) {
        return jar.stream().toList();
    }

    static String read(JarFile jar, JarEntry entry) throws IOException {
        try (var in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Provider class names of a service file: one per line, without comments and blanks. */
    static Set<String> providers(String serviceFile) {
        var providers = new LinkedHashSet<String>();
        for (var line : serviceFile.split("\n")) {
            var name = line.replaceAll("#.*", "").trim();
            if (!name.isEmpty()) {
                providers.add(name);
            }
        }
        return providers;
    }
}
