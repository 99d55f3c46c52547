package dev.ecsplatform.bootstrap.config;

import com.google.gson.Gson;
import dev.ecsplatform.configkit.ConfigSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a bootstrap stack file ({@code Pulumi.<stack>.yaml}) the way Pulumi hands its {@code config:} block to the
 * program (scalars as text, maps and lists as JSON), for the offline {@code policies} command; under
 * {@code pulumi up} Pulumi itself reads it. The main program's reader ({@code config.StackFile}) stays in the main
 * program: it is built around that program's keys and YAML 1.2 rules, which this file of five keys does not need.
 */
public final class BootstrapStackFile {

    private static final Gson GSON = new Gson();

    private BootstrapStackFile() {
    }

    /** The stack a file is for: {@code Pulumi.shared.yaml} is stack {@code shared}. */
    public static String stackName(Path file) {
        var name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return name.startsWith("Pulumi.") ? name.substring("Pulumi.".length()) : name;
    }

    /** @throws IOException when the file cannot be read or is not a YAML mapping */
    public static ConfigSource read(Path file) throws IOException {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        } catch (YAMLException e) {
            throw new IOException("not YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        var values = new TreeMap<String, String>();
        if (document instanceof Map<?, ?> top && top.get("config") instanceof Map<?, ?> config) {
            config.forEach((key, value) -> {
                if (value instanceof Map<?, ?> || value instanceof List<?>) {
                    values.put(String.valueOf(key), GSON.toJson(value));
                } else if (value != null) {
                    values.put(String.valueOf(key), String.valueOf(value));
                }
            });
        } else if (document != null && !(document instanceof Map<?, ?>)) {
            throw new IOException("not a stack file: expected a mapping with a config: block");
        }
        return ConfigSource.of(values, file.getFileName().toString());
    }
}
