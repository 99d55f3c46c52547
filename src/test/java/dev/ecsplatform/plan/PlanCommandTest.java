package dev.ecsplatform.plan;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PlanCommandTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = PlanCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void textPlanOfDevShowsCountsTreeAndOutputs() {
        var run = run("dev");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("Offline plan for ecs-platform/dev")
                .containsPattern("aws:ec2/subnet:Subnet +4\n")
                .containsPattern("aws:ec2/natGateway:NatGateway +1\n")
                .contains("+ ecs-platform-dev  (ecs-platform:network:Network)")
                .contains("    ecs-platform-dev-vpc  (aws:ec2/vpc:Vpc)")
                .contains("clusterName = ecs-platform-dev");
    }

    @Test
    void textPlanShowsEachServicesSizeCallsAndTheCycles() {
        assertThat(run("dev").out())
                .contains("  orders  http orders.internal.dev:8080  task 512 CPU / 1024 MiB (app 256/512 + proxy 256/64)  tasks 1\n"
                        + "      calls cache, inventory\n"
                        + "      called by api, inventory, notifier; standalone: erp, saleor\n")
                .contains("  notifier  client-only  task 512 CPU / 1024 MiB (app 128/256 + proxy 256/64)  tasks 1\n")
                .contains("  call cycle: inventory <-> orders")
                .contains("  creation order: cache, inventory, orders, catalog, api, notifier\n");
        assertThat(run("prod").out()).contains("tasks 3 (autoscaling 3-12)");
    }

    @Test
    void textPlanMarksProtectedResources() {
        assertThat(run("prod").out()).contains("ecs-platform-prod-vpc  (aws:ec2/vpc:Vpc)  [protected]")
                .contains("ecs-platform-prod-cluster  (aws:ecs/cluster:Cluster)  [protected]");
    }

    @Test
    void jsonPlanListsEveryResourceInAFixedOrder() {
        var first = run("prod", "--format", "json");
        var second = run("--format", "json", "prod");
        assertThat(first.exit()).isZero();
        assertThat(first.out()).isEqualTo(second.out());
        var document = JsonParser.parseString(first.out()).getAsJsonObject();
        assertThat(document.get("stack").getAsString()).isEqualTo("prod");
        var resources = document.getAsJsonArray("resources");
        var vpc = resources.asList().stream().map(e -> e.getAsJsonObject())
                .filter(r -> r.get("name").getAsString().equals("ecs-platform-prod-vpc")).findFirst().orElseThrow();
        assertThat(vpc.get("type").getAsString()).isEqualTo("aws:ec2/vpc:Vpc");
        assertThat(vpc.get("parent").getAsString()).endsWith("ecs-platform:network:Network::ecs-platform-prod");
        assertThat(vpc.get("protect").getAsBoolean()).isTrue();
        assertThat(vpc.getAsJsonObject("inputs").get("enableDnsHostnames").getAsBoolean()).isTrue();
        // Whole numbers print as integers, not 443.0.
        assertThat(first.out()).contains("\"fromPort\": 443,");
    }

    @Test
    void invalidStackFileFailsWithTheMessageAndPlansNothing(@TempDir Path dir) throws IOException {
        var file = dir.resolve("Pulumi.broken.yaml");
        Files.writeString(file, """
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: internal.broken
                  ecs-platform:network:
                    natGateway: none
                """);
        var run = run("--stack-file", file.toString());
        assertThat(run.exit()).isEqualTo(PlanCommand.INVALID_CONFIG);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("Invalid configuration in " + file + " (1 problem); nothing was created:\n"
                + "  - ecs-platform:network.natGateway: got an unknown key; expected one of cidr, azCount, "
                + "availabilityZones, natGateways, endpoints, flowLogs (did you mean \"natGateways\"?)\n");
    }

    @Test
    void stackFileNameGivesTheStackName(@TempDir Path dir) throws IOException {
        var file = dir.resolve("Pulumi.staging.yaml");
        Files.writeString(file, "config:\n  aws:region: eu-west-1\n  ecs-platform:namespace: internal.staging\n");
        var run = run("--stack-file", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Offline plan for ecs-platform/staging").contains("ecs-platform-staging-vpc");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run().exit()).isEqualTo(PlanCommand.USAGE);
        assertThat(run("dev", "--format", "yaml").err()).contains("--format must be one of text, json, not yaml");
        assertThat(run("dev", "--bogus").err()).contains("unknown option --bogus");
        var missing = run("nosuchstack");
        assertThat(missing.exit()).isEqualTo(PlanCommand.USAGE);
        assertThat(missing.err()).contains("Pulumi.nosuchstack.yaml (no such stack file)");
    }
}
