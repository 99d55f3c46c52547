package dev.ecsplatform.cli;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Reads the project name from {@code Pulumi.yaml}; config keys live under that name. */
public final class ProjectFile {

    public static final String DEFAULT_PROJECT = "ecs-platform";

    private ProjectFile() {
    }

    public static String projectName(Path directory) throws IOException {
        var file = directory.resolve("Pulumi.yaml");
        if (!Files.isRegularFile(file)) {
            return DEFAULT_PROJECT;
        }
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        if (document instanceof Map<?, ?> map && map.get("name") instanceof String name && !name.isBlank()) {
            return name;
        }
        return DEFAULT_PROJECT;
    }
}
