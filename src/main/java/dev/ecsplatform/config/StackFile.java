package dev.ecsplatform.config;

import dev.ecsplatform.configkit.ConfigSource;
import dev.ecsplatform.configkit.DidYouMean;
import dev.ecsplatform.configkit.InvalidConfigException;
import dev.ecsplatform.configkit.Problem;
import dev.ecsplatform.configkit.Problems;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import dev.ecsplatform.contract.StackNameRule;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;

/**
 * Reads the {@code config:} block of a {@code Pulumi.<stack>.yaml} file into the same key-to-string form Pulumi
 * gives a running program: scalars as text, mappings and lists as JSON. It reads the file as the Pulumi CLI
 * does (UTF-8, a byte-order mark dropped; gopkg.in/yaml.v3 rules, see {@link YamlScalars} and {@link YamlTree};
 * keys without a namespace belong to the project), and reports, with the configuration's own problems, what
 * Pulumi would refuse or what would otherwise be lost.
 */
public final class StackFile {

    /** The project whose namespace holds keys written without one, when no project name is given. */
    public static final String DEFAULT_PROJECT = "ecs-platform";
    /** The top-level keys of a Pulumi stack file (sdk/go/common/workspace/project.go, {@code ProjectStack}). */
    static final List<String> TOP_LEVEL_KEYS = List.of("config", "environment", "secretsprovider", "encryptedkey",
            "encryptionsalt");

    private StackFile() {
    }

    /**
     * The stack name a file is for. {@code Pulumi.dev.yaml} (or {@code Pulumi.dev.yml}: Pulumi reads either
     * extension) is the file of stack {@code dev}, as Pulumi names it, and that name is checked as it is. Any other
     * file names no stack: it is planned under its name less {@code .yaml}/{@code .yml}, made into a valid stack
     * name where it is not one ({@code good_01.yaml} as {@code good-01}).
     */
    public static String stackName(Path file) {
        var name = file.getFileName().toString();
        var base = name.replaceFirst("\\.ya?ml$", "");
        if (name.startsWith("Pulumi.") && name.matches(".*\\.ya?ml")) {
            // Pulumi.<stack>.yaml: taken as it is, and refused when it is no valid stack name (Pulumi..yaml: "Pulumi.").
            return base.length() > "Pulumi.".length() ? base.substring("Pulumi.".length()) : base;
        }
        return StackNameRule.isValid(base) ? base : StackNameRule.suggestion(base).orElse(base);
    }

    public static ConfigSource read(Path file) throws IOException {
        return read(file, DEFAULT_PROJECT);
    }

    /** Reads a stack file; an unreadable file is an {@link IOException}, everything about its content a problem. */
    public static ConfigSource read(Path file, String project) throws IOException {
        return parse(Files.readAllBytes(file), file.toString(), project);
    }

    public static ConfigSource parse(String yamlText, String description) {
        return parse(yamlText.getBytes(StandardCharsets.UTF_8), description, DEFAULT_PROJECT);
    }

    public static ConfigSource parse(byte[] bytes, String description, String project) {
        var problems = new Problems();
        var values = new TreeMap<String, String>();
        var text = YamlErrors.decode(bytes);
        text.notUtf8().ifPresent(bad -> problems.addRoot(YamlErrors.notUtf8(text, project)));
        Node document;
        try {
            document = PlainScalarResolver.compose(text.text());
        } catch (MarkedYAMLException e) {
            // Nothing of the file can be read: this is the one thing to say (no "region missing" echoes).
            problems.addRoot(YamlErrors.syntax(e, text.text(), project));
            throw new InvalidConfigException(description, problems.sorted());
        } catch (YAMLException e) {
            problems.addRoot("(file)", "YAML that cannot be read (" + e.getMessage() + ")", "an ordinary Pulumi stack file");
            throw new InvalidConfigException(description, problems.sorted());
        }
        if (document != null) {
            try {
                readDocument(document, project, values, new YamlTree(problems), problems);
            } catch (YamlTree.TooLarge e) {
                throw new InvalidConfigException(description, problems.sorted());
            }
        }
        return ConfigSource.of(values, description, problems.sorted());
    }

    private static void readDocument(Node document, String project, TreeMap<String, String> values, YamlTree tree,
                                     Problems problems) {
        if (!(document instanceof MappingNode top)) {
            problems.addRoot("(file)", "a " + kind(document) + " at the top of the file", "a mapping with a config: block");
            return;
        }
        Node config = null;
        for (var entry : tree.entries(top, "", "(file)")) {
            if (entry.key().equals("config")) {
                config = entry.value();
                continue;
            }
            var typo = DidYouMean.closest(entry.key(), TOP_LEVEL_KEYS);
            if (!TOP_LEVEL_KEYS.contains(entry.key()) && typo.isPresent()) {
                problems.addRoot(new Problem(entry.key(), "an unknown top-level key (line " + YamlTree.line(entry.keyNode()) + ")",
                        "one of " + String.join(", ", TOP_LEVEL_KEYS) + " (settings go under config:)",
                        "did you mean \"" + typo.get() + "\"?"));
            } else {
                // Pulumi ignores other top-level keys (a place to keep anchors for merge keys, e.g. x-defaults:),
                // but still refuses a repeated or non-text key anywhere in the file.
                tree.checkStructure(entry.value(), entry.key());
            }
        }
        if (config == null || isNull(config)) {
            return;
        }
        if (!(config instanceof MappingNode entries)) {
            problems.addRoot("config", "a " + kind(config) + " (line " + YamlTree.line(config) + ")",
                    "a mapping of <namespace>:<key> to values");
            return;
        }
        var lines = new HashMap<String, Integer>();
        for (var entry : tree.entries(entries, "", "config")) {
            var line = YamlTree.line(entry.keyNode());
            var key = ConfigKeys.normalize(entry.key(), project);
            if (key.isEmpty()) {
                problems.addRoot(entry.key(), "a key that is not of the form <namespace>:<name> (line " + line + ")",
                        "keys such as " + project + ":services or aws:region");
                continue;
            }
            var earlier = lines.putIfAbsent(key.get(), line);
            if (earlier != null) {
                problems.addRoot(key.get(), "the key twice, with and without its namespace (lines " + earlier + " and " + line + ")",
                        "each key once: Pulumi reads a key without a namespace as " + key.get());
                continue;
            }
            var value = tree.toJson(entry.value(), key.get());
            if (value != null) {
                values.put(key.get(), text(value));
            }
        }
    }

    /** Top-level values as Pulumi hands them over: scalars as text (null as empty text), structures as JSON. */
    private static String text(JsonElement value) {
        if (value.isJsonNull()) {
            return "";
        }
        if (value.isJsonPrimitive()) {
            JsonPrimitive primitive = value.getAsJsonPrimitive();
            if (primitive.isNumber() && primitive.getAsNumber() instanceof BigDecimal decimal) {
                return decimal.stripTrailingZeros().toPlainString();
            }
            return primitive.getAsString();
        }
        // JsonElement.toString writes compact JSON with nulls kept, without building a Gson (and its adapters).
        return value.toString();
    }

    private static String kind(Node node) {
        return switch (node.getNodeId()) {
            case sequence -> "list";
            case mapping -> "mapping";
            default -> "single value";
        };
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(YamlTree.PLAIN)
                && YamlScalars.resolvePlain(scalar.getValue()).value().isJsonNull();
    }
}
