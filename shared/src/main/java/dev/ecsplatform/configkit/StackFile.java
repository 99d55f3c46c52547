package dev.ecsplatform.configkit;

import com.google.gson.Gson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the {@code config:} block of a {@code Pulumi.<stack>.yaml} file into the same key-to-string
 * form Pulumi gives a running program: scalars as text, mappings and lists as JSON.
 */
public final class StackFile {

    private static final Gson GSON = new Gson();

    private StackFile() {
    }

    /** The stack name a file is for: {@code Pulumi.dev.yaml} gives {@code dev}. */
    public static String stackName(Path file) {
        var name = file.getFileName().toString();
        if (name.startsWith("Pulumi.") && name.endsWith(".yaml") && name.length() > "Pulumi..yaml".length()) {
            return name.substring("Pulumi.".length(), name.length() - ".yaml".length());
        }
        return name.replaceFirst("\\.ya?ml$", "");
    }

    public static ConfigSource read(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    public static ConfigSource parse(String yamlText, String description) {
        var problems = new Problems();
        Object document;
        try {
            document = Yaml12Resolver.yaml().load(yamlText);
        } catch (RuntimeException e) {
            problems.add("(file)", "text that is not YAML", "a Pulumi stack file",
                    e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse(""));
            problems.throwIfAny(description);
            throw e;
        }
        var values = new TreeMap<String, String>();
        if (document == null) {
            return ConfigSource.of(values, description);
        }
        if (!(document instanceof Map<?, ?> top)) {
            problems.add("(file)", "a " + kind(document), "a mapping with a config: block");
            problems.throwIfAny(description);
            return ConfigSource.of(values, description);
        }
        var config = top.get("config");
        if (config == null) {
            return ConfigSource.of(values, description);
        }
        if (!(config instanceof Map<?, ?> entries)) {
            problems.add("config", "a " + kind(config), "a mapping of project:key to values");
            problems.throwIfAny(description);
            return ConfigSource.of(values, description);
        }
        for (var entry : entries.entrySet()) {
            var key = String.valueOf(entry.getKey());
            var value = entry.getValue();
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                values.put(key, GSON.toJson(value));
            } else if (value != null) {
                values.put(key, String.valueOf(value));
            }
        }
        return ConfigSource.of(values, description);
    }

    private static String kind(Object value) {
        return value instanceof List<?> ? "list" : value instanceof String ? "string" : value.getClass().getSimpleName();
    }
}
