package dev.ecsplatform.cli;

import dev.ecsplatform.configkit.InvalidConfigException;
import dev.ecsplatform.configkit.Problem;
import dev.ecsplatform.config.StackFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads the project name from {@code Pulumi.yaml}; config keys live under that name. */
public final class ProjectFile {

    public static final String DEFAULT_PROJECT = StackFile.DEFAULT_PROJECT;

    private ProjectFile() {
    }

    /**
     * The {@code name} of {@code Pulumi.yaml} in {@code directory}, or {@link #DEFAULT_PROJECT} when there is no
     * such file. A file that is there but cannot be read as a project is an invalid configuration, not a crash;
     * whether the name itself is acceptable is the loader's check ({@code project}).
     */
    public static String projectName(Path directory) throws IOException {
        var file = directory.resolve("Pulumi.yaml");
        if (!Files.isRegularFile(file)) {
            return DEFAULT_PROJECT;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw invalid(file, "bytes that are not UTF-8 text", "a project file saved as UTF-8");
        }
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Object document;
        try {
            document = new Yaml(new SafeConstructor(options)).load(text);
        } catch (YAMLException e) {
            throw invalid(file, "text that is not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + ")",
                    "a Pulumi project file");
        }
        if (document instanceof Map<?, ?> map && map.get("name") instanceof String name) {
            return name;
        }
        throw invalid(file, "no name", "a project name such as name: ecs-platform (Pulumi requires one)");
    }

    private static InvalidConfigException invalid(Path file, String given, String expected) {
        return new InvalidConfigException(file.toString(), List.of(new Problem("project", given, expected, "")));
    }
}
