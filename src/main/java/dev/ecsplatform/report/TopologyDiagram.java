package dev.ecsplatform.report;

import dev.ecsplatform.plan.Plan;
import dev.ecsplatform.plan.Topology;

import java.util.ArrayList;
import java.util.List;

/**
 * The environment as a Mermaid flowchart, drawn from the plan: services and their calls (east-west),
 * standalone callers, the public entry (north-south), the namespace, NAT and endpoints.
 */
public final class TopologyDiagram {

    /** A node: a Mermaid-safe id, its label lines, and its shape. */
    public record Node(String id, List<String> label, Shape shape, String group) {
    }

    /** An edge between two declared nodes. */
    public record Edge(String from, String to, String label, boolean dotted) {
    }

    public enum Shape { BOX, ROUND, CIRCLE, PARALLELOGRAM, DATABASE }

    /** The model behind the text, so that tests can check it as well as its rendering. */
    public record Diagram(List<Node> nodes, List<Edge> edges, List<String> groups) {
    }

    static final String VPC = "vpc";
    static final String NAMESPACE = "ns";

    private TopologyDiagram() {
    }

    public static Diagram of(Plan plan) {
        var topology = plan.topology();
        var nodes = new ArrayList<Node>();
        var edges = new ArrayList<Edge>();
        var zones = topology.zones();
        if (topology.hasPublicEntry()) {
            nodes.add(new Node("internet", List.of("Internet"), Shape.CIRCLE, ""));
            nodes.add(new Node("alb", List.of("Load balancer", topology.https() ? "HTTPS, HTTP redirects" : "plain HTTP"),
                    Shape.BOX, VPC));
            edges.add(new Edge("internet", "alb", topology.https() ? "HTTPS" : "HTTP", false));
        }
        for (var service : topology.services()) {
            var detail = service.address().map(a -> service.protocol().orElseThrow() + " :" + a.substring(a.lastIndexOf(':') + 1))
                    .orElse("client-only");
            var tasks = service.minTasks().map(min -> min + "-" + service.maxTasks().orElseThrow() + " tasks")
                    .orElse(service.desiredCount() + (service.desiredCount() == 1 ? " task" : " tasks"));
            var label = new ArrayList<>(List.of(service.name(), detail + " · " + tasks));
            service.tlsProxyPort().ifPresent(port -> label.add("TLS proxy :" + port));
            nodes.add(new Node(serviceId(service.name()), List.copyOf(label), Shape.ROUND, NAMESPACE));
            if (service.exposed()) {
                // Under TLS the load balancer bypasses the proxy: it reaches the app's own port in plain text.
                edges.add(new Edge("alb", serviceId(service.name()), service.tlsProxyPort().isPresent()
                        ? ":" + service.port().orElseThrow() + " direct" : "", false));
            }
        }
        for (var service : topology.services()) {
            for (var callee : service.callees()) {
                var tls = topology.service(callee).flatMap(Topology.ServiceView::tlsProxyPort);
                edges.add(new Edge(serviceId(service.name()), serviceId(callee), tls.map(port -> "TLS :" + port).orElse(""),
                        false));
            }
        }
        for (var client : topology.externalClients()) {
            nodes.add(new Node(clientId(client.name()), List.of(client.name(), "standalone server"), Shape.PARALLELOGRAM, VPC));
            for (var callee : client.calls()) {
                var tls = topology.service(callee).flatMap(Topology.ServiceView::tlsProxyPort);
                edges.add(new Edge(clientId(client.name()), serviceId(callee), tls.isPresent()
                        ? "DNS :" + topology.service(callee).orElseThrow().port().orElseThrow() + " direct" : "DNS", true));
            }
        }
        if (!topology.endpoints().isEmpty()) {
            nodes.add(new Node("endpoints", List.of("VPC endpoints", String.join(" · ", topology.endpoints()) + " · s3"),
                    Shape.DATABASE, VPC));
        }
        var network = topology.network();
        if (network.existingVpcId().isPresent()) {
            // Drawn from the stack file: the owner's subnets, routes and NAT, which the stack looks up and never changes.
            nodes.add(new Node("existing", List.of("Existing network (looked up at preview)", network.privateSubnets()
                    + " private · " + network.publicSubnets() + " public subnets · routes and NAT: the owner's"),
                    Shape.BOX, VPC));
        }
        for (int i = 0; i < network.associatedVpcs().size(); i++) {
            nodes.add(new Node("resolver" + (i + 1), List.of("VPC " + network.associatedVpcs().get(i),
                    "resolves " + topology.namespace()), Shape.BOX, ""));
        }
        int nats = plan.ofType("aws:ec2/natGateway:NatGateway").size();
        if (nats > 0) {
            nodes.add(new Node("nat", List.of("NAT gateway" + (nats > 1 ? "s ×" + nats : ""), "egress only"), Shape.BOX, VPC));
            if (!topology.hasPublicEntry()) {
                nodes.add(new Node("internet", List.of("Internet"), Shape.CIRCLE, ""));
            }
            edges.add(new Edge("nat", "internet", "egress", true));
        }
        var vpcLabel = network.existingVpcId().map(id -> "Existing VPC " + id).orElse("VPC · " + zones + " zones");
        var groups = List.of(VPC + "|" + vpcLabel, NAMESPACE + "|" + topology.namespace() + " · Service Connect");
        return new Diagram(nodes, edges, groups);
    }

    public static String mermaid(Plan plan) {
        return render(of(plan));
    }

    static String render(Diagram diagram) {
        var text = new StringBuilder("flowchart LR\n");
        for (var node : diagram.nodes()) {
            if (node.group().isEmpty()) {
                text.append("  ").append(declaration(node)).append('\n');
            }
        }
        text.append("  subgraph ").append(VPC).append("[\"").append(groupTitle(diagram, VPC)).append("\"]\n");
        for (var node : diagram.nodes()) {
            if (node.group().equals(VPC)) {
                text.append("    ").append(declaration(node)).append('\n');
            }
        }
        text.append("    subgraph ").append(NAMESPACE).append("[\"").append(groupTitle(diagram, NAMESPACE)).append("\"]\n");
        for (var node : diagram.nodes()) {
            if (node.group().equals(NAMESPACE)) {
                text.append("      ").append(declaration(node)).append('\n');
            }
        }
        text.append("    end\n  end\n");
        for (var edge : diagram.edges()) {
            text.append("  ").append(edge.from());
            if (edge.dotted()) {
                text.append(edge.label().isEmpty() ? " -.-> " : " -. \"" + escape(edge.label()) + "\" .-> ");
            } else {
                text.append(edge.label().isEmpty() ? " --> " : " -- \"" + escape(edge.label()) + "\" --> ");
            }
            text.append(edge.to()).append('\n');
        }
        return text.toString();
    }

    static String serviceId(String name) {
        return "svc_" + name.replace('-', '_');
    }

    static String clientId(String name) {
        return "ext_" + name.replace('-', '_');
    }

    private static String groupTitle(Diagram diagram, String id) {
        return escape(diagram.groups().stream().filter(g -> g.startsWith(id + "|")).findFirst().orElseThrow()
                .substring(id.length() + 1));
    }

    private static String declaration(Node node) {
        var label = "\"" + String.join("<br/>", node.label().stream().map(TopologyDiagram::escape).toList()) + "\"";
        return node.id() + switch (node.shape()) {
            case BOX -> "[" + label + "]";
            case ROUND -> "(" + label + ")";
            case CIRCLE -> "((" + label + "))";
            case PARALLELOGRAM -> "[/" + label + "/]";
            case DATABASE -> "[(" + label + ")]";
        };
    }

    /** Mermaid labels are quoted; quotes and angle brackets inside must be entities. */
    static String escape(String text) {
        return text.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
    }
}
