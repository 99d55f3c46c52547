package dev.ecsplatform.callgraph;

import dev.ecsplatform.config.PlatformConfig;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who calls whom: services calling services, and standalone servers (external clients) calling
 * services. Finds call cycles and an order that creates callees before their callers. Pure.
 */
public final class CallGraph {

    private final SortedMap<String, SortedSet<String>> callees = new TreeMap<>();
    private final SortedMap<String, SortedSet<String>> callers = new TreeMap<>();
    private final SortedMap<String, SortedSet<String>> externalCallers = new TreeMap<>();
    private final Map<String, Integer> component = new HashMap<>();
    private final List<SortedSet<String>> cycles = new ArrayList<>();
    private final List<String> creationOrder = new ArrayList<>();

    private CallGraph(SortedMap<String, SortedSet<String>> serviceCalls, SortedMap<String, SortedSet<String>> clientCalls) {
        serviceCalls.keySet().forEach(s -> {
            callees.put(s, new TreeSet<>());
            callers.put(s, new TreeSet<>());
            externalCallers.put(s, new TreeSet<>());
        });
        serviceCalls.forEach((caller, targets) -> targets.forEach(callee -> {
            callees.get(caller).add(callee);
            callers.get(callee).add(caller);
        }));
        clientCalls.forEach((client, targets) -> targets.forEach(callee -> externalCallers.get(callee).add(client)));
        findComponents();
    }

    public static CallGraph of(PlatformConfig config) {
        var services = new TreeMap<String, SortedSet<String>>();
        config.services().forEach((name, service) -> services.put(name, service.calls()));
        var clients = new TreeMap<String, SortedSet<String>>();
        config.externalClients().forEach((name, client) -> clients.put(name, client.calls()));
        return new CallGraph(services, clients);
    }

    public static CallGraph of(SortedMap<String, SortedSet<String>> serviceCalls,
                               SortedMap<String, SortedSet<String>> clientCalls) {
        return new CallGraph(serviceCalls, clientCalls);
    }

    public SortedSet<String> services() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(callees.keySet()));
    }

    public SortedSet<String> callees(String service) {
        return Collections.unmodifiableSortedSet(callees.get(service));
    }

    public SortedSet<String> callers(String service) {
        return Collections.unmodifiableSortedSet(callers.get(service));
    }

    public SortedSet<String> externalCallers(String service) {
        return Collections.unmodifiableSortedSet(externalCallers.get(service));
    }

    /** Groups of two or more services that reach each other through calls, each sorted, in name order. */
    public List<SortedSet<String>> cycles() {
        return Collections.unmodifiableList(cycles);
    }

    /** True when a and b call each other, directly or through others (so neither can be created first). */
    public boolean sameCycle(String a, String b) {
        return !a.equals(b) && component.get(a).equals(component.get(b));
    }

    /**
     * Callees before callers; services of one cycle side by side in name order. Services are visited
     * in name order, so the order depends only on the graph, never on the stack file.
     */
    public List<String> creationOrder() {
        return Collections.unmodifiableList(creationOrder);
    }

    /** Tarjan's strongly connected components; Tarjan emits them callees-first, which is the creation order. */
    private void findComponents() {
        var index = new HashMap<String, Integer>();
        var low = new HashMap<String, Integer>();
        var onStack = new HashMap<String, Boolean>();
        Deque<String> stack = new ArrayDeque<>();
        int[] counter = {0};
        for (var service : callees.keySet()) {
            if (!index.containsKey(service)) {
                connect(service, index, low, onStack, stack, counter);
            }
        }
        cycles.sort((x, y) -> x.first().compareTo(y.first()));
    }

    private void connect(String service, Map<String, Integer> index, Map<String, Integer> low,
                         Map<String, Boolean> onStack, Deque<String> stack, int[] counter) {
        index.put(service, counter[0]);
        low.put(service, counter[0]);
        counter[0]++;
        stack.push(service);
        onStack.put(service, true);
        for (var callee : callees.get(service)) {
            if (!index.containsKey(callee)) {
                connect(callee, index, low, onStack, stack, counter);
                low.put(service, Math.min(low.get(service), low.get(callee)));
            } else if (onStack.getOrDefault(callee, false)) {
                low.put(service, Math.min(low.get(service), index.get(callee)));
            }
        }
        if (low.get(service).equals(index.get(service))) {
            var members = new TreeSet<String>();
            String member;
            do {
                member = stack.pop();
                onStack.put(member, false);
                members.add(member);
                component.put(member, index.get(service));
            } while (!member.equals(service));
            if (members.size() > 1) {
                cycles.add(members);
            }
            creationOrder.addAll(members);
        }
    }
}
