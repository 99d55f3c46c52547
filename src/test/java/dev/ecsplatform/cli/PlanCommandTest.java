package dev.ecsplatform.cli;

import dev.ecsplatform.config.StackFile;

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
                .contains("  orders  http orders.dev.internal:8080  task 512 CPU / 1024 MiB (app 256/512 + proxy 256/64)  tasks 1\n"
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
    void jsonPlanNamesTheRegionAndEveryDataSourceTheProgramReads() {
        var document = JsonParser.parseString(run("dev", "--format", "json").out()).getAsJsonObject();

        assertThat(document.get("region").getAsString()).isEqualTo("us-east-1");
        // dev picks its zones with azCount (getAvailabilityZones); the account id spells ARNs; the ELB account of
        // the region may write access logs.
        assertThat(document.getAsJsonArray("invokes").asList()).extracting(e -> e.getAsString()).containsExactly(
                "aws:elb/getServiceAccount:getServiceAccount",
                "aws:index/getAvailabilityZones:getAvailabilityZones",
                "aws:index/getCallerIdentity:getCallerIdentity");
    }

    @Test
    void explicitZonesNeedNoZoneLookup(@TempDir Path directory) throws IOException {
        var file = directory.resolve("Pulumi.zones.yaml");
        Files.writeString(file, Files.readString(Path.of("Pulumi.dev.yaml"))
                .replace("    azCount: 2\n", "    availabilityZones: [us-east-1a, us-east-1b]\n"));

        var document = JsonParser.parseString(run("--stack-file", file.toString(), "--format", "json").out())
                .getAsJsonObject();

        assertThat(document.getAsJsonArray("invokes").asList()).extracting(e -> e.getAsString())
                .doesNotContain("aws:index/getAvailabilityZones:getAvailabilityZones");
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
                + "availabilityZones, natGateways, endpoints, flowLogs, existing (did you mean \"natGateways\"?)\n");
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
    void aYmlStackFileIsTheSameStackAsItsYamlTwin(@TempDir Path dir) throws IOException {
        // Pulumi reads Pulumi.<stack>.yml as well as .yaml: the stack is dev either way, names and accepted findings too.
        Files.copy(Path.of("Pulumi.yaml"), dir.resolve("Pulumi.yaml"));
        Files.copy(Path.of("Pulumi.dev.yaml"), dir.resolve("Pulumi.dev.yml"));
        var expected = run("dev", "--format", "json");
        assertThat(StackFile.stackName(dir.resolve("Pulumi.dev.yml"))).isEqualTo("dev");
        assertThat(run("dev", "--project-dir", dir.toString(), "--format", "json")).isEqualTo(expected);
        assertThat(run("--stack-file", dir.resolve("Pulumi.dev.yml").toString(), "--format", "json").out())
                .isEqualTo(expected.out());
        assertThat(expected.exit()).isZero();
    }

    @Test
    void markdownReportOfProdRendersEverySection() {
        var run = run("prod", "--format", "markdown");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("## ecs-platform · `prod` — offline plan")
                .contains("**✅ No blocking findings.**", "### Fixed monthly cost (rough)", "### Services",
                        "```mermaid\nflowchart LR", "### Findings", "<details><summary>Resources by type");
    }

    @Test
    void insecureStackFileWrittenBySomeoneElseIsFlaggedAndExitsWithFour(@TempDir Path dir) throws IOException {
        var file = dir.resolve("Pulumi.risky.yaml");
        Files.writeString(file, """
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: internal.risky
                  ecs-platform:observability: {subscribers: none}
                  ecs-platform:network:
                    flowLogs: {enabled: false}
                  ecs-platform:cluster:
                    containerInsights: disabled
                  ecs-platform:services:
                    web:
                      image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0.0"
                      port: 8080
                      readonlyRootFilesystem: false
                      user: root
                """);
        var run = run("--stack-file", file.toString(), "--format", "json");
        assertThat(run.exit()).isEqualTo(PlanCommand.BLOCKING_FINDINGS);
        assertThat(run.err()).startsWith("The plan for stack risky breaks 4 mandatory controls; nothing was created:\n")
                .contains("  - EC2.6 ecs-platform-risky-vpc: no flow log records this VPC's traffic\n")
                .contains("  - ECS.12 ecs-platform-risky-cluster: Container Insights is off\n")
                .contains("  - ECS.20 ecs-platform-risky-web-task: container app runs as root\n")
                .contains("  - ECS.5 ecs-platform-risky-web-task: container app can write to its root filesystem");
        var findings = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("findings").asList();
        assertThat(findings).extracting(f -> f.getAsJsonObject().get("control").getAsString())
                .contains("EC2.6", "ECS.12", "ECS.20", "ECS.5");
    }

    @Test
    void acceptingAFindingLetsThePlanPassAndShowsItAsAccepted(@TempDir Path dir) throws IOException {
        var file = dir.resolve("Pulumi.lab.yaml");
        Files.writeString(file, """
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: internal.lab
                  ecs-platform:cluster: {containerInsights: disabled}
                  ecs-platform:acceptedFindings:
                    ECS.12: {reason: "a throwaway lab cluster; metrics are not worth their cost here"}
                """);
        var run = run("--stack-file", file.toString(), "--format", "markdown");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("| ✅ accepted | ECS.12 | `ecs-platform-lab-cluster` | Container Insights is off "
                + "— _accepted: a throwaway lab cluster; metrics are not worth their cost here_ |");
    }

    @Test
    void aThresholdThatDoesNotApplyIsAWarningAndThePlanGoesOn(@TempDir Path dir) throws IOException {
        var file = dir.resolve("Pulumi.lab.yaml");
        Files.writeString(file, """
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: internal.lab
                  ecs-platform:cluster: {containerInsights: disabled}
                  ecs-platform:observability: {alarms: {tasksBelowDesiredMinutes: 5}}
                  ecs-platform:acceptedFindings:
                    ECS.12: {reason: "a throwaway lab cluster; metrics are not worth their cost here"}
                """);
        var run = run("--stack-file", file.toString(), "--format", "json");
        assertThat(run.exit()).isZero();
        var warning = "ecs-platform:observability.alarms.tasksBelowDesiredMinutes: has no effect: Container Insights "
                + "is off (cluster.containerInsights: disabled), so nothing publishes the task counts and no "
                + "tasks-below-desired alarm is made";
        assertThat(run.err()).isEqualTo("warning: " + warning + "\n");
        assertThat(JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("warnings").get(0)
                .getAsJsonObject().get("path").getAsString()).isEqualTo("ecs-platform:observability.alarms.tasksBelowDesiredMinutes");
    }

    @Test
    void diffOfDevAndProdShowsWhatAPromotionChanges() {
        var run = run("diff", "dev", "prod", "--format", "markdown");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("## ecs-platform: `dev` → `prod`")
                .contains("| network | NAT | single (1) | perAz (3) |")
                .contains("| network | zones | 2 | 3 |")
                .contains("| ingress | public entry | plain HTTP | HTTPS |")
                .contains("| service api | tasks | 1 | 3 (autoscaling 3-12) |")
                .contains("| service api | task CPU/MiB | 512/1024 | 1024/2048 |")
                .contains("| cluster | protect | false | true |")
                .contains("| resources | aws:ec2/natGateway:NatGateway | 1 | 3 |")
                .doesNotContain("| service orders | calls |");
        var text = run("diff", "dev", "prod");
        assertThat(text.out()).contains("network\n  CIDR: 10.10.0.0/16 -> 10.20.0.0/16\n");
        assertThat(run("diff", "prod", "prod", "--format", "markdown").out()).endsWith("No differences.\n");
        assertThat(run("diff", "prod", "prod").out()).startsWith("prod -> prod: 0 differences\n");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run().exit()).isEqualTo(PlanCommand.USAGE);
        assertThat(run("dev", "--format", "yaml").err()).contains("--format must be one of text, json, markdown, not yaml");
        assertThat(run("diff", "dev").err()).contains("plan diff needs two stacks or stack files");
        assertThat(run("dev", "--bogus").err()).contains("unknown option --bogus");
        var missing = run("nosuchstack");
        assertThat(missing.exit()).isEqualTo(PlanCommand.USAGE);
        assertThat(missing.err()).isEqualTo("plan: cannot read ./Pulumi.nosuchstack.yaml: no such stack file\n");
    }

    @Test
    void aStackNameThatCannotWorkExitsWithOneAndTheReason(@TempDir Path dir) throws IOException {
        for (var name : new String[] {"Pulumi..yaml", "Pulumi.Dev.yaml", "Pulumi.eu.dev.yaml", "Pulumi.my stack.yaml"}) {
            var file = dir.resolve(name);
            Files.writeString(file, "config:\n  aws:region: eu-west-1\n  ecs-platform:namespace: staging.internal\n");
            var run = run("--stack-file", file.toString());
            assertThat(run.exit()).as(name).isEqualTo(PlanCommand.INVALID_CONFIG);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).as(name).startsWith("Invalid configuration in " + file + " (1 problem); nothing was created:\n"
                    + "  - stack: got \"" + StackFile.stackName(file) + "\"; expected a stack name of 1 to 24 characters");
        }
    }

    @Test
    void aFileNotNamedLikeAPulumiStackFileIsPlannedUnderAValidStackName(@TempDir Path dir) throws IOException {
        var file = dir.resolve("good_01.yaml");
        Files.writeString(file, "config:\n  aws:region: eu-west-1\n  ecs-platform:namespace: staging.internal\n");
        assertThat(StackFile.stackName(file)).isEqualTo("good-01");
        assertThat(StackFile.stackName(dir.resolve("Pulumi.good_01.yaml"))).isEqualTo("good_01");
        var run = run("--stack-file", file.toString(), "--format", "json");
        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out()).contains("\"stack\": \"good-01\"");
    }

    @Test
    void badFileContentExitsWithOneAndUnreadableFilesWithTwo(@TempDir Path dir) throws IOException {
        var latin1 = dir.resolve("Pulumi.latin.yaml");
        Files.write(latin1, "config:\n  aws:region: eu-west-1\n  ecs-platform:namespace: caf\u00e9.internal\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        var notUtf8 = run("--stack-file", latin1.toString());
        assertThat(notUtf8.exit()).isEqualTo(PlanCommand.INVALID_CONFIG);
        assertThat(notUtf8.err()).contains("ecs-platform:namespace: got bytes that are not UTF-8 text: 0xE9 at line 3, column 30");

        var infinite = dir.resolve("Pulumi.inf.yaml");
        Files.writeString(infinite, "config:\n  aws:region: eu-west-1\n  ecs-platform:namespace: inf.internal\n"
                + "  ecs-platform:network: {azCount: .inf}\n");
        var inf = run("--stack-file", infinite.toString());
        assertThat(inf.exit()).isEqualTo(PlanCommand.INVALID_CONFIG);
        assertThat(inf.err()).contains("ecs-platform:network.azCount: got .inf;").doesNotContain("Exception");

        var directory = run("--stack-file", dir.toString());
        assertThat(directory.exit()).isEqualTo(PlanCommand.USAGE);
        assertThat(directory.err()).isEqualTo("plan: cannot read " + dir + ": a directory, not a stack file\n");
    }
}
