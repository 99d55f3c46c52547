package dev.ecsplatform;

import com.google.gson.Gson;
import dev.ecsplatform.live.AlarmStates;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks that run inside pulumi preview/up, fed as the Pulumi language host feeds the program. */
class PreflightTest {

    private static Map<String, String> hostEnvironment(String stack, String yaml) {
        var source = dev.ecsplatform.config.StackFile.parse(yaml, "t");
        var values = new TreeMap<String, String>();
        source.keys().forEach(key -> values.put(key, source.get(key).orElseThrow()));
        return Map.of("PULUMI_PROJECT", "ecs-platform", "PULUMI_STACK", stack, "PULUMI_CONFIG", new Gson().toJson(values));
    }

    @Test
    void theRealStacksPassAsPulumiWouldRunThem() throws IOException {
        for (var stack : new String[]{"dev", "prod"}) {
            assertThat(Preflight.check(hostEnvironment(stack, Files.readString(StackFiles.path(stack))))).as(stack).isEmpty();
        }
    }

    @Test
    void aBlockingFindingStopsTheRunWithThePlansMessage() throws IOException {
        var yaml = Files.readString(StackFiles.path("dev")).replace("""
                    ELB.1:
                      reason: dev has no domain or certificate, so its test API is served over plain HTTP on purpose (allowPlainHttp)
                      resources: [ecs-platform-dev-http]
                """, "");
        assertThat(yaml).doesNotContain("ELB.1:");
        assertThat(Preflight.check(hostEnvironment("dev", yaml))).hasValue("""
                The plan for stack dev breaks 1 mandatory control; nothing was created:
                  - ELB.1 ecs-platform-dev-http: the HTTP listener serves requests instead of redirecting them to HTTPS
                Fix the configuration, or accept a finding on purpose under ecs-platform:acceptedFindings.<control> with a reason.""");
    }

    @Test
    void invalidConfigurationStopsTheRunWithTheValidationMessage() {
        var result = Preflight.check(hostEnvironment("dev", "config:\n  aws:region: us-east-1\n"));
        assertThat(result).hasValue("Invalid configuration in the configuration of stack dev (1 problem); nothing was created:\n"
                + "  - ecs-platform:namespace: got nothing; expected a private DNS name such as dev.internal "
                + "(lowercase labels of letters, digits and '-', joined by dots)");
    }

    @Test
    void outsideAPulumiRunThereIsNothingToCheck() {
        assertThat(Preflight.check(Map.of())).isEmpty();
    }

    // ---- deployment alarms already in ALARM (a real update only) ------------------------------------------------

    private static final String ORDERS_5XX = "ecs-platform-dev/orders/5xx-rate";
    private static final String API_LATENCY = "ecs-platform-dev/api/p99-latency";

    /** dev as the language host runs it for {@code pulumi up} (dryRun false) or preview (true), plus variables. */
    private static Map<String, String> update(boolean dryRun, Map<String, String> more) throws IOException {
        var environment = new HashMap<>(hostEnvironment("dev", Files.readString(StackFiles.path("dev"))));
        environment.put("PULUMI_DRY_RUN", String.valueOf(dryRun));
        environment.putAll(more);
        return environment;
    }

    private static Function<String, AlarmStates> answering(FakeCloudWatch cloudWatch, List<String> regions) {
        return region -> {
            regions.add(region);
            return new AlarmStates(cloudWatch);
        };
    }

    @Test
    void aRealUpdateAsksCloudWatchForTheDeploymentAlarmsOnlyAndPassesWhenNoneIsInAlarm() throws IOException {
        var cloudWatch = new FakeCloudWatch(Set.of("ecs-platform-dev/orders/cpu-high"), Optional.empty());
        var regions = new java.util.ArrayList<String>();

        assertThat(Preflight.check(update(false, Map.of()), answering(cloudWatch, regions))).isEmpty();

        assertThat(regions).containsExactly("us-east-1");
        assertThat(cloudWatch.requests).hasSize(1);
        assertThat(cloudWatch.requests.get(0).alarmNames()).containsExactly(
                "ecs-platform-dev/api/5xx-rate", API_LATENCY, "ecs-platform-dev/catalog/5xx-rate",
                "ecs-platform-dev/catalog/p99-latency", "ecs-platform-dev/inventory/p99-latency", ORDERS_5XX,
                "ecs-platform-dev/orders/p99-latency");
    }

    @Test
    void aDeploymentAlarmInAlarmRefusesTheUpdateInOneLineNamingIt() throws IOException {
        var cloudWatch = new FakeCloudWatch(Set.of(ORDERS_5XX), Optional.empty());

        assertThat(Preflight.check(update(false, Map.of()), answering(cloudWatch, new java.util.ArrayList<>()))).hasValue(
                "Refusing to deploy: deployment alarm ecs-platform-dev/orders/5xx-rate (orders) is in ALARM, and ECS"
                        + " ignores an alarm that is in ALARM when a deployment starts, so this deployment would not roll"
                        + " back on it. Wait until it is OK, or run again with ECS_PLATFORM_DEPLOY_IN_ALARM="
                        + "ecs-platform-dev/orders/5xx-rate to deploy without that protection. Nothing was changed.");
    }

    @Test
    void severalAlarmsOverPagesAreAllNamedAndTheOverrideMustNameEach() throws IOException {
        var cloudWatch = new FakeCloudWatch(Set.of(ORDERS_5XX, API_LATENCY), Optional.empty());
        var states = answering(cloudWatch, new java.util.ArrayList<>());

        assertThat(Preflight.check(update(false, Map.of()), states)).hasValueSatisfying(line -> assertThat(line)
                .startsWith("Refusing to deploy: deployment alarms ecs-platform-dev/api/p99-latency (api),"
                        + " ecs-platform-dev/orders/5xx-rate (orders) are in ALARM")
                .contains("ECS_PLATFORM_DEPLOY_IN_ALARM=ecs-platform-dev/api/p99-latency,ecs-platform-dev/orders/5xx-rate")
                .doesNotContain("\n"));
        assertThat(Preflight.check(update(false, Map.of(AlarmGate.OVERRIDE, ORDERS_5XX)), states))
                .hasValueSatisfying(line -> assertThat(line).contains(API_LATENCY + " (api) is in ALARM"));
        assertThat(Preflight.check(update(false, Map.of(AlarmGate.OVERRIDE, " " + ORDERS_5XX + " , " + API_LATENCY)),
                states)).isEmpty();
    }

    @Test
    void aPreviewNeverAsksCloudWatch() throws IOException {
        Function<String, AlarmStates> refuses = region -> {
            throw new AssertionError("a preview called CloudWatch");
        };
        assertThat(Preflight.check(update(true, Map.of()), refuses)).isEmpty();
        var withoutDryRun = new HashMap<>(update(true, Map.of()));
        withoutDryRun.remove("PULUMI_DRY_RUN");
        assertThat(Preflight.check(withoutDryRun, refuses)).isEmpty();
    }

    @Test
    void anOverrideNamingAnythingButThisStacksDeploymentAlarmsIsRefusedInPreviewsToo() throws IOException {
        Function<String, AlarmStates> refuses = region -> {
            throw new AssertionError("called CloudWatch");
        };
        var typo = Map.of(AlarmGate.OVERRIDE, ORDERS_5XX + ",ecs-platform-dev/orders/5xx");

        assertThat(Preflight.check(update(true, typo), refuses)).hasValue("ECS_PLATFORM_DEPLOY_IN_ALARM: got"
                + " ecs-platform-dev/orders/5xx; expected names of this stack's deployment alarms, separated by commas"
                + " (ecs-platform-dev/api/5xx-rate, ecs-platform-dev/api/p99-latency, ecs-platform-dev/catalog/5xx-rate,"
                + " ecs-platform-dev/catalog/p99-latency, ecs-platform-dev/inventory/p99-latency,"
                + " ecs-platform-dev/orders/5xx-rate, ecs-platform-dev/orders/p99-latency)");
        assertThat(Preflight.check(update(false, Map.of(AlarmGate.OVERRIDE, "ecs-platform-dev/orders/cpu-high")), refuses))
                .hasValueSatisfying(line -> assertThat(line).startsWith("ECS_PLATFORM_DEPLOY_IN_ALARM: got"
                        + " ecs-platform-dev/orders/cpu-high; expected"));
    }

    @Test
    void anAlarmCheckThatCannotReadCloudWatchStopsTheUpdate() throws IOException {
        var denied = new FakeCloudWatch(Set.of(), Optional.of("AccessDenied"));

        assertThat(Preflight.check(update(false, Map.of()), answering(denied, new java.util.ArrayList<>()))).hasValue(
                "the pre-flight check could not read the deployment alarms' states (AccessDenied: denied by the fake);"
                        + " the deploy role needs cloudwatch:DescribeAlarms. Nothing was changed.");
    }
}
