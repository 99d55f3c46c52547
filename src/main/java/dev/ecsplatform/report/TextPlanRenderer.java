package dev.ecsplatform.report;

import dev.ecsplatform.findings.Finding;
import dev.ecsplatform.plan.Plan;
import dev.ecsplatform.plan.PlannedResource;
import dev.ecsplatform.plan.Topology;

import java.util.Comparator;

/** Renders a plan for a terminal: counts by type, then the resource tree by component. */
public final class TextPlanRenderer {

    private TextPlanRenderer() {
    }

    public static String render(PlanReport report) {
        var plan = report.plan();
        var text = new StringBuilder();
        var counts = plan.countsByType();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        text.append("Offline plan for ").append(plan.project()).append('/').append(plan.stack())
                .append(" (Pulumi mock engine; no cloud calls, ids and ARNs are stand-ins)\n\n");
        var network = plan.topology().network();
        network.existingVpcId().ifPresent(vpc -> text.append("Network: existing (looked up at preview): VPC ").append(vpc)
                .append(", ").append(network.privateSubnets()).append(" private and ").append(network.publicSubnets())
                .append(" public subnets; the owner's routes, NAT, default security group and flow logs\n"));
        if (network.anything()) {
            text.append("Resolve the namespace: ").append(String.join("; ", network.resolvers())).append("\n\n");
        }
        text.append("Resources by type (").append(total).append(" in total):\n");
        int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        counts.forEach((type, count) -> text.append("  ").append(pad(type, width)).append("  ")
                .append(String.format("%4d", count)).append('\n'));
        text.append("\nResources by component:\n");
        // Children by parent URN, built once: looking each parent up in the list would be quadratic.
        var children = plan.resources().stream().collect(java.util.stream.Collectors.groupingBy(PlannedResource::parentUrn));
        var urns = plan.resources().stream().map(PlannedResource::urn).collect(java.util.stream.Collectors.toSet());
        plan.resources().stream()
                .filter(r -> !urns.contains(r.parentUrn()))
                .sorted(Comparator.comparing(PlannedResource::name).thenComparing(PlannedResource::type))
                .forEach(root -> tree(children, root, 1, text));
        var observability = ObservabilitySummary.of(plan);
        services(plan.topology(), observability, execLogGroup(plan), text);
        text.append(ObservabilitySection.text(observability));
        findings(report, text);
        text.append("\nOutputs:\n");
        plan.outputs().forEach((key, value) -> text.append("  ").append(key).append(" = ")
                .append(JsonValues.normalise(value)).append('\n'));
        return text.toString();
    }

    private static void findings(PlanReport report, StringBuilder text) {
        var findings = report.findings();
        text.append("\nFindings (").append(findings.blocking().size()).append(" blocking, ")
                .append(findings.findings().size()).append(" in all):\n");
        for (Finding finding : findings.findings()) {
            text.append("  ").append(finding.blocks() ? "BLOCKS  " : finding.accepted().isPresent() ? "accepted" : "advisory")
                    .append("  ").append(finding.control()).append("  ").append(finding.resource()).append(": ")
                    .append(finding.message());
            finding.accepted().ifPresent(reason -> text.append(" (accepted: ").append(reason).append(')'));
            text.append('\n');
        }
        for (var stale : findings.unused()) {
            text.append("  stale ").append(stale.describe()).append('\n');
        }
    }

    /**
     * The log group the cluster writes ECS Exec sessions to, when any service allows Exec, and how it is encrypted:
     * with the stack's key when the cluster requires an encrypted group (the stack has a key when it has alarms).
     */
    static java.util.Optional<String> execLogGroup(dev.ecsplatform.plan.Plan plan) {
        var logging = "configuration.executeCommandConfiguration.logConfiguration.";
        return plan.ofType("aws:ecs/cluster:Cluster").stream()
                .filter(c -> c.inputString(logging + "cloudWatchLogGroupName") != null).findFirst()
                .map(c -> c.inputString(logging + "cloudWatchLogGroupName")
                        + (Boolean.TRUE.equals(c.input(logging + "cloudWatchEncryptionEnabled"))
                        ? ", encrypted with the stack's KMS key"
                        : ", under CloudWatch Logs' default encryption (the stack has no KMS key: it has no alarms)"));
    }

    private static void services(Topology topology, ObservabilitySummary observability,
                                 java.util.Optional<String> execLogs, StringBuilder text) {
        if (topology.services().isEmpty()) {
            return;
        }
        text.append("\nServices (Service Connect, namespace ").append(topology.namespace()).append("):\n");
        for (var service : topology.services()) {
            text.append("  ").append(service.name()).append("  ")
                    .append(service.address().map(a -> service.protocol().orElseThrow() + " " + a).orElse("client-only"))
                    .append("  task ").append(service.taskSize())
                    .append(" (app ").append(service.appCpu()).append('/').append(service.appMemory())
                    .append(" + proxy ").append(service.proxyCpu()).append('/').append(service.proxyMemory()).append(')')
                    .append("  tasks ").append(service.desiredCount())
                    .append(service.minTasks().map(min -> " (autoscaling " + min + "-" + service.maxTasks().orElseThrow() + ")").orElse(""))
                    .append('\n');
            if (!service.callees().isEmpty()) {
                text.append("      calls ").append(String.join(", ", service.callees())).append('\n');
            }
            if (!service.callers().isEmpty() || !service.externalCallers().isEmpty()) {
                text.append("      called by ").append(String.join(", ", service.callers()));
                if (!service.externalCallers().isEmpty()) {
                    text.append(service.callers().isEmpty() ? "" : "; ").append("standalone: ")
                            .append(String.join(", ", service.externalCallers()));
                }
                text.append('\n');
            }
            eastWest(topology, service, execLogs, text);
            text.append(ObservabilitySection.text(observability, service));
        }
        for (var cycle : topology.cycles()) {
            text.append("  call cycle: ").append(String.join(" <-> ", cycle))
                    .append(" (created together; each sees the others' endpoints once all exist)\n");
        }
        text.append("  creation order: ").append(String.join(", ", topology.creationOrder())).append('\n');
    }

    /** TLS (when the environment has it), who may open a shell, and request-based scaling, for one service. */
    private static void eastWest(Topology topology, Topology.ServiceView service, java.util.Optional<String> execLogs,
                                 StringBuilder text) {
        if (topology.hasTls() && service.port().isPresent()) {
            text.append("      tls: ").append(service.tlsProxyPort()
                    .map(port -> "on: services reach its proxy on :" + port + " (TLS 1.3); the load balancer and "
                            + "standalone callers reach the app on :" + service.port().orElseThrow() + " directly")
                    .orElseGet(() -> "off (" + service.plainTextReason().orElse("") + ")")).append('\n');
        }
        if (service.exec()) {
            text.append("      ECS Exec: a shell may be opened in its tasks; every session is logged to ")
                    .append(execLogs.orElse("(no log group)")).append('\n');
        }
        service.requestsPerTask().ifPresent(requests -> {
            var sources = new java.util.ArrayList<String>();
            if (!service.callers().isEmpty()) {
                sources.add("Service Connect requests it receives per task");
            }
            if (service.exposed()) {
                sources.add("load balancer requests per target");
            }
            text.append("      scales on ").append(requests).append(" requests per task per minute (")
                    .append(String.join("; ", sources)).append(")\n");
        });
    }

    private static void tree(java.util.Map<String, java.util.List<PlannedResource>> children, PlannedResource resource,
                             int depth, StringBuilder text) {
        text.append("  ".repeat(depth)).append(resource.custom() ? "" : "+ ").append(resource.name())
                .append("  (").append(resource.type()).append(')');
        if (resource.protect()) {
            text.append("  [protected]");
        }
        text.append('\n');
        children.getOrDefault(resource.urn(), java.util.List.of()).stream()
                .sorted(Comparator.comparing((PlannedResource r) -> r.custom()).thenComparing(PlannedResource::name))
                .forEach(child -> tree(children, child, depth + 1, text));
    }

    private static String pad(String value, int width) {
        return value + " ".repeat(Math.max(0, width - value.length()));
    }
}
