package dev.ecsplatform.bootstrap.config;

import dev.ecsplatform.configkit.ConfigSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bootstrap's {@code Pulumi.<stack>.yaml} read the way Pulumi hands it to the program (with the reader both
 * offline command uses), as a map of this program's keys without the namespace that tests can change before loading.
 */
public final class StackConfigFile {

    public static final String NAMESPACE = "ecs-platform-bootstrap";

    private StackConfigFile() {
    }

    /** The entries of the program's namespace in {@code Pulumi.<stack>.yaml} of the bootstrap directory. */
    public static Map<String, String> entries(String stack) {
        var path = Path.of("Pulumi." + stack + ".yaml");
        ConfigSource source;
        try {
            source = BootstrapStackFile.read(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path.toAbsolutePath(), e);
        }
        var prefix = NAMESPACE + ":";
        var entries = new LinkedHashMap<String, String>();
        for (var key : source.keys()) {
            if (key.startsWith(prefix)) {
                entries.put(key.substring(prefix.length()), source.get(key).orElseThrow());
            }
        }
        return entries;
    }

    /** A config source of this program's keys, given without the namespace. */
    public static ConfigSource source(Map<String, String> entries) {
        var full = new TreeMap<String, String>();
        entries.forEach((key, value) -> full.put(NAMESPACE + ":" + key, value));
        return ConfigSource.of(full, "Pulumi.shared.yaml");
    }
}
