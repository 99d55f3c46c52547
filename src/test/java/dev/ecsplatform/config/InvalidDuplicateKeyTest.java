package dev.ecsplatform.config;

import dev.ecsplatform.testing.ConfigProblems;
import org.junit.jupiter.api.Test;

import static dev.ecsplatform.testing.ConfigProblems.VALID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Defect class 2: a key written twice used to be read with the later value winning. Pulumi's reader refuses
 * such a file, and so does this one, at the key's path, with both line numbers, wherever the key is.
 */
class InvalidDuplicateKeyTest {

    private static final String TWICE = "each key once in a mapping: Pulumi refuses a file with a repeated key, so the later one never silently wins";

    @Test
    void aTopLevelKeyTwice() {
        assertThat(ConfigProblems.of(VALID + "  ecs-platform:protect: true\n")).containsExactly(
                "ecs-platform:protect: got the key \"ecs-platform:protect\" twice (lines 4 and 12); expected " + TWICE);
    }

    @Test
    void aKeyTwiceInsideAService() {
        var yaml = VALID.replace("      port: 8080\n", "      port: 8080\n      cpu: 512\n      port: 9090\n");
        assertThat(ConfigProblems.of(yaml)).containsExactly(
                "ecs-platform:services.orders.port: got the key \"port\" twice (lines 8 and 10); expected " + TWICE);
    }

    @Test
    void aKeyTwiceInANestedFlowMapping() {
        var yaml = VALID.replace("      port: 8080\n", "      port: 8080\n      healthCheck: {command: [CMD, a], retries: 2, retries: 3}\n");
        assertThat(ConfigProblems.of(yaml)).containsExactly(
                "ecs-platform:services.orders.healthCheck.retries: got the key \"retries\" twice (lines 9 and 9); expected " + TWICE);
    }

    @Test
    void aServiceTwice() {
        var yaml = VALID + "  ecs-platform:externalClients: {erp: {cidrs: [10.0.1.0/24], calls: [orders]}, erp: {cidrs: [10.0.2.0/24], calls: [orders]}}\n";
        assertThat(ConfigProblems.of(yaml)).containsExactly(
                "ecs-platform:externalClients.erp: got the key \"erp\" twice (lines 12 and 12); expected " + TWICE);
    }

    @Test
    void theSameKeyQuotedAndPlainIsOneKey() {
        var yaml = VALID.replace("      port: 8080\n", "      port: 8080\n      \"port\": 9090\n");
        assertThat(ConfigProblems.of(yaml)).containsExactly(
                "ecs-platform:services.orders.port: got the key \"port\" twice (lines 8 and 9); expected " + TWICE);
    }

    @Test
    void aKeyWithAndWithoutItsNamespace() {
        assertThat(ConfigProblems.of(VALID + "  protect: true\n")).containsExactly(
                "ecs-platform:protect: got the key twice, with and without its namespace (lines 4 and 12); expected each "
                        + "key once: Pulumi reads a key without a namespace as ecs-platform:protect");
    }

    @Test
    void theConfigBlockTwice() {
        assertThat(ConfigProblems.of(VALID + "config:\n  ecs-platform:protect: true\n")).containsExactly(
                "config: got the key \"config\" twice (lines 1 and 12); expected " + TWICE);
    }

    @Test
    void aRepeatedKeyIsReportedWithEveryOtherProblem() {
        var yaml = VALID.replace("      port: 8080\n", "      port: 8080\n      port: 9090\n      cpu: 1\n");
        assertThat(ConfigProblems.paths(yaml)).containsExactly("ecs-platform:services.orders.cpu", "ecs-platform:services.orders.port");
    }
}
