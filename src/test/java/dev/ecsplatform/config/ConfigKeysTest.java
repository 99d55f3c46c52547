package dev.ecsplatform.config;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigKeysTest {

    @Test
    void theAwsKeysAreExactlyTheProvidersConfigurationGetters() {
        var getters = Arrays.stream(com.pulumi.aws.Config.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0)
                .map(java.lang.reflect.Method::getName)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(ConfigKeys.AWS_KEYS)).isEqualTo(getters);
    }

    @Test
    void keysAreNormalizedAsPulumiParsesThem() {
        assertThat(ConfigKeys.normalize("namespace", "ecs-platform")).hasValue("ecs-platform:namespace");
        assertThat(ConfigKeys.normalize("aws:region", "ecs-platform")).hasValue("aws:region");
        assertThat(ConfigKeys.normalize("aws:config:region", "ecs-platform")).hasValue("aws:region");
        assertThat(ConfigKeys.normalize("a:b:c", "ecs-platform")).isEmpty();
        assertThat(ConfigKeys.normalize("a:b:c:d", "ecs-platform")).isEmpty();
    }
}
