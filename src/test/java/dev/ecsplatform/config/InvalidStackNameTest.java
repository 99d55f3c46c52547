package dev.ecsplatform.config;

import dev.ecsplatform.configkit.InvalidConfigException;
import dev.ecsplatform.configkit.Problem;
import dev.ecsplatform.testing.ConfigProblems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static dev.ecsplatform.testing.ConfigProblems.VALID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Defect class 5: the stack name flows into bucket, load balancer, target group, cluster and role names and was
 * never checked. The loader refuses what cannot work, at key path {@code stack}, with the other problems.
 */
class InvalidStackNameTest {

    private static final String EXPECTED = "expected a stack name of 1 to 24 characters: lowercase letters, digits and "
            + "'-', starting with a letter, not ending with '-' (it becomes part of bucket, load balancer, target group, "
            + "cluster and role names, which allow no capitals, '_' or '.')";

    @ParameterizedTest
    @ValueSource(strings = {"Dev", "eu.dev", "my stack", "Pulumi.", "dev_2", "-dev", "dev-", "1dev", "", "a-stack-name-of-25-chars-"})
    void refusedStackNames(String stack) {
        var problems = ConfigProblems.of(VALID, stack);
        assertThat(problems).singleElement().asString().startsWith("stack: got \"" + stack + "\"; " + EXPECTED);
    }

    @Test
    void theRefusalSuggestsAName() {
        assertThat(ConfigProblems.of(VALID, "Eu.Dev")).containsExactly("stack: got \"Eu.Dev\"; " + EXPECTED + " (did you mean \"eu-dev\"?)");
    }

    @Test
    void aBadStackNameIsReportedWithEveryOtherProblem() {
        assertThat(ConfigProblems.problems((VALID + "  ecs-platform:network: {azCount: 1}\n").getBytes(), "Prod"))
                .extracting(Problem::path).containsExactly("ecs-platform:network.azCount", "stack");
    }

    @Test
    void validNamesPass() {
        for (var stack : new String[] {"dev", "prod", "eu-west-1-staging", "a", "abcdefghijklmnopqrstuvwx"}) {
            ConfigLoader.load("ecs-platform", stack, StackFile.parse(VALID, "ok.yaml"));
        }
    }

    @Test
    void theProjectNameIsCheckedToo() {
        var error = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidConfigException.class,
                () -> ConfigLoader.load("My_Project", "dev", StackFile.parse(VALID.replace("ecs-platform:", "My_Project:"), "ok.yaml")));
        assertThat(error.problems()).extracting(Problem::render).containsExactly(
                "project: got \"My_Project\"; expected a project name of 1 to 32 characters: lowercase letters, digits and "
                        + "'-', starting with a letter, not ending with '-' (it starts every resource name)");
    }
}
