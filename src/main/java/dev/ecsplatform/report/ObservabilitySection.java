package dev.ecsplatform.report;

import dev.ecsplatform.plan.Topology;

import java.util.ArrayList;

/** The observability part of the Markdown and text reports: alarms per service, dashboard, notifications, queries. */
final class ObservabilitySection {

    private ObservabilitySection() {
    }

    static String markdown(ObservabilitySummary summary, Topology topology) {
        var md = new StringBuilder("### Alarms, dashboard and joined logs\n\n");
        if (summary.dashboards().isEmpty()) {
            md.append("No dashboard.\n\n");
        } else {
            md.append("Dashboard: [`").append(summary.dashboards().get(0)).append("`](").append(summary.dashboardUrl())
                    .append(")");
            if (summary.dashboards().size() > 1) {
                md.append(" and ").append(summary.dashboards().size() - 1).append(" more page")
                        .append(summary.dashboards().size() > 2 ? "s" : "").append(": `")
                        .append(String.join("`, `", summary.dashboards().subList(1, summary.dashboards().size()))).append('`');
            }
            md.append(".\n\n");
        }
        md.append("Notifications: ").append(notifications(summary)).append(".\n\n");
        for (var service : topology.services()) {
            md.append("#### `").append(service.name()).append("`\n\n");
            requestMetrics(service).ifPresent(line -> md.append(line).append("\n\n"));
            var alarms = summary.alarmsOf(service.name());
            if (alarms.isEmpty()) {
                md.append("No alarms.\n\n");
                continue;
            }
            md.append("| Alarm | Fires when | No data counts as | On a deployment |\n|---|---|---|---|\n");
            for (var alarm : alarms) {
                md.append("| `").append(alarm.name()).append("` | ").append(alarm.condition()).append(" | ")
                        .append(alarm.missingData()).append(" | ").append(alarm.rollsBack() ? "**rolls back**" : "notifies")
                        .append(" |\n");
            }
            md.append('\n');
        }
        if (!summary.queries().isEmpty()) {
            md.append("Saved queries (CloudWatch Logs Insights, app and proxy logs side by side): ");
            var names = summary.queries().entrySet().stream()
                    .map(q -> "`" + q.getKey() + "` (" + q.getValue() + " log groups)").toList();
            md.append(String.join(", ", names)).append(".\n\n");
        }
        return md.toString();
    }

    /**
     * Who measures a service's requests. Service Connect publishes 5xx counts and response time only on the caller's
     * side, so they exist per ECS caller and, for a public service, at the load balancer; standalone servers have no
     * proxy and are measured nowhere. Empty for a client-only service, which serves nothing.
     */
    static java.util.Optional<String> requestMetrics(Topology.ServiceView service) {
        if (service.protocol().isEmpty()) {
            return java.util.Optional.empty();
        }
        var protocol = service.protocol().get();
        if (protocol.equals("tcp")) {
            return java.util.Optional.of("Request metrics: none (tcp: Service Connect publishes connection and byte "
                    + "counts only).");
        }
        var standalone = String.join(", ", service.externalCallers());
        if (service.callers().isEmpty() && !service.exposed()) {
            return java.util.Optional.of("Request metrics: **none**: no ECS service and no load balancer calls it"
                    + (standalone.isEmpty() ? "" : ", only standalone servers (" + standalone + "), which have no "
                    + "Service Connect proxy") + "; so no 5xx or latency alarm.");
        }
        var by = new ArrayList<String>();
        if (!service.callers().isEmpty()) {
            by.add("the proxies of " + String.join(", ", service.callers()));
        }
        if (service.exposed()) {
            by.add("the load balancer");
        }
        return java.util.Optional.of("Request metrics: " + (protocol.equals("grpc") ? "response time" : "5xx and response time")
                + ", measured by " + String.join(" and ", by) + (standalone.isEmpty() ? ""
                : "; not measured: standalone " + standalone) + ".");
    }

    /** Lines under a service in the text report. */
    static String text(ObservabilitySummary summary, Topology.ServiceView service) {
        var metrics = requestMetrics(service).map(line -> "      " + line.replace("**", "") + "\n").orElse("");
        var alarms = summary.alarmsOf(service.name());
        if (alarms.isEmpty()) {
            return metrics + "      alarms: none\n";
        }
        var text = new StringBuilder(metrics);
        for (var alarm : alarms) {
            text.append("      alarm ").append(alarm.name()).append(": ").append(alarm.condition())
                    .append("; no data = ").append(alarm.missingData())
                    .append(alarm.rollsBack() ? "; rolls back deployments" : "").append('\n');
        }
        return text.toString();
    }

    /** The environment-wide lines of the text report. */
    static String text(ObservabilitySummary summary) {
        var text = new StringBuilder("\nObservability:\n");
        summary.dashboards().forEach(d -> text.append("  dashboard ").append(d).append('\n'));
        text.append("  notifications: ").append(notifications(summary)).append('\n');
        summary.queries().forEach((name, groups) -> text.append("  saved query ").append(name).append(" (")
                .append(groups).append(" log groups)\n"));
        return text.toString();
    }

    private static String notifications(ObservabilitySummary summary) {
        if (summary.topic().isEmpty()) {
            return "none (no alarms)";
        }
        return "topic `" + summary.topic() + "` (KMS-encrypted) → " + (summary.subscribers().isEmpty()
                ? "**nobody subscribes**" : String.join(", ", summary.subscribers()));
    }
}
