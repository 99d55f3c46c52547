package dev.ecsplatform;

import com.google.gson.Gson;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks that run inside pulumi preview/up, fed as the Pulumi language host feeds the program. */
class PreflightTest {

    private static Map<String, String> hostEnvironment(String stack, String yaml) {
        var source = dev.ecsplatform.config.StackFile.parse(yaml, "t");
        var values = new TreeMap<String, String>();
        source.keys().forEach(key -> values.put(key, source.get(key).orElseThrow()));
        return Map.of("PULUMI_PROJECT", "ecs-platform", "PULUMI_STACK", stack, "PULUMI_CONFIG", new Gson().toJson(values));
    }

    @Test
    void theRealStacksPassAsPulumiWouldRunThem() throws IOException {
        for (var stack : new String[]{"dev", "prod"}) {
            assertThat(Preflight.check(hostEnvironment(stack, Files.readString(StackFiles.path(stack))))).as(stack).isEmpty();
        }
    }

    @Test
    void aBlockingFindingStopsTheRunWithThePlansMessage() throws IOException {
        var yaml = Files.readString(StackFiles.path("dev")).replace("""
                    ELB.1:
                      reason: dev has no domain or certificate, so its test API is served over plain HTTP on purpose (allowPlainHttp)
                      resources: [ecs-platform-dev-http]
                """, "");
        assertThat(yaml).doesNotContain("ELB.1:");
        assertThat(Preflight.check(hostEnvironment("dev", yaml))).hasValue("""
                The plan for stack dev breaks 1 mandatory control; nothing was created:
                  - ELB.1 ecs-platform-dev-http: the HTTP listener serves requests instead of redirecting them to HTTPS
                Fix the configuration, or accept a finding on purpose under ecs-platform:acceptedFindings.<control> with a reason.""");
    }

    @Test
    void invalidConfigurationStopsTheRunWithTheValidationMessage() {
        var result = Preflight.check(hostEnvironment("dev", "config:\n  aws:region: us-east-1\n"));
        assertThat(result).hasValue("Invalid configuration in the configuration of stack dev (1 problem); nothing was created:\n"
                + "  - ecs-platform:namespace: got nothing; expected a private DNS name such as dev.internal "
                + "(lowercase labels of letters, digits and '-', joined by dots)");
    }

    @Test
    void outsideAPulumiRunThereIsNothingToCheck() {
        assertThat(Preflight.check(Map.of())).isEmpty();
    }
}
