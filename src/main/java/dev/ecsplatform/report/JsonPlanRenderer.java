package dev.ecsplatform.report;

import dev.ecsplatform.plan.Plan;
import dev.ecsplatform.plan.PlannedInvoke;
import dev.ecsplatform.plan.PlannedResource;
import dev.ecsplatform.plan.Topology;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a plan as JSON: every resource with type, logical name, parent, options and inputs, and every data source
 * the program read ({@code invokes}), which is what the bootstrap's tests check the deploy and preview roles against.
 */
public final class JsonPlanRenderer {

    private JsonPlanRenderer() {
    }

    public static Map<String, Object> shape(PlanReport report) {
        var plan = report.plan();
        var document = new LinkedHashMap<String, Object>();
        document.put("project", plan.project());
        document.put("stack", plan.stack());
        document.put("region", report.config().region());
        document.put("resources", plan.resources().stream().map(JsonPlanRenderer::resource).toList());
        document.put("invokes", plan.invokes().stream().map(PlannedInvoke::token).toList());
        document.put("outputs", plan.outputs());
        document.put("topology", topology(plan.topology()));
        document.put("findings", report.findings().findings().stream().map(f -> {
            var finding = new LinkedHashMap<String, Object>();
            finding.put("control", f.control());
            finding.put("resource", f.resource());
            finding.put("severity", f.severity().name().toLowerCase());
            finding.put("message", f.message());
            finding.put("blocks", f.blocks());
            f.accepted().ifPresent(reason -> finding.put("acceptedBecause", reason));
            return finding;
        }).toList());
        document.put("staleAcceptances", report.findings().unused().stream().map(a -> {
            var entry = new java.util.LinkedHashMap<String, Object>();
            entry.put("control", a.control());
            a.resource().ifPresent(r -> entry.put("resource", r));
            entry.put("blocking", a.blocking());
            return entry;
        }).toList());
        // Only when there are any, so that a plan without warnings reads as it always did.
        if (!report.config().warnings().isEmpty()) {
            document.put("warnings", report.config().warnings().stream()
                    .map(w -> Map.of("path", w.path(), "message", w.message())).toList());
        }
        return document;
    }

    public static String render(PlanReport report) {
        return JsonValues.pretty(shape(report)) + "\n";
    }

    static Map<String, Object> topology(Topology topology) {
        var shape = new LinkedHashMap<String, Object>();
        shape.put("namespace", topology.namespace());
        shape.put("natGateways", topology.natGateways());
        shape.put("zones", topology.zones());
        shape.put("endpoints", topology.endpoints());
        // Only where there is something to say, so that the plans of stacks that build their VPC stay as they were.
        if (topology.network().anything()) {
            var network = new LinkedHashMap<String, Object>();
            topology.network().existingVpcId().ifPresent(id -> network.put("existingVpcId", id));
            network.put("lookedUpAt", topology.network().existingVpcId().isPresent() ? "preview" : "nothing looked up");
            network.put("resolvers", topology.network().resolvers());
            shape.put("network", network);
        }
        shape.put("services", topology.services().stream().map(JsonPlanRenderer::service).toList());
        shape.put("externalClients", topology.externalClients().stream().map(c -> {
            var client = new LinkedHashMap<String, Object>();
            client.put("name", c.name());
            client.put("securityGroupIds", List.copyOf(c.securityGroupIds()));
            client.put("cidrs", List.copyOf(c.cidrs()));
            client.put("calls", List.copyOf(c.calls()));
            return client;
        }).toList());
        shape.put("cycles", topology.cycles().stream().map(List::copyOf).toList());
        shape.put("creationOrder", topology.creationOrder());
        return shape;
    }

    private static Map<String, Object> service(Topology.ServiceView s) {
        var shape = new LinkedHashMap<String, Object>();
        shape.put("name", s.name());
        s.address().ifPresent(a -> shape.put("address", a));
        s.protocol().ifPresent(p -> shape.put("protocol", p));
        shape.put("appCpu", s.appCpu());
        shape.put("appMemory", s.appMemory());
        shape.put("proxyCpu", s.proxyCpu());
        shape.put("proxyMemory", s.proxyMemory());
        shape.put("taskCpu", s.taskSize().cpu());
        shape.put("taskMemory", s.taskSize().memory());
        shape.put("desiredCount", s.desiredCount());
        s.minTasks().ifPresent(min -> shape.put("minTasks", min));
        s.maxTasks().ifPresent(max -> shape.put("maxTasks", max));
        shape.put("callers", List.copyOf(s.callers()));
        shape.put("callees", List.copyOf(s.callees()));
        shape.put("externalCallers", List.copyOf(s.externalCallers()));
        shape.put("public", s.exposed());
        // Only where a stack uses them, so plans without TLS, Exec or request scaling read as before.
        s.tlsProxyPort().ifPresent(port -> shape.put("tlsProxyPort", port));
        if (s.exec()) {
            shape.put("exec", true);
        }
        s.requestsPerTask().ifPresent(requests -> shape.put("requestsPerTask", requests));
        return shape;
    }

    private static Map<String, Object> resource(PlannedResource r) {
        var shape = new LinkedHashMap<String, Object>();
        shape.put("urn", r.urn());
        shape.put("type", r.type());
        shape.put("name", r.name());
        shape.put("parent", r.parentUrn());
        shape.put("custom", r.custom());
        shape.put("protect", r.protect());
        shape.put("dependsOn", r.dependsOn());
        shape.put("ignoreChanges", r.ignoreChanges());
        shape.put("inputs", r.inputs());
        return shape;
    }
}
