package dev.ecsplatform.config;

import dev.ecsplatform.configkit.InvalidConfigException;
import dev.ecsplatform.configkit.Problem;
import dev.ecsplatform.testing.ConfigProblems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A deployment that can never replace a task, over the whole class: from each seed a service with a desired count
 * or an autoscaling range, and percentages written on the service or for the environment. The oracle is ECS's
 * documented rounding (ECS API reference, DeploymentConfiguration: the minimum rounded up, the maximum rounded
 * down), computed here with real division: a count is stuck when neither one more task may start nor one may stop.
 * Stuck anywhere in the range: refused once, where the percentages are written; otherwise the file loads.
 */
class DeploymentRoomStacksTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 400);
    }

    static boolean stuck(int desired, int min, int max) {
        long mostRunning = (long) Math.floor(desired * max / 100.0);
        long fewestHealthy = (long) Math.ceil(desired * min / 100.0);
        return desired > 0 && mostRunning <= desired && fewestHealthy >= desired;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyCountThatLeavesNoRoomIsRefusedWhereThePercentagesAreWritten(long seed) {
        var random = new Random(seed);
        // Percentages near the edges, where rounding decides.
        int min = random.nextBoolean() ? 100 - random.nextInt(60) : random.nextInt(101);
        int max = random.nextBoolean() ? 100 + random.nextInt(60) : 100 + random.nextInt(101);
        boolean onService = random.nextBoolean();
        boolean autoscaled = random.nextInt(3) == 0;
        int from = 1 + random.nextInt(6);
        int to = from + random.nextInt(6);
        int desired = autoscaled ? from + random.nextInt(to - from + 1) : random.nextInt(8);
        var percentages = "{minimumHealthyPercent: %d, maximumPercent: %d}".formatted(min, max);
        var yaml = """
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: dev.internal
                  ecs-platform:protect: false
                %s  ecs-platform:services:
                    web:
                      image: "nginx:1.27"
                      port: 8080
                      desiredCount: %d
                %s%s""".formatted(onService ? "" : "  ecs-platform:deployment: " + percentages + "\n", desired,
                autoscaled ? "      autoscaling: {min: %d, max: %d}\n".formatted(from, to) : "",
                onService ? "      deployment: " + percentages + "\n" : "");

        boolean expectStuck = false;
        int lo = autoscaled ? from : desired;
        int hi = autoscaled ? to : desired;
        for (int count = lo; count <= hi; count++) {
            expectStuck |= stuck(count, min, max);
        }
        var thrown = catchThrowable(() -> ConfigLoader.load("ecs-platform", StackFile.parse(yaml, "bad.yaml")));
        if (!expectStuck) {
            assertThat(thrown).as(yaml).isNull();
            return;
        }
        var path = onService ? "ecs-platform:services.web.deployment" : "ecs-platform:deployment";
        assertThat(thrown).as(yaml).isInstanceOf(InvalidConfigException.class);
        assertThat(((InvalidConfigException) thrown).problems()).as(yaml).extracting(Problem::path).containsExactly(path);
        if (!(min == 100 && max == 100)) {
            assertThat(ConfigProblems.of(yaml).get(0)).contains("room to replace a task", "ECS rounds the minimum up");
        }
    }
}
