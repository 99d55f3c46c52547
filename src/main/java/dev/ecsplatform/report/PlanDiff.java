package dev.ecsplatform.report;

import dev.ecsplatform.callgraph.CallGraph;
import dev.ecsplatform.observability.AlarmPlanner;
import dev.ecsplatform.observability.RequestSources;
import dev.ecsplatform.plan.Topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** What differs between two environments, per component and per service, for reviewing a promotion. */
public final class PlanDiff {

    /** One difference: where, what, and the value on each side ("–" when absent). */
    public record Row(String section, String item, String left, String right) {
    }

    private PlanDiff() {
    }

    public static List<Row> of(PlanReport left, PlanReport right) {
        var rows = new ArrayList<Row>();
        var a = left.plan().topology();
        var b = right.plan().topology();
        var ca = left.config();
        var cb = right.config();
        var ga = CallGraph.of(ca);
        var gb = CallGraph.of(cb);
        add(rows, "network", "CIDR", cidr(ca), cidr(cb));
        add(rows, "network", "zones", String.valueOf(a.zones()), String.valueOf(b.zones()));
        add(rows, "network", "NAT", a.natGateways() + " (" + left.plan().ofType("aws:ec2/natGateway:NatGateway").size() + ")",
                b.natGateways() + " (" + right.plan().ofType("aws:ec2/natGateway:NatGateway").size() + ")");
        add(rows, "network", "interface endpoints", String.join(", ", a.endpoints()), String.join(", ", b.endpoints()));
        add(rows, "network", "flow logs", flowLogs(ca), flowLogs(cb));
        add(rows, "cluster", "Container Insights", ca.cluster().containerInsights(), cb.cluster().containerInsights());
        add(rows, "cluster", "capacity strategy", strategy(ca.cluster().capacityProviders()), strategy(cb.cluster().capacityProviders()));
        add(rows, "cluster", "protect", String.valueOf(ca.protect()), String.valueOf(cb.protect()));
        add(rows, "cluster", "log retention (days)", String.valueOf(ca.logRetentionDays()), String.valueOf(cb.logRetentionDays()));
        add(rows, "ingress", "public entry", entry(a), entry(b));
        add(rows, "ingress", "allowed blocks", a.hasPublicEntry() ? String.join(", ", ca.ingress().allowedCidrs()) : "–",
                b.hasPublicEntry() ? String.join(", ", cb.ingress().allowedCidrs()) : "–");
        var names = new TreeSet<String>();
        a.services().forEach(s -> names.add(s.name()));
        b.services().forEach(s -> names.add(s.name()));
        for (var name : names) {
            var sa = a.service(name);
            var sb = b.service(name);
            var section = "service " + name;
            add(rows, section, "exists", sa.isPresent() ? "yes" : "no", sb.isPresent() ? "yes" : "no");
            add(rows, section, "image", image(ca, name), image(cb, name));
            add(rows, section, "address", value(sa, s -> s.address().orElse("client-only")), value(sb, s -> s.address().orElse("client-only")));
            add(rows, section, "app CPU/MiB", value(sa, s -> s.appCpu() + "/" + s.appMemory()), value(sb, s -> s.appCpu() + "/" + s.appMemory()));
            add(rows, section, "task CPU/MiB", value(sa, s -> s.taskSize().cpu() + "/" + s.taskSize().memory()),
                    value(sb, s -> s.taskSize().cpu() + "/" + s.taskSize().memory()));
            add(rows, section, "tasks", value(sa, PlanDiff::tasks), value(sb, PlanDiff::tasks));
            add(rows, section, "calls", value(sa, s -> String.join(", ", s.callees())), value(sb, s -> String.join(", ", s.callees())));
            add(rows, section, "standalone callers", value(sa, s -> String.join(", ", s.externalCallers())),
                    value(sb, s -> String.join(", ", s.externalCallers())));
            add(rows, section, "public", value(sa, s -> s.exposed() ? "yes" : "no"), value(sb, s -> s.exposed() ? "yes" : "no"));
            add(rows, section, "alarms", alarms(ca, ga, name), alarms(cb, gb, name));
        }
        add(rows, "observability", "alarm subscribers", subscribers(ca), subscribers(cb));
        var types = new TreeMap<String, int[]>();
        left.plan().countsByType().forEach((type, count) -> types.computeIfAbsent(type, t -> new int[2])[0] = count);
        right.plan().countsByType().forEach((type, count) -> types.computeIfAbsent(type, t -> new int[2])[1] = count);
        types.forEach((type, count) -> add(rows, "resources", type, String.valueOf(count[0]), String.valueOf(count[1])));
        add(rows, "findings", "blocking", String.valueOf(left.findings().blocking().size()),
                String.valueOf(right.findings().blocking().size()));
        add(rows, "findings", "accepted", accepted(left), accepted(right));
        return rows;
    }

    public static String markdown(PlanReport left, PlanReport right) {
        var rows = of(left, right);
        var md = new StringBuilder("## ").append(left.plan().project()).append(": `").append(left.plan().stack())
                .append("` → `").append(right.plan().stack()).append("`\n\n");
        if (rows.isEmpty()) {
            return md.append("No differences.\n").toString();
        }
        md.append("| Where | What | `").append(left.plan().stack()).append("` | `").append(right.plan().stack()).append("` |\n")
                .append("|---|---|---|---|\n");
        rows.forEach(r -> md.append("| ").append(r.section()).append(" | ").append(r.item()).append(" | ")
                .append(r.left()).append(" | ").append(r.right()).append(" |\n"));
        return md.toString();
    }

    public static String text(PlanReport left, PlanReport right) {
        var rows = of(left, right);
        var text = new StringBuilder(left.plan().stack() + " -> " + right.plan().stack() + ": " + rows.size()
                + " differences\n");
        String section = null;
        for (var row : rows) {
            if (!row.section().equals(section)) {
                section = row.section();
                text.append('\n').append(section).append('\n');
            }
            text.append("  ").append(row.item()).append(": ").append(row.left()).append(" -> ").append(row.right()).append('\n');
        }
        return text.toString();
    }

    private static void add(List<Row> rows, String section, String item, String left, String right) {
        if (!Objects.equals(left, right)) {
            rows.add(new Row(section, item, left.isEmpty() ? "–" : left, right.isEmpty() ? "–" : right));
        }
    }

    private static String value(Optional<Topology.ServiceView> service, java.util.function.Function<Topology.ServiceView, String> f) {
        return service.map(f).orElse("–");
    }

    private static String tasks(Topology.ServiceView s) {
        return s.desiredCount() + s.minTasks().map(min -> " (autoscaling " + min + "-" + s.maxTasks().orElseThrow() + ")").orElse("");
    }

    private static String image(dev.ecsplatform.config.PlatformConfig config, String name) {
        var service = config.services().get(name);
        return service == null ? "–" : service.image();
    }

    /** The built VPC's block, or the existing VPC, whose block only the lookups know. */
    private static String cidr(dev.ecsplatform.config.PlatformConfig config) {
        return config.network().existing().map(e -> "existing " + e.vpcId())
                .orElse(config.network().cidr().toString());
    }

    private static String flowLogs(dev.ecsplatform.config.PlatformConfig config) {
        if (config.network().existing().isPresent()) {
            return "the VPC owner's";
        }
        var flow = config.network().flowLogs();
        return flow.enabled() ? flow.trafficType() + ", " + flow.retentionDays() + " days" : "off";
    }

    private static String strategy(List<dev.ecsplatform.config.CapacityProviderShare> shares) {
        return String.join(", ", shares.stream().map(s -> s.provider() + " base " + s.base() + " weight " + s.weight()).toList());
    }

    /** A service's alarms in short: which it has and their thresholds. */
    private static String alarms(dev.ecsplatform.config.PlatformConfig config, CallGraph graph, String name) {
        var service = config.services().get(name);
        if (service == null) {
            return "–";
        }
        var t = service.alarms();
        var kinds = AlarmPlanner.kinds(service, RequestSources.of(graph, service),
                AlarmPlanner.hasTaskCounts(config));
        if (kinds.isEmpty()) {
            return "off";
        }
        return String.join(", ", kinds.stream().map(kind -> switch (kind) {
            case ERROR_RATE -> "5xx > " + t.errorRatePercent() + "% (from " + t.errorRateMinRequests() + " requests/min)";
            case LATENCY_P99 -> "p99 > " + t.latencyP99Ms() + " ms";
            case TASKS_BELOW_DESIRED -> "tasks short " + t.tasksBelowDesiredMinutes() + " min";
            case CPU_HIGH -> "CPU > " + t.cpuPercent() + "%";
            case MEMORY_HIGH -> "memory > " + t.memoryPercent() + "%";
        }).toList());
    }

    private static String subscribers(dev.ecsplatform.config.PlatformConfig config) {
        var observability = config.observability();
        if (observability.subscribers().isEmpty()) {
            return observability.declaredNone() ? "none (declared)" : "none";
        }
        return String.join(", ", observability.subscribers().stream().map(s -> s.protocol() + " " + s.endpoint()).toList());
    }

    private static String entry(Topology topology) {
        return !topology.hasPublicEntry() ? "none" : topology.https() ? "HTTPS" : "plain HTTP";
    }

    private static String accepted(PlanReport report) {
        return String.join(", ", report.findings().findings().stream().filter(f -> f.accepted().isPresent())
                .map(f -> f.control()).distinct().toList());
    }
}
