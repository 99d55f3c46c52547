package dev.ecsplatform.callgraph;

import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class CallGraphTest {

    private static CallGraph graph(Map<String, List<String>> calls) {
        var services = new TreeMap<String, SortedSet<String>>();
        calls.forEach((k, v) -> services.put(k, new TreeSet<>(v)));
        return CallGraph.of(services, new TreeMap<>());
    }

    @Test
    void devStackCycleIsOrdersAndInventory() {
        var graph = CallGraph.of(StackFiles.config("dev"));
        assertThat(graph.cycles()).containsExactly(new TreeSet<>(Set.of("inventory", "orders")));
        assertThat(graph.sameCycle("orders", "inventory")).isTrue();
        assertThat(graph.sameCycle("orders", "cache")).isFalse();
        assertThat(graph.callers("orders")).containsExactly("api", "inventory", "notifier");
        assertThat(graph.externalCallers("orders")).containsExactly("erp", "saleor");
        assertThat(graph.externalCallers("cache")).isEmpty();
    }

    @Test
    void calleesComeBeforeCallers() {
        var graph = CallGraph.of(StackFiles.config("prod"));
        var order = graph.creationOrder();
        assertThat(order).containsExactlyInAnyOrder("api", "cache", "catalog", "inventory", "notifier", "orders");
        for (var service : order) {
            for (var callee : graph.callees(service)) {
                if (!graph.sameCycle(service, callee) && !callee.equals(service)) {
                    assertThat(order.indexOf(callee)).as(callee + " before " + service).isLessThan(order.indexOf(service));
                }
            }
        }
    }

    @Test
    void selfCallsAreNotCycles() {
        var graph = graph(Map.of("a", List.of("a", "b"), "b", List.of()));
        assertThat(graph.cycles()).isEmpty();
        assertThat(graph.callers("a")).containsExactly("a");
        assertThat(graph.creationOrder()).containsExactly("b", "a");
    }

    @Test
    void findsEveryCycleAndKeepsTheRestOrdered() {
        var graph = graph(Map.of(
                "a", List.of("b"), "b", List.of("c"), "c", List.of("a", "d"),
                "d", List.of(), "e", List.of("f"), "f", List.of("e"), "g", List.of("a", "e")));
        assertThat(graph.cycles()).containsExactly(new TreeSet<>(Set.of("a", "b", "c")), new TreeSet<>(Set.of("e", "f")));
        var order = graph.creationOrder();
        assertThat(order.indexOf("d")).isLessThan(order.indexOf("a"));
        assertThat(order.indexOf("g")).isEqualTo(order.size() - 1);
    }

    @Test
    void orderDoesNotDependOnInsertionOrder() {
        SortedMap<String, SortedSet<String>> one = new TreeMap<>();
        one.put("x", new TreeSet<>(List.of("y", "z")));
        one.put("y", new TreeSet<>());
        one.put("z", new TreeSet<>(List.of("y")));
        SortedMap<String, SortedSet<String>> two = new TreeMap<>();
        two.put("z", new TreeSet<>(List.of("y")));
        two.put("x", new TreeSet<>(List.of("z", "y")));
        two.put("y", new TreeSet<>());
        assertThat(CallGraph.of(one, new TreeMap<>()).creationOrder())
                .isEqualTo(CallGraph.of(two, new TreeMap<>()).creationOrder())
                .containsExactly("y", "z", "x");
    }
}
