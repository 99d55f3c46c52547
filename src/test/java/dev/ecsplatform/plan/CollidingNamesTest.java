package dev.ecsplatform.plan;

import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import dev.ecsplatform.callgraph.CallGraph;
import dev.ecsplatform.naming.StackNames;
import dev.ecsplatform.security.FirewallPlanner;
import dev.ecsplatform.security.FirewallRule;
import dev.ecsplatform.service.TaskRoles;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Defect class 1: logical names built by joining parts with hyphens gave different things one name, and so one
 * URN. Names are now built so that they cannot collide, and a plan with a duplicate URN fails loudly.
 */
class CollidingNamesTest {

    private static final String ECR = "123456789012.dkr.ecr.us-east-1.amazonaws.com";

    /**
     * Every pair that collided before: {@code x} called by {@code y-from-z} and {@code x-from-y} called by {@code z};
     * {@code a} calling {@code b-to-c} and {@code a-to-b} calling {@code c}; a client's group id and a client's
     * CIDR spelled like a service-derived rule; two managed policies with one last segment.
     */
    static final String TRICKY = """
            config:
              aws:region: us-east-1
              ecs-platform:namespace: test.internal
              ecs-platform:protect: false
              ecs-platform:services:
                x: {image: "%1$s/x:1", port: 8080}
                z: {image: "%1$s/z:1", port: 8081, calls: [x-from-y]}
                y-from-z: {image: "%1$s/y:1", port: 8082, calls: [x]}
                x-from-y: {image: "%1$s/xy:1", port: 8083}
                a: {image: "%1$s/a:1", port: 8084, calls: [b-to-c]}
                a-to-b: {image: "%1$s/ab:1", port: 8085, calls: [c]}
                b-to-c: {image: "%1$s/bc:1", port: 8086}
                c: {image: "%1$s/c:1", port: 8087, calls: [x]}
                erp-sg-0123456789abcdef0: {image: "%1$s/e:1", port: 8088, calls: [x]}
                lab-10-1-0-0-24: {image: "%1$s/l:1", port: 8089, calls: [x]}
                reader:
                  image: "%1$s/r:1"
                  port: 8090
                  taskRolePolicies:
                    - arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
                    - arn:aws:iam::123456789012:policy/teams/AmazonS3ReadOnlyAccess
                    - arn:aws:iam::123456789012:policy/AmazonS3ReadOnlyAccess
              ecs-platform:externalClients:
                erp: {securityGroupIds: [sg-0123456789abcdef0], calls: [x]}
                lab: {cidrs: [10.1.0.0/24], calls: [x]}
            """.formatted(ECR);

    @Test
    void firewallRuleNamesAreDistinctWhereHyphenatedNamesCollided() {
        var config = StackFiles.load(TRICKY);
        var rules = FirewallPlanner.plan(config, CallGraph.of(config)).rules();
        var names = rules.stream().map(rule -> rule.logicalName("p")).toList();

        assertThat(names).doesNotHaveDuplicates();
        assertThat(names).contains("p-x.from.y-from-z", "p-x-from-y.from.z", "p-a.to.b-to-c", "p-a-to-b.to.c",
                "p-x.from.erp.sg-0123456789abcdef0", "p-x.from.erp-sg-0123456789abcdef0",
                "p-x.from.lab.10-1-0-0-24", "p-x.from.lab-10-1-0-0-24");
    }

    @Test
    void policyAttachmentsOfOneLastSegmentGetDistinctNames() {
        var names = Set.of(
                TaskRoles.attachmentName("p-reader", "arn:aws:iam::aws:policy/ReadOnlyAccess"),
                TaskRoles.attachmentName("p-reader", "arn:aws:iam::aws:policy/job-function/ReadOnlyAccess"),
                TaskRoles.attachmentName("p-reader", "arn:aws:iam::123456789012:policy/ReadOnlyAccess"));

        assertThat(names).hasSize(3).allSatisfy(name -> assertThat(name).matches("p-reader-policy-ReadOnlyAccess-[0-9a-f]{8}"));
        assertThat(TaskRoles.attachmentName("p-reader", "arn:aws:iam::aws:policy/ReadOnlyAccess"))
                .as("stable across runs").isEqualTo("p-reader-policy-ReadOnlyAccess-"
                        + dev.ecsplatform.naming.StableHash.of("arn:aws:iam::aws:policy/ReadOnlyAccess"));
    }

    @Test
    void theTrickyStackPlansEveryRuleAndAttachmentUnderItsOwnUrn() {
        var config = StackFiles.load(TRICKY);
        var plan = StackFiles.planYaml("tricky", TRICKY);

        assertThat(plan.resources()).extracting(PlannedResource::urn).doesNotHaveDuplicates();
        var planned = plan.ofType("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule").size()
                + plan.ofType("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule").size();
        var endpointRule = 1;
        assertThat(planned).isEqualTo(FirewallPlanner.plan(config, CallGraph.of(config)).rules().size() + endpointRule);
        assertThat(plan.ofType("aws:iam/rolePolicyAttachment:RolePolicyAttachment"))
                .extracting(r -> r.inputString("policyArn"))
                .containsExactlyInAnyOrder("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
                        "arn:aws:iam::123456789012:policy/teams/AmazonS3ReadOnlyAccess",
                        "arn:aws:iam::123456789012:policy/AmazonS3ReadOnlyAccess");
    }

    @Test
    void aPlanWithADuplicateUrnFailsNamingTheUrnAndBothResources() {
        // The SDK's mock engine accepts a second registration of one URN without a word (it keeps the later
        // inputs); a real engine refuses it. So the offline plan must be the one to say it.
        var names = new StackNames("ecs-platform", "dup");
        var error = catchThrowableOfType(OfflinePlanner.PlanFailedException.class, () -> OfflinePlanner.run(names, "us-east-1",
                ctx -> {
                    new BucketV2("twin", BucketV2Args.builder().bucket("first").build());
                    new BucketV2("twin", BucketV2Args.builder().bucket("second").build());
                }, Topology.of(StackFiles.load(TRICKY))));

        assertThat(error).isNotNull();
        assertThat(error.getMessage())
                .contains("registered 2 resources with the URN urn:pulumi:dup::ecs-platform::pulumi:pulumi:Stack$aws:s3/bucketV2:BucketV2::twin")
                .contains("(1) under urn:pulumi:dup::ecs-platform::pulumi:pulumi:Stack::ecs-platform-dup")
                .contains("bucket=first").contains("bucket=second");
    }

    @Test
    void firewallRuleNamesParseBackToTheirParts() {
        // The separator cannot appear in a service, client or group name, nor in a CIDR slug: each name has one reading.
        var config = StackFiles.load(TRICKY);
        Map<String, List<FirewallRule>> byName = FirewallPlanner.plan(config, CallGraph.of(config)).rules().stream()
                .collect(Collectors.groupingBy(rule -> rule.logicalName("p")));
        byName.forEach((name, rules) -> {
            var parts = name.substring(2).split("\\.");
            assertThat(parts[0]).isEqualTo(rules.get(0).service());
            assertThat(String.join(".", List.of(parts).subList(1, parts.length))).isEqualTo(rules.get(0).nameSuffix());
        });
    }
}
