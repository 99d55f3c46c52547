package dev.ecsplatform.report;

import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The Mermaid text is well formed: every node declared once, every edge between declared nodes, safe ids. */
class TopologyDiagramTest {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern NODE = Pattern.compile("^\\s*([A-Za-z0-9_]+)(\\[\\(|\\(\\(|\\[/|\\[|\\()\"([^\"]*)\"(\\)\\]|\\)\\)|/\\]|\\]|\\))$");
    private static final Pattern SUBGRAPH = Pattern.compile("^\\s*subgraph ([A-Za-z0-9_]+)\\[\"([^\"]*)\"\\]$");
    private static final Pattern EDGE = Pattern.compile(
            "^\\s*([A-Za-z0-9_]+) (-->|-- \"[^\"]*\" -->|-\\.->|-\\. \"[^\"]*\" \\.->) ([A-Za-z0-9_]+)$");

    /** What a parse of the text found. */
    record Parsed(List<String> nodes, List<String> subgraphs, List<String[]> edges, List<String> unparsed) {
    }

    static Parsed parse(String mermaid) {
        var lines = mermaid.lines().toList();
        var nodes = new ArrayList<String>();
        var subgraphs = new ArrayList<String>();
        var edges = new ArrayList<String[]>();
        var unparsed = new ArrayList<String>();
        int depth = 0;
        for (var line : lines.subList(1, lines.size())) {
            var node = NODE.matcher(line);
            var subgraph = SUBGRAPH.matcher(line);
            var edge = EDGE.matcher(line);
            if (subgraph.matches()) {
                subgraphs.add(subgraph.group(1));
                depth++;
            } else if (line.strip().equals("end")) {
                depth--;
            } else if (edge.matches()) {
                edges.add(new String[]{edge.group(1), edge.group(3)});
            } else if (node.matches()) {
                nodes.add(node.group(1));
            } else {
                unparsed.add(line);
            }
        }
        assertThat(depth).as("every subgraph is closed").isZero();
        return new Parsed(nodes, subgraphs, edges, unparsed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod", "shared-vpc"})
    void diagramIsWellFormed(String stack) {
        var text = TopologyDiagram.mermaid(StackFiles.plan(stack));
        assertThat(text).startsWith("flowchart LR\n");
        var parsed = parse(text);
        assertThat(parsed.unparsed()).as("lines that are neither node, edge nor subgraph").isEmpty();
        assertThat(parsed.nodes()).doesNotHaveDuplicates();
        assertThat(new HashSet<>(parsed.nodes())).doesNotContainAnyElementsOf(parsed.subgraphs());
        assertThat(parsed.nodes()).allSatisfy(id -> assertThat(id).matches(SAFE_ID));
        assertThat(parsed.nodes()).doesNotContain("end", "graph", "subgraph", "flowchart", "style", "class");
        for (var edge : parsed.edges()) {
            assertThat(parsed.nodes()).as("edge %s -> %s", edge[0], edge[1]).contains(edge[0], edge[1]);
        }
    }

    @Test
    void prodDiagramShowsEveryCallTheClientsTheEntryAndEgress() {
        var plan = StackFiles.plan("prod");
        var parsed = parse(TopologyDiagram.mermaid(plan));
        assertThat(parsed.nodes()).contains("internet", "alb", "nat", "endpoints", "svc_api", "svc_orders", "svc_notifier",
                "ext_erp", "ext_saleor");
        var edges = parsed.edges().stream().map(e -> e[0] + ">" + e[1]).toList();
        int calls = plan.topology().services().stream().mapToInt(s -> s.callees().size()).sum();
        assertThat(edges).filteredOn(e -> e.startsWith("svc_")).hasSize(calls);
        assertThat(edges).contains("internet>alb", "alb>svc_api", "svc_orders>svc_inventory", "svc_inventory>svc_orders",
                "ext_erp>svc_orders", "nat>internet");
        assertThat(edges).filteredOn(e -> e.startsWith("alb>")).containsExactly("alb>svc_api");
    }

    @Test
    void labelsAreEscaped() {
        assertThat(TopologyDiagram.escape("a \"quoted\" <b>")).isEqualTo("a #quot;quoted#quot; #lt;b#gt;");
    }
}
