package dev.ecsplatform.testing;

import dev.ecsplatform.config.ConfigLoader;
import dev.ecsplatform.configkit.InvalidConfigException;
import dev.ecsplatform.configkit.Problem;
import dev.ecsplatform.config.StackFile;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Loads a stack file that must be invalid and returns its problems, one rendered line each. */
public final class ConfigProblems {

    public static final String ECR = "123456789012.dkr.ecr.us-east-1.amazonaws.com";
    /** A valid environment to build bad files from: {@code orders} serves 8080, {@code worker} calls it. */
    public static final String VALID = """
            config:
              aws:region: us-east-1
              ecs-platform:namespace: dev.internal
              ecs-platform:protect: false
              ecs-platform:services:
                orders:
                  image: "%1$s/orders:1.0.0"
                  port: 8080
                worker:
                  image: "%1$s/worker:1.0.0"
                  calls: [orders]
            """.formatted(ECR);

    private ConfigProblems() {
    }

    public static List<String> of(String yaml) {
        return problems(yaml.getBytes(StandardCharsets.UTF_8), null).stream().map(Problem::render).toList();
    }

    /** The problems of a file for stack {@code stack} (its name is checked too). */
    public static List<String> of(String yaml, String stack) {
        return problems(yaml.getBytes(StandardCharsets.UTF_8), stack).stream().map(Problem::render).toList();
    }

    public static List<String> ofBytes(byte[] bytes) {
        return problems(bytes, null).stream().map(Problem::render).toList();
    }

    /** Only the key paths of the problems, in the order reported. */
    public static List<String> paths(String yaml) {
        return problems(yaml.getBytes(StandardCharsets.UTF_8), null).stream().map(Problem::path).toList();
    }

    /**
     * Asserts that the stack file loads when {@code expected} is empty, and otherwise is refused with problems at
     * exactly those key paths.
     */
    public static void assertPathsOrValid(String yaml, java.util.SortedSet<String> expected) {
        var thrown = catchThrowable(() -> ConfigLoader.load("ecs-platform", StackFile.parse(yaml, "bad.yaml")));
        if (expected.isEmpty()) {
            assertThat(thrown).as(yaml).isNull();
            return;
        }
        assertThat(thrown).as(yaml).isInstanceOf(InvalidConfigException.class);
        assertThat(new java.util.TreeSet<>(((InvalidConfigException) thrown).problems().stream().map(Problem::path).toList()))
                .as(yaml + "\n" + thrown.getMessage()).isEqualTo(expected);
    }

    /** The problems found, whether reading the file or loading it; fails the test for any other outcome. */
    public static List<Problem> problems(byte[] bytes, String stack) {
        var text = new String(bytes, StandardCharsets.UTF_8);
        var thrown = catchThrowable(() -> {
            var source = StackFile.parse(bytes, "bad.yaml", "ecs-platform");
            if (stack == null) {
                ConfigLoader.load("ecs-platform", source);
            } else {
                ConfigLoader.load("ecs-platform", stack, source);
            }
        });
        assertThat(thrown).as("an InvalidConfigException for:%n%s", text).isInstanceOf(InvalidConfigException.class);
        var error = (InvalidConfigException) thrown;
        assertThat(error.getMessage()).startsWith("Invalid configuration in bad.yaml (" + error.problems().size() + " problem");
        return error.problems();
    }
}
