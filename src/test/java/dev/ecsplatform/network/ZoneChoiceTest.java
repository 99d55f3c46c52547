package dev.ecsplatform.network;

import com.pulumi.exceptions.ResourceException;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import dev.ecsplatform.naming.StackNames;
import dev.ecsplatform.plan.PlanMocks;
import dev.ecsplatform.program.PlatformProgram;
import dev.ecsplatform.testing.RunErrors;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Which zones the subnets go to: stable positions, never a zone where Fargate does not run. */
class ZoneChoiceTest {

    private final List<Map<String, Object>> zoneQueries = new ArrayList<>();

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    /** us-west-1 as one account sees it: zone b is usw1-az2, where Fargate does not run. */
    private Mocks usWest1() {
        var aws = new PlanMocks("us-west-1");
        return new Mocks() {
            @Override
            public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
                return aws.newResourceAsync(args);
            }

            @Override
            public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
                if (!args.token.equals("aws:index/getAvailabilityZones:getAvailabilityZones")) {
                    return aws.callAsync(args);
                }
                zoneQueries.add(args.args);
                // Like EC2, answer only the zones a zone-name filter asks for.
                var names = new ArrayList<String>();
                var ids = new ArrayList<String>();
                var wanted = wantedNames(args.args);
                for (var letter : List.of("a", "b", "c")) {
                    var name = "us-west-1" + letter;
                    if (wanted.isEmpty() || wanted.contains(name)) {
                        names.add(name);
                        ids.add("usw1-az" + (letter.charAt(0) - 'a' + 1));
                    }
                }
                return CompletableFuture.completedFuture(Map.of("id", "us-west-1", "names", names, "zoneIds", ids,
                        "groupNames", List.of("us-west-1")));
            }
        };
    }

    private static List<?> wantedNames(Map<String, Object> query) {
        if (query.get("filters") instanceof List<?> filters) {
            for (var filter : filters) {
                if (filter instanceof Map<?, ?> f && "zone-name".equals(f.get("name"))) {
                    return (List<?>) f.get("values");
                }
            }
        }
        return List.of();
    }

    private List<Throwable> plan(String network) {
        var config = StackFiles.load("""
                config:
                  aws:region: us-west-1
                  ecs-platform:namespace: dev.internal
                  ecs-platform:protect: false
                  ecs-platform:network: %s
                  ecs-platform:services:
                    web: {image: "nginx:1.27", port: 8080}
                """.formatted(network));
        var result = PulumiTest.withMocks(usWest1())
                .withOptions(TestOptions.builder().projectName(StackFiles.PROJECT).stackName("dev").preview(false).build())
                .runTest(ctx -> PlatformProgram.define(ctx, new StackNames(StackFiles.PROJECT, "dev"), config));
        return RunErrors.asReported(result.exceptions());
    }

    @Test
    void aCountAsksForZonesInAnyStateWithoutOptInZonesOrThoseFargateSkips() {
        assertThat(plan("{azCount: 2}")).isEmpty();
        assertThat(zoneQueries).hasSize(1);
        var query = zoneQueries.get(0);
        // No "state: available": a zone that is impaired for a while must not shift the others' slots.
        assertThat(query).doesNotContainKey("state")
                .containsEntry("excludeZoneIds", List.of("usw1-az2"))
                .containsEntry("filters", List.of(Map.of("name", "opt-in-status", "values", List.of("opt-in-not-required"))));
    }

    @Test
    void aNamedZoneWhereFargateDoesNotRunFailsTheRunWithoutAStackTrace() {
        var errors = plan("{availabilityZones: [us-west-1a, us-west-1b]}");

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).isInstanceOf(ResourceException.class)
                .hasMessage("network.availabilityZones names us-west-1b (usw1-az2), where Fargate does not run (zone ids"
                        + " usw1-az2 of this region); zone names map to different zones in each account, so choose others");
        assertThat(((ResourceException) errors.get(0)).isHideStack()).isTrue();
    }

    @Test
    void namedZonesWhereFargateRunsAreUsedAsGiven() {
        assertThat(plan("{availabilityZones: [us-west-1c, us-west-1a]}")).isEmpty();
        assertThat(zoneQueries.get(0)).containsEntry("filters",
                List.of(Map.of("name", "zone-name", "values", List.of("us-west-1a", "us-west-1c"))));
    }

    /** A region this program keeps no zone list for (so the file passes offline), with three zones. */
    private static Mocks threeZones(String region) {
        var aws = new PlanMocks(region);
        return new Mocks() {
            @Override
            public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
                return aws.newResourceAsync(args);
            }

            @Override
            public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
                if (!args.token.equals("aws:index/getAvailabilityZones:getAvailabilityZones")) {
                    return aws.callAsync(args);
                }
                return CompletableFuture.completedFuture(Map.of("id", region,
                        "names", List.of(region + "c", region + "a", region + "b"),
                        "zoneIds", List.of("z3", "z1", "z2"), "groupNames", List.of(region)));
            }
        };
    }

    @Test
    void aCountAboveTheRegionsZonesFailsThePreviewWithOneLine() {
        var region = "eu-south-2";
        for (int count = 2; count <= 6; count++) {
            var config = StackFiles.load("""
                    config:
                      aws:region: %s
                      ecs-platform:namespace: dev.internal
                      ecs-platform:protect: false
                      ecs-platform:network: {azCount: %d}
                      ecs-platform:services:
                        web: {image: "nginx:1.27", port: 8080}
                    """.formatted(region, count));
            var result = PulumiTest.withMocks(threeZones(region))
                    .withOptions(TestOptions.builder().projectName(StackFiles.PROJECT).stackName("dev").preview(true).build())
                    .runTest(ctx -> PlatformProgram.define(ctx, new StackNames(StackFiles.PROJECT, "dev"), config));
            var errors = RunErrors.asReported(result.exceptions());
            PulumiTest.cleanup();
            if (count <= 3) {
                assertThat(errors).as("azCount %d", count).isEmpty();
            } else {
                assertThat(errors).as("azCount %d", count).hasSize(1);
                // The subnets' zones are that lookup's answer: the SDK reports the failure once, naming the property
                // it was serializing, with this line as the reason.
                assertThat(errors.get(0).getMessage()).endsWith("network.azCount is " + count
                        + ", but eu-south-2 has 3 availability zones where Fargate runs for this account (eu-south-2a, "
                        + "eu-south-2b, eu-south-2c); set azCount to at most 3").doesNotContain("\n");
            }
        }
    }
}
