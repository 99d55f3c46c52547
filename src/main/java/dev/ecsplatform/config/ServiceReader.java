package dev.ecsplatform.config;

import dev.ecsplatform.aws.Arn;
import dev.ecsplatform.aws.DeploymentRoom;
import dev.ecsplatform.aws.FargateSizes;
import dev.ecsplatform.aws.ImageReference;
import dev.ecsplatform.configkit.ConfigNode;
import dev.ecsplatform.contract.AttachablePolicies;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads and checks one entry of {@code ecs-platform:services}. Cross-service rules live in {@link ServiceGraphChecks}. */
final class ServiceReader {

    static final int DEFAULT_CPU = 256;
    static final int DEFAULT_MEMORY = 512;
    static final int DEFAULT_DESIRED_COUNT = 2;
    static final String DEFAULT_USER = "1000";
    /** Security Hub ECS.8: credentials belong in secrets, never in plain environment variables. */
    static final Set<String> CREDENTIAL_VARIABLES = Set.of(
            "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "ECS_ENGINE_AUTH_DATA");

    private static final Pattern USER = Pattern.compile("[A-Za-z0-9_.-]{1,32}(:[A-Za-z0-9_.-]{1,32})?");
    private static final Pattern MANAGED_POLICY = Pattern.compile(
            "arn:aws(?:-cn|-us-gov)?:iam::(?:aws|\\d{12}):policy/[A-Za-z0-9+=,.@_/-]+");

    private ServiceReader() {
    }

    /** Reads a service whose settings are a mapping (the loader refuses any other value before). */
    static ServiceSettings read(String name, ConfigNode node, ServiceDefaults defaults) {
        var image = readImage(node.field("image"), defaults.images());
        var port = node.field("port").integer(1, 65535);
        var protocolNode = node.field("protocol");
        var protocol = protocolNode.choice(Protocol.byWord()).orElse(Protocol.HTTP);
        if (protocolNode.isPresent() && port.isEmpty() && !node.field("port").isPresent()) {
            protocolNode.problem("no protocol on a client-only service (it has no port); add a port or remove protocol");
        }
        var cpuNode = node.field("cpu");
        var memoryNode = node.field("memory");
        var cpu = cpuNode.integer(64, 16384).orElse(DEFAULT_CPU);
        var memory = memoryNode.integer(64, 122880).orElse(DEFAULT_MEMORY);
        checkFits(cpuNode, memoryNode, cpu, memory, defaults.serviceConnect());
        var desiredNode = node.field("desiredCount");
        var desiredCount = desiredNode.integer(0, 1000).orElse(DEFAULT_DESIRED_COUNT);
        var calls = readCalls(node.field("calls"));
        var environment = readEnvironment(node.field("environment"));
        var secrets = SecretsReader.read(node.field("secrets"), environment.keySet(), defaults.region());
        var commandNode = node.field("command");
        var command = commandNode.strings("command words (strings)").orElse(List.of());
        if (commandNode.isEmptyList()) {
            commandNode.problem("at least one word (leave command out to run the image's own)");
        }
        var healthCheck = readHealthCheck(node.field("healthCheck"));
        var autoscaling = readAutoscaling(node.field("autoscaling"), desiredNode, desiredCount,
                port.isPresent() || node.field("port").isPresent(), protocol);
        var timeouts = readTimeouts(node.field("timeouts"), port.isPresent() || node.field("port").isPresent(), protocol);
        // A timeout that was refused is unknown: the latency limit is not checked against a stand-in for it.
        var alarms = ObservabilityReader.readService(node.field("alarms"), defaults.alarms(),
                port.isPresent() || node.field("port").isPresent(), protocol, timeouts,
                !node.field("timeouts").hasProblem());
        var readonlyNode = node.field("readonlyRootFilesystem");
        var readonly = readonlyNode.bool().orElse(true);
        var user = readUser(node.field("user"));
        var storage = node.field("ephemeralStorage").integer(21, 200);
        var architecture = node.field("cpuArchitecture").word("X86_64", "ARM64").orElse("X86_64");
        var exec = node.field("exec").bool().orElse(false);
        if (exec && readonly && !readonlyNode.hasProblem()) {
            node.field("exec").problem("exec only together with readonlyRootFilesystem: false: ECS Exec does not "
                    + "support a read-only root filesystem (ECS developer guide, \"ECS Exec\", considerations); set "
                    + "readonlyRootFilesystem: false on this service and accept Security Hub ECS.5 for its task "
                    + "definition under acceptedFindings, or turn exec off");
        }
        // ARM64 runs on Fargate Spot too (platform 1.4.0 or later; services use LATEST): ECS API reference,
        // CapacityProviderStrategyItem. Nothing to check between the architecture and the strategy.
        var strategyNode = node.field("capacityProviders");
        var strategy = strategyNode.isPresent() ? ClusterReader.readStrategy(strategyNode) : List.<CapacityProviderShare>of();
        var policies = readPolicies(node.field("taskRolePolicies"), defaults.region());
        var deployment = readDeployment(node.field("deployment"), defaults.deployment());
        checkRoomToReplace(name, node, desiredNode, desiredCount, autoscaling, deployment, defaults.deploymentNode());
        var publicEntry = IngressReader.readPublic(node.field("public"),
                port.isPresent() || node.field("port").isPresent(), protocol);
        var tls = readTls(node.field("tls"), defaults.serviceConnect());
        node.rejectUnknownKeys();
        return new ServiceSettings(name, image, port, protocol, cpu, memory, desiredCount, calls, environment, secrets,
                command, healthCheck, autoscaling, timeouts, readonly, user, storage, architecture, exec, strategy,
                policies, deployment, publicEntry, alarms, tls);
    }

    private static String readImage(ConfigNode node, ImagePolicy policy) {
        var expected = "a container image reference such as 123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2";
        if (!node.isPresent()) {
            node.problem(expected);
            return "";
        }
        var given = node.string(expected);
        if (given.isEmpty()) {
            return "";
        }
        var text = given.get();
        var reference = ImageReference.parse(text);
        if (reference.isEmpty()) {
            node.problem(expected);
        } else if (reference.get().isMutable() && !policy.allowMutableTags()) {
            node.problem("a pinned tag or digest (not latest, not untagged): this environment sets "
                    + "images.allowMutableTags to false, so every deployment must name the exact image");
        }
        return text;
    }

    private static void checkFits(ConfigNode cpuNode, ConfigNode memoryNode, int cpu, int memory,
                                  ServiceConnectSettings proxy) {
        if (cpuNode.hasProblem() || memoryNode.hasProblem()) {
            return;
        }
        int needCpu = cpu + proxy.proxyCpu();
        int needMemory = memory + proxy.proxyMemory();
        if (FargateSizes.smallestFitting(needCpu, needMemory).isEmpty()) {
            var node = needCpu > 16384 ? cpuNode : memoryNode;
            node.problem("an app size that fits a Fargate task with the Service Connect proxy's "
                    + proxy.proxyCpu() + " CPU / " + proxy.proxyMemory() + " MiB on top (" + needCpu + " CPU / "
                    + needMemory + " MiB fits none); nearest valid sizes: "
                    + FargateSizes.nearest(needCpu, needMemory, 2).stream().map(Object::toString)
                    .collect(Collectors.joining(", ")));
        }
    }

    private static TreeSet<String> readCalls(ConfigNode node) {
        var calls = new TreeSet<String>();
        for (var item : node.items("a list of service names")) {
            item.string("a service name").ifPresent(callee -> {
                if (!calls.add(callee)) {
                    item.problem("each service once");
                }
            });
        }
        return calls;
    }

    private static TreeMap<String, String> readEnvironment(ConfigNode node) {
        var result = new TreeMap<String, String>();
        for (var entry : node.entries("a mapping of variable names to values").entrySet()) {
            var name = entry.getKey();
            var value = entry.getValue();
            if (!SecretsReader.checkVariableName(value, name)) {
                continue;
            }
            if (CREDENTIAL_VARIABLES.contains(name)) {
                value.problems().add(value.path(), "a plain value for " + name,
                        "no AWS credentials in plain environment variables: the task role gives the app AWS access; "
                                + "anything secret goes under secrets (Security Hub ECS.8)");
                continue;
            }
            value.scalarText("a plain value (text, number or true/false)").ifPresent(v -> result.put(name, v));
        }
        return result;
    }

    private static Optional<HealthCheckSettings> readHealthCheck(ConfigNode node) {
        if (!node.expectObject("a mapping with keys command, intervalSeconds, timeoutSeconds, retries, startPeriodSeconds")) {
            return Optional.empty();
        }
        var commandNode = node.field("command");
        var command = commandNode.strings("command words").orElse(List.of());
        if (!commandNode.hasProblem()
                && (command.isEmpty() || !(command.get(0).equals("CMD") || command.get(0).equals("CMD-SHELL")) || command.size() < 2)) {
            commandNode.problem("a list starting with CMD or CMD-SHELL, e.g. [CMD-SHELL, \"wget -q -O /dev/null http://localhost:8080/health || exit 1\"]");
        }
        var interval = node.field("intervalSeconds").integer(5, 300).orElse(30);
        var timeout = node.field("timeoutSeconds").integer(2, 60).orElse(5);
        var retries = node.field("retries").integer(1, 10).orElse(3);
        var startPeriod = node.field("startPeriodSeconds").integer(0, 300).orElse(10);
        node.rejectUnknownKeys();
        return Optional.of(new HealthCheckSettings(command, interval, timeout, retries, startPeriod));
    }

    private static Optional<AutoscalingSettings> readAutoscaling(ConfigNode node, ConfigNode desiredNode, int desired,
                                                                 boolean hasPort, Protocol protocol) {
        if (!node.expectObject("a mapping with keys min, max, cpuTarget, requestsPerTask")) {
            return Optional.empty();
        }
        var minNode = node.field("min");
        var maxNode = node.field("max");
        var min = minNode.integer(1, 1000);
        var max = maxNode.integer(1, 1000);
        var cpuNode = node.field("cpuTarget");
        var requestsNode = node.field("requestsPerTask");
        var cpuTarget = cpuNode.integer(10, 90);
        var requests = readRequestsPerTask(requestsNode, hasPort, protocol);
        // CPU is the default target; with requestsPerTask alone, the service scales on requests only.
        var cpu = cpuTarget.or(() -> requestsNode.isPresent() || cpuNode.isPresent() ? Optional.empty() : Optional.of(60));
        if (!minNode.isPresent()) {
            minNode.problem("the fewest tasks autoscaling may keep, from 1 to 1000");
        }
        if (!maxNode.isPresent()) {
            maxNode.problem("the most tasks autoscaling may start, from 1 to 1000");
        }
        node.rejectUnknownKeys();
        if (min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        if (max.get() < min.get()) {
            maxNode.problem("at least min (" + min.get() + ")");
        } else if (desiredNode.isPresent() && !desiredNode.hasProblem() && (desired < min.get() || desired > max.get())) {
            desiredNode.problem("a count between autoscaling min " + min.get() + " and max " + max.get()
                    + " (it is the starting count; autoscaling owns it afterwards)");
        }
        if (cpu.isEmpty() && requests.isEmpty()) {
            // Each target was refused at its own key; the service keeps CPU scaling so that nothing echoes it.
            cpu = Optional.of(60);
        }
        return Optional.of(new AutoscalingSettings(min.get(), max.get(), cpu, requests));
    }

    /**
     * Requests per task per minute. Service Connect counts requests only for http, http2 and grpc ports (a tcp port
     * has connection and byte counts, no RequestCount), and a client-only service serves no requests at all.
     */
    private static Optional<Integer> readRequestsPerTask(ConfigNode node, boolean hasPort, Protocol protocol) {
        var value = node.integer(1, 1_000_000);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!hasPort) {
            node.problem("no requestsPerTask on a client-only service: it serves no port, so no proxy or load "
                    + "balancer counts requests for it; scale it on cpuTarget");
            return Optional.empty();
        }
        if (protocol == Protocol.TCP) {
            node.problem("no requestsPerTask for protocol tcp: Service Connect publishes RequestCount only for http, "
                    + "http2 and grpc ports; scale it on cpuTarget, or use one of those protocols");
            return Optional.empty();
        }
        return value;
    }

    /** {@code tls: false} opts the service out of the environment's Service Connect TLS; only false means anything. */
    private static boolean readTls(ConfigNode node, ServiceConnectSettings serviceConnect) {
        var value = node.bool();
        if (value.isEmpty()) {
            return true;
        }
        if (value.get()) {
            node.problem("false to opt this service out of serviceConnect.tls, or leave tls out (services follow "
                    + "serviceConnect.tls)");
            return true;
        }
        if (serviceConnect.tls().isEmpty()) {
            node.problem("no tls on a service while serviceConnect.tls is not set (nothing to opt out of); set "
                    + "serviceConnect.tls or remove this key");
            return true;
        }
        return false;
    }

    private static Optional<TimeoutSettings> readTimeouts(ConfigNode node, boolean hasPort, Protocol protocol) {
        if (!node.expectObject("a mapping with keys idleSeconds, perRequestSeconds")) {
            return Optional.empty();
        }
        var idleNode = node.field("idleSeconds");
        var perRequestNode = node.field("perRequestSeconds");
        var idle = idleNode.integer(0, 86400);
        var perRequest = perRequestNode.integer(0, 86400);
        node.rejectUnknownKeys();
        if (!idleNode.isPresent() && !perRequestNode.isPresent()) {
            node.problem("idleSeconds and/or perRequestSeconds (leave timeouts out for the ECS defaults)");
            return Optional.empty();
        }
        if (!hasPort) {
            node.problem("no timeouts on a client-only service (Service Connect timeouts belong to an endpoint)");
            return Optional.empty();
        }
        if (protocol == Protocol.TCP) {
            node.problem("no timeouts for protocol tcp (Service Connect rejects a timeout block on a TCP port); "
                    + "use http, http2 or grpc to set them");
            return Optional.empty();
        }
        return Optional.of(new TimeoutSettings(idle, perRequest));
    }

    private static String readUser(ConfigNode node) {
        var user = node.scalarText("a Linux user such as 1000 or 1000:1000").orElse(DEFAULT_USER);
        if (!USER.matcher(user).matches()) {
            node.problem("a Linux user such as 1000 or 1000:1000 (name or uid, optionally :group)");
            return DEFAULT_USER;
        }
        return user;
    }

    private static TreeSet<String> readPolicies(ConfigNode node, Optional<String> region) {
        var policies = new TreeSet<String>();
        var expected = "a managed policy ARN such as arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess";
        for (var item : node.items("a list of managed policy ARNs")) {
            item.string(expected).ifPresent(arn -> {
                var unreachable = Arn.unreachable(arn, region);
                if (!MANAGED_POLICY.matcher(arn).matches()) {
                    item.problem(expected);
                } else if (unreachable.isPresent()) {
                    item.problem(unreachable.get());
                } else if (!AttachablePolicies.isAttachable(arn)) {
                    // The deploy roles could not attach it: refused here rather than by AccessDenied mid-deployment.
                    item.problem(AttachablePolicies.expected());
                } else if (!policies.add(arn)) {
                    item.problem("each policy once");
                }
            });
        }
        return policies;
    }

    static DeploymentSettings readDeployment(ConfigNode node, DeploymentSettings defaults) {
        if (!node.expectObject("a mapping with keys minimumHealthyPercent, maximumPercent, waitForSteadyState")) {
            return defaults;
        }
        var minNode = node.field("minimumHealthyPercent");
        var maxNode = node.field("maximumPercent");
        // An invalid bound is reported once and counts as the widest, so the 100/100 rule below cannot echo it.
        var min = minNode.integer(0, 100).orElse(minNode.isPresent() ? 0 : defaults.minimumHealthyPercent());
        var max = maxNode.integer(100, 200).orElse(maxNode.isPresent() ? 200 : defaults.maximumPercent());
        var wait = node.field("waitForSteadyState").bool().orElse(defaults.waitForSteadyState());
        node.rejectUnknownKeys();
        // Only where the percentages are written: a service that overrides waitForSteadyState alone does not
        // repeat what is wrong with the environment's percentages.
        boolean setsPercentages = minNode.isPresent() || maxNode.isPresent();
        if (setsPercentages && min == 100 && max == 100) {
            node.problem("room to replace tasks: with minimumHealthyPercent 100, maximumPercent must be above 100");
        }
        return new DeploymentSettings(min, max, wait);
    }

    /**
     * Every count the service can run at (its desired count, or each count from autoscaling's min to max) must
     * leave ECS room to replace a task once the percentages are rounded (see {@link DeploymentRoom}). Reported where
     * the percentages are written: the service's deployment, or the environment's when the service inherits them.
     * Stays silent when any value it reads was refused already.
     */
    private static void checkRoomToReplace(String name, ConfigNode node, ConfigNode desiredNode, int desired,
                                           Optional<AutoscalingSettings> autoscaling, DeploymentSettings deployment,
                                           ConfigNode environmentDeployment) {
        var own = node.field("deployment");
        boolean ownPercentages = own.field("minimumHealthyPercent").isPresent() || own.field("maximumPercent").isPresent();
        var source = ownPercentages ? own : environmentDeployment;
        if (own.hasProblem() || source.hasProblem() || desiredNode.hasProblem() || node.field("autoscaling").hasProblem()) {
            return;
        }
        int from = autoscaling.map(AutoscalingSettings::minTasks).orElse(desired);
        int to = autoscaling.map(AutoscalingSettings::maxTasks).orElse(desired);
        int min = deployment.minimumHealthyPercent();
        int max = deployment.maximumPercent();
        var stuck = DeploymentRoom.firstStuckCount(from, to, min, max);
        if (stuck.isEmpty()) {
            return;
        }
        int count = stuck.getAsInt();
        var counts = autoscaling.isPresent() ? "every count autoscaling may set (" + from + " to " + to + ")"
                : "its desiredCount " + desired;
        source.problems().add(source.path(), "minimumHealthyPercent " + min + ", maximumPercent " + max
                        + " for service " + name + (autoscaling.isPresent() ? " (autoscaling " + from + "-" + to + ")"
                        : " (desiredCount " + desired + ")"),
                "room to replace a task at " + counts + ": ECS rounds the minimum up and the maximum down, so at "
                        + count + " task" + (count == 1 ? "" : "s") + " at least " + DeploymentRoom.healthyFloor(count, min)
                        + " must stay healthy and at most " + DeploymentRoom.runningCeiling(count, max)
                        + " may run, and no task can be stopped or started; set maximumPercent to at least "
                        + DeploymentRoom.lowestWorkingMaximum(from) + " or minimumHealthyPercent to at most "
                        + DeploymentRoom.highestWorkingMinimum(from) + (ownPercentages ? "" : " (here, or in services."
                        + name + ".deployment)"));
    }
}
