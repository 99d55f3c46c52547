package dev.ecsplatform.bootstrap.plan;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan tests cover every stack file of the repository, and only stack files. */
class StackPlansTest {

    @Test
    void findsEveryStackFileAtTheRootAndTheTestStacksButNoProjectOrDeploymentFile() {
        assertThat(StackPlans.stackFiles()).extracting(path -> StackPlans.ROOT.relativize(path).toString())
                .contains("Pulumi.dev.yaml", "Pulumi.prod.yaml",
                        "bootstrap/src/test/resources/stacks/Pulumi.perf-eu-central-1-canary.yaml")
                .noneMatch(name -> name.endsWith("Pulumi.yaml") || name.endsWith(".deploy.yaml"));
        assertThat(StackPlans.stackFilesIn(StackPlans.ROOT)).hasSameSizeAs(
                java.util.Arrays.stream(StackPlans.ROOT.toFile().list()).filter(name -> name.matches("Pulumi\\.[^.]+\\.yaml"))
                        .toList());
    }

    @Test
    void plansAStackFileWithTheMainProjectsJar() {
        var plan = StackPlans.plan(StackPlans.ROOT.resolve("Pulumi.dev.yaml"));

        assertThat(plan.project()).isEqualTo("ecs-platform");
        assertThat(plan.stack()).isEqualTo("dev");
        assertThat(plan.region()).isEqualTo("us-east-1");
        assertThat(plan.cloudResources()).hasSizeGreaterThan(50);
        assertThat(StackPlans.plan(Path.of("..", "Pulumi.dev.yaml"))).as("planned once per JVM").isSameAs(plan);
    }
}
