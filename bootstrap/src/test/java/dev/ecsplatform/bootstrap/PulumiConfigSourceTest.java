package dev.ecsplatform.bootstrap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The key names that let the program report a misspelt top-level key, as it finds them in the host's config. */
class PulumiConfigSourceTest {

    @Test
    void findsTheProgramsKeysInEitherSpellingAndIgnoresOtherNamespaces() {
        var all = "{\"ecs-platform-bootstrap:stacks\":\"{}\",\"ecs-platform-bootstrap:config:stak\":\"x\","
                + "\"aws:region\":\"eu-west-1\",\"ecs-platform:stacks\":\"{}\"}";

        assertThat(PulumiConfigSource.keysInNamespace(all, "ecs-platform-bootstrap")).containsExactly("stacks", "stak");
    }

    @Test
    void findsNothingWithoutReadableConfig() {
        assertThat(PulumiConfigSource.keysInNamespace(null, "ecs-platform-bootstrap")).isEmpty();
        assertThat(PulumiConfigSource.keysInNamespace("not json {", "ecs-platform-bootstrap")).isEmpty();
        assertThat(PulumiConfigSource.keysInNamespace("[1]", "ecs-platform-bootstrap")).isEmpty();
    }
}
