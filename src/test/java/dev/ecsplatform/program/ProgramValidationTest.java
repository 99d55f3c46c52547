package dev.ecsplatform.program;

import com.pulumi.exceptions.RunException;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import dev.ecsplatform.configkit.ConfigSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The path {@code pulumi up} takes: bad configuration stops the run before anything is registered. */
class ProgramValidationTest {

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    @Test
    void invalidConfigurationRegistersNothingAndFailsWithoutAStackTrace() {
        var registered = new AtomicInteger();
        Mocks mocks = args -> {
            registered.incrementAndGet();
            return CompletableFuture.completedFuture(Mocks.ResourceResult.of(Optional.of("id"), Map.of()));
        };
        var source = ConfigSource.of(Map.of(
                "aws:region", "us-east-1",
                "ecs-platform:namespace", "Not A Name",
                "ecs-platform:network", "{\"azCount\": 7}"), "the configuration of stack dev");

        var result = PulumiTest.withMocks(mocks)
                .withOptions(TestOptions.builder().projectName("ecs-platform").stackName("dev").build())
                .runTest(ctx -> PlatformProgram.run(ctx, source));

        assertThat(registered).hasValue(0);
        assertThat(result.resources()).allSatisfy(r -> assertThat(r.pulumiResourceType()).isEqualTo("pulumi:pulumi:Stack"));
        // The engine unwraps CompletionExceptions and prints a RunException's message alone, with no stack trace.
        assertThat(result.exceptions()).isNotEmpty().allSatisfy(e -> assertThat(
                e instanceof java.util.concurrent.CompletionException ? e.getCause() : e).isInstanceOf(RunException.class));
        var error = result.exceptions().stream().filter(e -> e instanceof InvalidStackException).findFirst().orElseThrow();
        assertThat(error.getMessage()).isEqualTo("""
                Invalid configuration in the configuration of stack dev (2 problems); nothing was created:
                  - ecs-platform:namespace: got "Not A Name"; expected a private DNS name such as dev.internal \
                (lowercase labels of letters, digits and '-', joined by dots)
                  - ecs-platform:network.azCount: got 7; expected an integer from 2 to 6""");
        assertThat(result.exitCode()).isEqualTo(32);
    }
}
