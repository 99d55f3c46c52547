package dev.ecsplatform.delivery;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The repository files the delivery setup is made of, read as the tools that consume them read them.
 * Tests run from the repository root, which is also the Pulumi project directory.
 */
final class RepoFiles {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path WORKFLOWS = ROOT.resolve(".github/workflows");

    private static final Pattern STACK_FILE = Pattern.compile("Pulumi\\.([^.]+)\\.yaml");
    private static final Pattern DEPLOY_FILE = Pattern.compile("Pulumi\\.([^.]+)\\.deploy\\.yaml");

    private RepoFiles() {
    }

    /** Stacks that have a {@code Pulumi.<stack>.yaml} next to {@code Pulumi.yaml}. */
    static List<String> stacks() {
        return namesMatching(STACK_FILE);
    }

    /** Stacks that have a {@code Pulumi.<stack>.deploy.yaml}, the file {@code pulumi deployment settings} reads. */
    static List<String> deploymentSettingsStacks() {
        return namesMatching(DEPLOY_FILE);
    }

    static Path deploymentSettings(String stack) {
        return ROOT.resolve("Pulumi." + stack + ".deploy.yaml");
    }

    static List<Path> workflows() {
        try (Stream<Path> files = Files.list(WORKFLOWS)) {
            return files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Object yaml(Path file) {
        return yamlText(read(file));
    }

    /** YAML 1.2 scalars, as Go's yaml.v3 (Pulumi) and GitHub read them: {@code on} stays a string. */
    static Object yamlText(String text) {
        var loaderOptions = new LoaderOptions();
        var dumperOptions = new DumperOptions();
        return new Yaml(new SafeConstructor(loaderOptions), new Representer(dumperOptions), dumperOptions,
                loaderOptions, new Yaml12Scalars()).load(text);
    }

    /**
     * {@code runtime.options.binary} of a {@code Pulumi.yaml} text: the prebuilt program the Java language host
     * runs instead of {@code mvn compile exec:java}; empty while the project has none.
     */
    static Optional<String> runtimeBinary(String pulumiYaml) {
        var project = asMap(yamlText(pulumiYaml));
        if (!(project.get("runtime") instanceof Map<?, ?> runtime)) {
            return Optional.empty();
        }
        if (!(runtime.get("options") instanceof Map<?, ?> options)) {
            return Optional.empty();
        }
        return Optional.ofNullable(options.get("binary")).map(Object::toString);
    }

    /**
     * The jar the shade plugin writes in the {@code package} phase: {@code target/<finalName>.jar}, from the
     * {@code finalName} of its execution bound to {@code package}.
     */
    static String shadedJar(Path pom) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var document = factory.newDocumentBuilder().parse(pom.toFile());
            var plugins = document.getElementsByTagName("plugin");
            var jars = new ArrayList<String>();
            for (var i = 0; i < plugins.getLength(); i++) {
                var plugin = (Element) plugins.item(i);
                if (!"maven-shade-plugin".equals(childText(plugin, "artifactId"))) {
                    continue;
                }
                var executions = plugin.getElementsByTagName("execution");
                for (var j = 0; j < executions.getLength(); j++) {
                    var execution = (Element) executions.item(j);
                    var configuration = child(execution, "configuration");
                    if ("package".equals(childText(execution, "phase")) && configuration != null
                            && childText(configuration, "finalName") != null) {
                        jars.add("target/" + childText(configuration, "finalName") + ".jar");
                    }
                }
            }
            if (jars.size() != 1) {
                throw new AssertionError("expected one maven-shade-plugin execution with a finalName in the package "
                        + "phase of " + pom + ", found " + jars);
            }
            return jars.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new AssertionError("expected a mapping, got " + value);
    }

    static Map<String, Object> map(Map<String, Object> parent, String key) {
        var value = parent.get(key);
        return value == null ? Map.of() : asMap(value);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> parent, String key) {
        var value = parent.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new AssertionError("expected a list under " + key + ", got " + value);
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static String childText(Element parent, String name) {
        var element = child(parent, name);
        return element == null ? null : element.getTextContent().trim();
    }

    private static List<String> namesMatching(Pattern pattern) {
        try (Stream<Path> files = Files.list(ROOT)) {
            var names = new TreeSet<String>();
            files.map(f -> pattern.matcher(f.getFileName().toString()))
                    .filter(java.util.regex.Matcher::matches)
                    .forEach(m -> names.add(m.group(1)));
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only {@code true}/{@code false} are booleans (YAML 1.2 core schema), not {@code on}, {@code yes} or {@code no}. */
    private static final class Yaml12Scalars extends Resolver {

        private static final Pattern BOOL = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
        private static final Pattern INT = Pattern.compile("^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$");
        private static final Pattern NULL = Pattern.compile("^(?:~|null|Null|NULL)$");

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "tTfF", 10);
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
        }
    }
}
