package dev.ecsplatform.naming;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectNameRuleTest {

    @Test
    void projectNamesAreLowercaseLabelsOfAtMostThirtyTwo() {
        assertThat(ProjectNameRule.isValid("ecs-platform")).isTrue();
        assertThat(ProjectNameRule.isValid("x".repeat(32))).isTrue();
        assertThat(ProjectNameRule.isValid("x".repeat(33))).isFalse();
        assertThat(ProjectNameRule.isValid("Ecs_Platform")).isFalse();
    }
}
