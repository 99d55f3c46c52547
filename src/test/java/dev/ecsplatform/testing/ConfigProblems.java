package dev.ecsplatform.testing;

import dev.ecsplatform.config.ConfigLoader;
import dev.ecsplatform.configkit.InvalidConfigException;
import dev.ecsplatform.configkit.Problem;
import dev.ecsplatform.configkit.StackFile;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Loads a stack file that must be invalid and returns its problems, one rendered line each. */
public final class ConfigProblems {

    private ConfigProblems() {
    }

    public static List<String> of(String yaml) {
        var error = catchThrowableOfType(InvalidConfigException.class,
                () -> ConfigLoader.load("ecs-platform", StackFile.parse(yaml, "bad.yaml")));
        assertThat(error).as("an InvalidConfigException for:%n%s", yaml).isNotNull();
        assertThat(error.getMessage()).startsWith("Invalid configuration in bad.yaml (" + error.problems().size() + " problem");
        return error.problems().stream().map(Problem::render).toList();
    }
}
