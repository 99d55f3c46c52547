package dev.ecsplatform.testing;

import dev.ecsplatform.config.ConfigLoader;
import dev.ecsplatform.configkit.ConfigSource;
import dev.ecsplatform.config.PlatformConfig;
import dev.ecsplatform.config.StackFile;
import dev.ecsplatform.naming.StackNames;
import dev.ecsplatform.plan.OfflinePlanner;
import dev.ecsplatform.plan.Plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The real stack files of the repository, loaded and planned once per test run. */
public final class StackFiles {

    public static final String PROJECT = "ecs-platform";
    private static final Map<String, Plan> PLANS = new HashMap<>();

    private StackFiles() {
    }

    public static Path path(String stack) {
        return Path.of("Pulumi." + stack + ".yaml");
    }

    public static ConfigSource source(String stack) {
        try {
            return StackFile.read(path(stack));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PlatformConfig config(String stack) {
        return ConfigLoader.load(PROJECT, source(stack));
    }

    /** The offline plan of a real stack file; computed once, since the files do not change during a run. */
    public static synchronized Plan plan(String stack) {
        return PLANS.computeIfAbsent(stack, s -> OfflinePlanner.plan(new StackNames(PROJECT, s), config(s)));
    }

    /** Loads a stack file given as YAML text, reported as {@code test.yaml}. */
    public static PlatformConfig load(String yaml) {
        return ConfigLoader.load(PROJECT, StackFile.parse(yaml, "test.yaml"));
    }

    /** Plans a stack file given as YAML text (for variants written by a test). */
    public static Plan planYaml(String stack, String yaml) {
        var config = ConfigLoader.load(PROJECT, StackFile.parse(yaml, "test stack " + stack));
        return OfflinePlanner.plan(new StackNames(PROJECT, stack), config);
    }
}
