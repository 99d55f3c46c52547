package dev.ecsplatform.bootstrap.config;

import com.google.gson.Gson;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code Pulumi.<stack>.yaml} the way Pulumi hands it to the program: one namespace's keys without the
 * namespace, scalars as text and maps or lists as JSON text.
 */
public final class StackConfigFile {

    public static final String NAMESPACE = "ecs-platform-bootstrap";

    private static final Gson GSON = new Gson();

    private StackConfigFile() {
    }

    /** The entries of the program's namespace in {@code Pulumi.<stack>.yaml} of the bootstrap directory. */
    public static Map<String, String> entries(String stack) {
        var path = Path.of("Pulumi." + stack + ".yaml");
        try {
            return entries(Files.readString(path), NAMESPACE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path.toAbsolutePath(), e);
        }
    }

    public static Map<String, String> entries(String yamlText, String namespace) {
        Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        if (!(document.get("config") instanceof Map<?, ?> config)) {
            throw new IllegalArgumentException("no config: map in the stack file");
        }
        var prefix = namespace + ":";
        var entries = new LinkedHashMap<String, String>();
        config.forEach((key, value) -> {
            var name = String.valueOf(key);
            if (name.startsWith(prefix) && value != null) {
                entries.put(name.substring(prefix.length()), text(value));
            }
        });
        return entries;
    }

    private static String text(Object value) {
        return value instanceof Map<?, ?> || value instanceof List<?> ? GSON.toJson(value) : String.valueOf(value);
    }
}
