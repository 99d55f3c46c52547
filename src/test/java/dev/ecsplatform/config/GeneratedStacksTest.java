package dev.ecsplatform.config;

import dev.ecsplatform.configkit.InvalidConfigException;
import dev.ecsplatform.configkit.Problem;
import dev.ecsplatform.configkit.Problems;
import dev.ecsplatform.naming.StackNames;
import dev.ecsplatform.plan.OfflinePlanner;
import dev.ecsplatform.plan.Plan;
import dev.ecsplatform.plan.PlannedResource;
import dev.ecsplatform.testing.EcsApiModel;
import dev.ecsplatform.testing.StackGenerator;
import dev.ecsplatform.testing.StackMutator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Generated stack files: from each seed a valid configuration (random service graph, protocols, clients, public
 * services) and single mutations of it. Valid ones load, and some are planned and must keep the invariants;
 * mutated ones must be refused (never a crash) naming the mutated key path, and nothing unrelated to it.
 * <p>
 * CI runs fixed seeds in a few seconds: {@code gen.seeds} (default {@code 1-200}) are loaded and mutated,
 * the first {@code gen.plans} of them (default 2; a plan costs 1-3 s) are planned. More on demand:
 * {@code ./mvnw -q test -Dtest=GeneratedStacksTest -Dgen.seeds=1-5000 -Dgen.plans=50}.
 */
class GeneratedStacksTest {

    private static final int MUTATIONS_PER_SEED = 4;
    private static final EcsApiModel ECS = EcsApiModel.load();

    static LongStream seeds() {
        return parse(System.getProperty("gen.seeds", "1-200"));
    }

    static LongStream plannedSeeds() {
        return seeds().limit(Long.parseLong(System.getProperty("gen.plans", "2")));
    }

    /** {@code 1-300}, {@code 7,42,99}, or both: {@code 1-10,500}. */
    static LongStream parse(String spec) {
        return java.util.Arrays.stream(spec.split(",")).map(String::strip).flatMapToLong(part -> part.contains("-")
                ? LongStream.rangeClosed(Long.parseLong(part.split("-")[0]), Long.parseLong(part.split("-")[1]))
                : LongStream.of(Long.parseLong(part)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void validConfigurationsLoadAndEveryMutationIsRefusedAtItsPath(long seed) {
        var valid = StackGenerator.valid(seed);
        var yaml = StackGenerator.yaml(valid);
        ConfigLoader.load("ecs-platform", "gen" + seed, StackFile.parse(yaml, "gen.yaml"));

        for (int i = 0; i < MUTATIONS_PER_SEED; i++) {
            var mutation = StackMutator.mutate(valid, seed * 1000 + i);
            var mutated = StackGenerator.yaml(mutation.config());
            var thrown = catchThrowable(() -> ConfigLoader.load("ecs-platform", "gen" + seed, StackFile.parse(mutated, "gen.yaml")));
            var what = "seed " + seed + ", mutation " + i + ": " + mutation.kind() + " at " + mutation.path() + "\n" + mutated;
            assertThat(thrown).as(what).isInstanceOf(InvalidConfigException.class);
            var paths = ((InvalidConfigException) thrown).problems().stream().map(Problem::path).toList();
            assertThat(paths).as(what + "\n" + thrown.getMessage()).contains(mutation.path());
            // The root problem, not its echoes: nothing is reported about values the mutation did not touch.
            assertThat(paths).as(what + "\n" + thrown.getMessage())
                    .allSatisfy(path -> assertThat(Problems.within(path, mutation.path()) || Problems.within(mutation.path(), path)).isTrue());
        }
    }

    /**
     * A value other rules build on, broken in every way the class allows, is reported at its own path only: an
     * environment-wide deployment (bad bounds or no room) under services that override waitForSteadyState alone,
     * readonlyRootFilesystem beside exec, timeouts.perRequestSeconds beside a latency limit.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @SuppressWarnings("unchecked")
    void aBrokenValueThatOtherRulesReadIsReportedOnce(long seed) {
        var random = new java.util.Random(seed);
        var valid = StackGenerator.valid(seed);
        var services = (java.util.Map<Object, Object>) valid.get("ecs-platform:services");
        var first = (java.util.Map<Object, Object>) services.values().iterator().next();
        var firstName = String.valueOf(services.keySet().iterator().next());
        first.put("deployment", new java.util.LinkedHashMap<Object, Object>(java.util.Map.of("waitForSteadyState", true)));
        var broken = new java.util.ArrayList<java.util.Map.Entry<String, Runnable>>();
        var bad = List.<Object>of(101, -1, "all", new StackGenerator.Raw("~"));
        broken.add(java.util.Map.entry("ecs-platform:deployment", () -> valid.put("ecs-platform:deployment",
                new java.util.LinkedHashMap<Object, Object>(java.util.Map.of("minimumHealthyPercent", 100, "maximumPercent", 100)))));
        broken.add(java.util.Map.entry("ecs-platform:deployment.minimumHealthyPercent", () -> valid.put("ecs-platform:deployment",
                new java.util.LinkedHashMap<Object, Object>(java.util.Map.of("minimumHealthyPercent", bad.get(random.nextInt(bad.size())),
                        "maximumPercent", 100)))));
        broken.add(java.util.Map.entry("ecs-platform:services." + firstName + ".readonlyRootFilesystem", () -> {
            first.put("readonlyRootFilesystem", List.of("maybe", 1, new StackGenerator.Raw("~")).get(random.nextInt(3)));
            first.put("exec", true);
        }));
        if (first.containsKey("port") && !"tcp".equals(first.get("protocol")) && !first.containsKey("public")) {
            broken.add(java.util.Map.entry("ecs-platform:services." + firstName + ".timeouts.perRequestSeconds", () -> {
                first.put("timeouts", new java.util.LinkedHashMap<Object, Object>(java.util.Map.of("perRequestSeconds",
                        List.of(-1, 100000, "slow", new StackGenerator.Raw("~")).get(random.nextInt(4)))));
                first.put("alarms", new java.util.LinkedHashMap<Object, Object>(java.util.Map.of("latencyP99Ms", 60000)));
            }));
        }
        var choice = broken.get(random.nextInt(broken.size()));
        choice.getValue().run();
        var yaml = StackGenerator.yaml(valid);
        var thrown = catchThrowable(() -> ConfigLoader.load("ecs-platform", "gen" + seed, StackFile.parse(yaml, "gen.yaml")));
        assertThat(thrown).as(yaml).isInstanceOf(InvalidConfigException.class);
        assertThat(((InvalidConfigException) thrown).problems()).as(yaml + "\n" + thrown.getMessage())
                .extracting(Problem::path).containsExactly(choice.getKey());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("plannedSeeds")
    void validConfigurationsPlanWithTheInvariants(long seed) {
        var stack = "gen" + seed;
        var config = ConfigLoader.load("ecs-platform", stack, StackFile.parse(StackGenerator.yaml(StackGenerator.valid(seed)), "gen.yaml"));
        var names = new StackNames("ecs-platform", stack);
        var plan = OfflinePlanner.plan(names, config);

        assertThat(plan.resources()).extracting(PlannedResource::urn).doesNotHaveDuplicates();

        var declared = new HashSet<List<String>>();
        config.services().values().forEach(s -> s.calls().forEach(callee -> declared.add(List.of(s.name(), callee))));
        assertThat(edges(plan, names, "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", true)).isEqualTo(declared);
        assertThat(edges(plan, names, "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", false)).isEqualTo(declared);

        var admitted = new HashSet<List<String>>();
        config.externalClients().values().forEach(client -> client.calls().forEach(callee -> {
            client.securityGroupIds().forEach(group -> admitted.add(List.of(group, callee)));
            client.cidrs().forEach(cidr -> admitted.add(List.of(cidr, callee)));
        }));
        assertThat(clientEdges(plan, names)).isEqualTo(admitted);

        assertThat(plan.ofType("aws:ecs/taskDefinition:TaskDefinition")).hasSize(config.services().size())
                .allSatisfy(task -> assertThat(ECS.violations("ContainerDefinitions", task.inputString("containerDefinitions"))).isEmpty());
    }

    /** (caller, callee) for every rule between two services' groups. */
    private static Set<List<String>> edges(Plan plan, StackNames names, String type, boolean ingress) {
        var edges = new HashSet<List<String>>();
        for (var rule : plan.ofType(type)) {
            var own = service(names, rule.inputString("securityGroupId"));
            var peer = rule.input("referencedSecurityGroupId") == null ? null : service(names, rule.inputString("referencedSecurityGroupId"));
            if (own != null && peer != null) {
                edges.add(ingress ? List.of(peer, own) : List.of(own, peer));
            }
        }
        return edges;
    }

    /** (group id or block, callee) for every rule that admits something outside the stack to a service. */
    private static Set<List<String>> clientEdges(Plan plan, StackNames names) {
        var edges = new HashSet<List<String>>();
        for (var rule : plan.ofType("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule")) {
            var own = service(names, rule.inputString("securityGroupId"));
            var group = rule.input("referencedSecurityGroupId") == null ? null : rule.inputString("referencedSecurityGroupId");
            if (own == null || group != null && group.startsWith(names.prefix() + "-")) {
                continue;
            }
            edges.add(List.of(group != null ? group : rule.inputString("cidrIpv4"), own));
        }
        return edges;
    }

    /** The service whose group a mock id (= the group's logical name, {@code <prefix>-<service>-sg}) is. */
    private static String service(StackNames names, String groupId) {
        var prefix = names.prefix() + "-";
        if (!groupId.startsWith(prefix) || !groupId.endsWith("-sg")) {
            return null;
        }
        var service = groupId.substring(prefix.length(), groupId.length() - "-sg".length());
        return service.equals("alb") || service.equals("endpoints") ? null : service;
    }
}
