package dev.ecsplatform.config;

import dev.ecsplatform.testing.ConfigProblems;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static dev.ecsplatform.testing.ConfigProblems.ECR;
import static dev.ecsplatform.testing.ConfigProblems.VALID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Defect class 6: crashes and poor messages. Numbers JSON cannot carry, YAML syntax errors, files that are not
 * UTF-8 and YAML 1.2 integers are reported at their key path; one bad value is reported once, not with its
 * echoes; and every problem is reported at once.
 */
class InvalidYamlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            ".inf | ecs-platform:services.orders.port: got .inf; expected a finite value: Pulumi passes configuration to the program as JSON, which has no infinity or NaN",
            "-.Inf | ecs-platform:services.orders.port: got -.Inf; expected a finite value: Pulumi passes configuration to the program as JSON, which has no infinity or NaN",
            ".nan | ecs-platform:services.orders.port: got .nan; expected a finite value: Pulumi passes configuration to the program as JSON, which has no infinity or NaN",
            "99999999999999999999 | ecs-platform:services.orders.port: got 99999999999999999999; expected an integer from 1 to 65535",
            "1e400 | ecs-platform:services.orders.port: got \"1e400\"; expected an integer from 1 to 65535",
            "8080.5 | ecs-platform:services.orders.port: got 8080.5; expected an integer from 1 to 65535",
            "0o19 | ecs-platform:services.orders.port: got \"0o19\"; expected an integer from 1 to 65535"})
    void numbersWhereAnIntegerIsExpected(String written, String expected) {
        assertThat(ConfigProblems.of(VALID.replace("port: 8080", "port: " + written))).containsExactly(expected);
    }

    @Test
    void integersAreReadAsPulumiReadsThem() {
        // yaml.v3: 0o (YAML 1.2) and 0x, 0b, a leading 0 (octal), underscores; a whole float is an integer.
        var config = StackFiles.load(VALID.replace("port: 8080", "port: 0o17_640\n      desiredCount: 0x3\n      cpu: 0400\n      memory: 1024.0"));
        var orders = config.services().get("orders");
        assertThat(orders.port()).hasValue(8096);
        assertThat(orders.desiredCount()).isEqualTo(3);
        assertThat(orders.cpu()).isEqualTo(256);
        assertThat(orders.memory()).isEqualTo(1024);
    }

    @Test
    void aTabGivesTheKeyPathLineColumnAndTheLine() {
        var yaml = VALID.replace("      port: 8080\n", "      port: 8080\n\tcpu: 512\n");
        assertThat(ConfigProblems.of(yaml)).singleElement().asString()
                .startsWith("ecs-platform:services.orders: got text that is not valid YAML at line 9, column 1 (found character")
                .contains("that cannot start any token")
                .endsWith("; expected YAML: indent with spaces (never tabs), close every quote and bracket, one value per key\n"
                        + "      9 | \\tcpu: 512\n"
                        + "          ^");
    }

    @Test
    void anUnclosedQuoteGivesWhereItOpened() {
        var yaml = VALID + "  ecs-platform:logs: {retentionDays: \"30}\n";
        assertThat(ConfigProblems.of(yaml)).containsExactly("""
                ecs-platform:logs.retentionDays: got text that is not valid YAML at line 13, column 1 (while scanning a quoted \
                scalar at line 12, column 38: found unexpected end of stream); expected YAML: indent with spaces (never tabs), \
                close every quote and bracket, one value per key
                      12 |   ecs-platform:logs: {retentionDays: "30}
                                                                ^""");
    }

    @Test
    void aQuoteLeftOpenInTheMiddleIsPlacedInItsService() {
        // YAML lets a quoted scalar run over lines, so the parser stops further down; the path is where it began.
        var yaml = VALID.replace("\"" + ECR + "/orders:1.0.0\"", "\"" + ECR + "/orders:1.0.0");
        assertThat(ConfigProblems.paths(yaml)).containsExactly("ecs-platform:services.orders");
    }

    @Test
    void aFileThatIsNotUtf8NamesTheByteAndWhereItIs() {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(VALID.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("  ecs-platform:logs: {retentionDays: 30}\n  ecs-platform:acceptedFindings: {ELB.6: {reason: \"caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes(" latin-1 text here\"}}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(ConfigProblems.ofBytes(bytes.toByteArray())).containsExactly("""
                ecs-platform:acceptedFindings.ELB.6.reason: got bytes that are not UTF-8 text: 0xE9 at line 13, column 55; \
                expected a stack file saved as UTF-8, as Pulumi reads it (convert it, e.g. iconv -f latin1 -t utf-8)
                      13 |   ecs-platform:acceptedFindings: {ELB.6: {reason: "caf\uFFFD latin-1 text here"}}
                                                                                 ^""");
    }

    @Test
    void aBadPortIsReportedOnceNotAsItsCallersCallingAClientOnlyService() {
        assertThat(ConfigProblems.of(VALID.replace("port: 8080", "port: http"))).containsExactly(
                "ecs-platform:services.orders.port: got \"http\"; expected an integer from 1 to 65535");
    }

    @Test
    void aBadRegionOrProtectIsNotEchoedByTheChecksBuiltOnIt() {
        var yaml = VALID.replace("aws:region: us-east-1", "aws:region: Virginia")
                .replace("ecs-platform:protect: false", "ecs-platform:protect: maybe")
                .replace("      port: 8080\n", "      port: 8080\n      public: {paths: [/*], priority: 1}\n")
                + "  ecs-platform:ingress: {allowPlainHttp: true}\n  ecs-platform:network: {availabilityZones: [us-east-1a, us-east-1b]}\n";
        assertThat(ConfigProblems.paths(yaml)).containsExactly("aws:region", "ecs-platform:protect");
    }

    @Test
    void aRefusedServiceNameDoesNotHideTheRestOfThatService() {
        var yaml = VALID.replace("    worker:\n", "    Billing_API:\n      image: \"" + ECR + "/b:1\"\n      port: 0\n    worker:\n");
        assertThat(ConfigProblems.paths(yaml)).containsExactly("ecs-platform:services.Billing_API", "ecs-platform:services.Billing_API.port");
    }

    @Test
    void everyProblemOfEverySectionAtOnce() {
        var yaml = VALID.replace("port: 8080", "port: 70000\n      protocol: htp")
                + "  ecs-platform:network: {cidr: 10.0.0.1/16, azCount: 9}\n"
                + "  ecs-platform:cluster: {capacityProviders: {}}\n"
                + "  ecs-platform:logs: {retentionDays: 10}\n"
                + "  ecs-platform:externalClients: {erp: {calls: [ordrs]}}\n";
        assertThat(ConfigProblems.paths(yaml)).containsExactly(
                "ecs-platform:cluster.capacityProviders", "ecs-platform:externalClients.erp", "ecs-platform:externalClients.erp.calls[0]",
                "ecs-platform:logs.retentionDays", "ecs-platform:network.azCount", "ecs-platform:network.cidr",
                "ecs-platform:services.orders.port", "ecs-platform:services.orders.protocol");
    }
}
