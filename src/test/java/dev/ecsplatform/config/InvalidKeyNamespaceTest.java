package dev.ecsplatform.config;

import dev.ecsplatform.configkit.ConfigSource;
import dev.ecsplatform.configkit.InvalidConfigException;
import dev.ecsplatform.configkit.Problem;
import dev.ecsplatform.testing.ConfigProblems;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.ecsplatform.testing.ConfigProblems.VALID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Defect class 4: keys outside the project's namespace were ignored. Every key must belong to this program,
 * the AWS provider or Pulumi itself; anything else is an error with the closest known key. Keys that are not
 * text are errors wherever they are.
 */
class InvalidKeyNamespaceTest {

    private static final String NAMESPACES = "a key under ecs-platform: (this program), aws: (the AWS provider) or pulumi: (Pulumi itself)";

    @Test
    void aMisspeltProjectNamespace() {
        assertThat(ConfigProblems.of(VALID + "  ecs-platfrom:protect: true\n")).containsExactly(
                "ecs-platfrom:protect: got a key in the namespace \"ecs-platfrom\", which nothing reads; expected "
                        + NAMESPACES + " (did you mean \"ecs-platform:protect\"?)");
    }

    @Test
    void aMisspeltProviderNamespaceOrKey() {
        assertThat(ConfigProblems.of(VALID + "  awss:profile: ops\n")).containsExactly(
                "awss:profile: got a key in the namespace \"awss\", which nothing reads; expected " + NAMESPACES
                        + " (did you mean \"aws:profile\"?)");
        assertThat(ConfigProblems.of(VALID + "  aws:regoin: eu-west-1\n")).singleElement().asString()
                .startsWith("aws:regoin: got an unknown key of the AWS provider; expected one of accessKey, ")
                .endsWith("(did you mean \"region\"?)");
        assertThat(ConfigProblems.of(VALID + "  pulumi:templat: x\n")).containsExactly(
                "pulumi:templat: got an unknown key of Pulumi's own; expected one of autonaming, disable-default-providers, "
                        + "tags, template (did you mean \"template\"?)");
    }

    @Test
    void providerAndPulumiKeysAndBareProjectKeysAreAccepted() {
        var config = StackFiles.load(VALID.replace("ecs-platform:protect: false", "protect: true")
                + "  aws:profile: ops\n  aws:defaultTags: {tags: {team: platform}}\n  pulumi:template: https://example.com/t\n"
                + "  ecs-platform:config:logs: {retentionDays: 30}\n  observability: {subscribers: none}\n");
        assertThat(config.protect()).isTrue();
        assertThat(config.logRetentionDays()).isEqualTo(30);
    }

    @Test
    void aKeyWithTooManyColons() {
        assertThat(ConfigProblems.of(VALID + "  ecs-platform:logs:retentionDays: 30\n")).containsExactly(
                "ecs-platform:logs:retentionDays: got a key that is not of the form <namespace>:<name> (line 12); expected keys "
                        + "such as ecs-platform:services or aws:region");
    }

    @Test
    void keysThatAreNotText() {
        assertThat(ConfigProblems.of(VALID + "  1: one\n")).containsExactly(
                "1: got the key 1 (line 12), which YAML reads as a number; expected text keys only: Pulumi refuses other keys "
                        + "(quote it if it is a name: \"1\")");
        assertThat(ConfigProblems.of(VALID + "  ? [a, b]\n  : x\n")).containsExactly(
                "config: got a list used as a key (line 12); expected text keys only: Pulumi refuses other keys");
    }

    @Test
    void aNonTextKeyInsideServices() {
        var yaml = VALID.replace("    worker:\n", "    true: {image: x}\n    worker:\n");
        assertThat(ConfigProblems.of(yaml)).containsExactly(
                "ecs-platform:services.true: got the key true (line 9), which YAML reads as a boolean; expected text keys only: "
                        + "Pulumi refuses other keys (quote it if it is a name: \"true\")");
    }

    @Test
    void disablingTheDefaultAwsProviderIsRefused() {
        assertThat(ConfigProblems.of(VALID + "  pulumi:disable-default-providers: [\"*\"]\n")).containsExactly(
                "pulumi:disable-default-providers[0]: got \"*\"; expected a package other than aws: this program creates every "
                        + "resource with the default AWS provider, so disabling it would fail the deployment");
    }

    @Test
    void keysFromARunningStackAreCheckedTheSameWay() {
        // Under `pulumi up` the keys come from PULUMI_CONFIG, not from a file: the same rule applies.
        var source = ConfigSource.of(Map.of("aws:region", "us-east-1", "ecs-platform:namespace", "dev.internal",
                "ecs-platfrom:protect", "false"), "the configuration of stack dev");
        var error = catchThrowableOfType(InvalidConfigException.class, () -> ConfigLoader.load("ecs-platform", "dev", source));
        assertThat(error.problems()).extracting(Problem::path).containsExactly("ecs-platfrom:protect");
    }
}
