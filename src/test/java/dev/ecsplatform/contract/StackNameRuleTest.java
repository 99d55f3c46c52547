package dev.ecsplatform.contract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StackNameRuleTest {

    @Test
    void acceptsLowercaseLabelsUpToTwentyFourCharacters() {
        assertThat(StackNameRule.isValid("dev")).isTrue();
        assertThat(StackNameRule.isValid("a")).isTrue();
        assertThat(StackNameRule.isValid("eu-west-1-prod")).isTrue();
        assertThat(StackNameRule.isValid("x".repeat(24))).isTrue();
    }

    @Test
    void refusesWhatAwsNamesCannotHold() {
        for (var name : new String[] {"", "Dev", "eu.dev", "my stack", "Pulumi.", "dev_1", "-dev", "dev-", "1dev", "x".repeat(25)}) {
            assertThat(StackNameRule.isValid(name)).as(name).isFalse();
        }
    }

    @Test
    void suggestsTheClosestValidName() {
        assertThat(StackNameRule.suggestion("Eu.Dev")).hasValue("eu-dev");
        assertThat(StackNameRule.suggestion("my stack")).hasValue("my-stack");
        assertThat(StackNameRule.suggestion("dev_")).hasValue("dev");
        assertThat(StackNameRule.suggestion("Pulumi.")).hasValue("pulumi");
        assertThat(StackNameRule.suggestion("123")).isEmpty();
        assertThat(StackNameRule.suggestion("dev")).isEmpty();
    }
}
