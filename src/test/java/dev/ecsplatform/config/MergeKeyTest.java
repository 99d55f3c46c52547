package dev.ecsplatform.config;

import dev.ecsplatform.testing.ConfigProblems;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;

import static dev.ecsplatform.testing.ConfigProblems.ECR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Defect class 7: YAML merge keys. Pulumi reads stack files with gopkg.in/yaml.v3, which resolves {@code <<}
 * (decode.go, {@code merge}), so they are supported here with the same rules: the mapping's own keys win, of
 * several merged mappings the earlier wins, merged values are taken whole; a merge of anything but mappings is
 * refused.
 */
class MergeKeyTest {

    private static final String HEAD = """
            config:
              aws:region: us-east-1
              ecs-platform:namespace: dev.internal
              ecs-platform:protect: false
            """;

    @Test
    void mergedDefaultsEqualTheSameSettingsWrittenOut() {
        var merged = StackFiles.load(HEAD + """
                  ecs-platform:services:
                    orders: &base
                      image: "%1$s/orders:1.0.0"
                      port: 8080
                      cpu: 512
                      memory: 1024
                      environment: {LOG: info}
                    inventory:
                      <<: *base
                      image: "%1$s/inventory:2.0.0"
                      environment: {MODE: fast}
                """.formatted(ECR));
        var written = StackFiles.load(HEAD + """
                  ecs-platform:services:
                    orders: {image: "%1$s/orders:1.0.0", port: 8080, cpu: 512, memory: 1024, environment: {LOG: info}}
                    inventory: {image: "%1$s/inventory:2.0.0", port: 8080, cpu: 512, memory: 1024, environment: {MODE: fast}}
                """.formatted(ECR));
        assertThat(merged).isEqualTo(written);
    }

    @Test
    void ownKeysWinWhereverWrittenAndTheEarlierOfSeveralMergesWins() {
        var config = StackFiles.load(HEAD + """
                  ecs-platform:services:
                    small: &small {image: "%1$s/s:1", port: 8080, cpu: 256, desiredCount: 1}
                    big: &big {image: "%1$s/b:1", port: 9090, cpu: 1024, memory: 2048}
                    mixed:
                      cpu: 512
                      <<: [*small, *big]
                """.formatted(ECR));
        var mixed = config.services().get("mixed");
        assertThat(mixed.cpu()).isEqualTo(512);
        assertThat(mixed.port()).hasValue(8080);
        assertThat(mixed.desiredCount()).isEqualTo(1);
        assertThat(mixed.memory()).isEqualTo(2048);
        assertThat(mixed.image()).isEqualTo(ECR + "/s:1");
    }

    @Test
    void anchorsMayLiveInATopLevelKeyPulumiIgnores() {
        var config = StackFiles.load("""
                x-defaults:
                  service: &service {cpu: 512, memory: 1024, desiredCount: 3}
                """ + HEAD + """
                  ecs-platform:services:
                    orders: {<<: *service, image: "%1$s/o:1", port: 8080}
                """.formatted(ECR));
        assertThat(config.services().get("orders").desiredCount()).isEqualTo(3);
    }

    @Test
    void mergingSomethingOtherThanAMappingIsRefused() {
        assertThat(ConfigProblems.of(HEAD + """
                  ecs-platform:services:
                    orders: {<<: [1, 2], image: "%1$s/o:1", port: 8080}
                """.formatted(ECR))).containsExactly(
                "ecs-platform:services.orders.<<: got a merge key whose value is not a mapping (line 6); expected a mapping "
                        + "or a list of mappings after <<, e.g. <<: *defaults (YAML merge keys, which Pulumi resolves)");
    }

    @Test
    void aQuotedMergeKeyIsAnOrdinaryKey() {
        assertThat(ConfigProblems.of(HEAD + """
                  ecs-platform:services:
                    orders: {"<<": {cpu: 512}, image: "%1$s/o:1", port: 8080}
                """.formatted(ECR))).singleElement().asString().startsWith("ecs-platform:services.orders.<<: got an unknown key;");
    }

    @Test
    void aMergedKeyIsValidatedAtTheMergingPath() {
        assertThat(ConfigProblems.paths(HEAD + """
                  ecs-platform:services:
                    orders: &o {image: "%1$s/o:1", port: 8080}
                    billing: {<<: *o, port: 0}
                    audit: {<<: *o, cpu: 1}
                """.formatted(ECR))).containsExactly("ecs-platform:services.audit.cpu", "ecs-platform:services.billing.port");
    }
}
