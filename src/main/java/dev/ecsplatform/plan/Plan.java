package dev.ecsplatform.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the program would register for one stack, in a fixed order (by URN), plus the stack
 * outputs. Nothing here depends on the order in which the engine saw registrations.
 *
 * @param project   project name
 * @param stack     stack name
 * @param resources every resource, sorted by URN
 * @param outputs   stack outputs, by name
 * @param topology  the environment as a reviewer sees it (services, calls, clients, network choices)
 * @param invokes   the data sources the program read, each once
 */
public record Plan(String project, String stack, List<PlannedResource> resources, SortedMap<String, Object> outputs,
                   Topology topology, List<PlannedInvoke> invokes) {

    public Plan {
        resources = resources.stream().sorted(Comparator.comparing(PlannedResource::urn)).toList();
        outputs = new TreeMap<>(outputs);
        invokes = invokes.stream().distinct().sorted().toList();
    }

    /** A plan of resources alone (tests that build plans by hand). */
    public Plan(String project, String stack, List<PlannedResource> resources, SortedMap<String, Object> outputs,
                Topology topology) {
        this(project, stack, resources, outputs, topology, List.of());
    }

    public List<PlannedResource> ofType(String type) {
        return resources.stream().filter(r -> r.type().equals(type)).toList();
    }

    public Optional<PlannedResource> named(String name) {
        return resources.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public PlannedResource get(String type, String name) {
        return resources.stream().filter(r -> r.type().equals(type) && r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + type + " named " + name));
    }

    /** Resource counts by type, sorted by type token. */
    public SortedMap<String, Integer> countsByType() {
        var counts = new TreeMap<String, Integer>();
        resources.stream().filter(PlannedResource::custom).forEach(r -> counts.merge(r.type(), 1, Integer::sum));
        return counts;
    }
}
