package dev.ecsplatform.plan;

import dev.ecsplatform.aws.ReplacementRules;

import java.util.List;
import java.util.Map;

/**
 * One resource the program registered, as the offline plan saw it.
 *
 * @param urn           the resource's URN under the mock engine
 * @param type          the type token, e.g. {@code aws:ec2/vpc:Vpc}
 * @param name          the logical name
 * @param parentUrn     the parent's URN (the stack for top-level components)
 * @param custom        true for cloud resources, false for components
 * @param inputs        the inputs as the engine received them (nested maps, lists, strings, numbers, booleans)
 * @param protect       the {@code protect} option
 * @param dependsOn     URNs named in {@code dependsOn}
 * @param ignoreChanges properties named in {@code ignoreChanges}
 */
public record PlannedResource(
        String urn,
        String type,
        String name,
        String parentUrn,
        boolean custom,
        Map<String, Object> inputs,
        boolean protect,
        List<String> dependsOn,
        List<String> ignoreChanges) {

    public PlannedResource {
        inputs = Map.copyOf(inputs);
        dependsOn = List.copyOf(dependsOn);
        ignoreChanges = List.copyOf(ignoreChanges);
    }

    /** An input by dotted path ({@code a.b.c}), or null when absent. */
    public Object input(String path) {
        return ReplacementRules.at(inputs, path);
    }

    public String inputString(String path) {
        var value = input(path);
        return value == null ? null : String.valueOf(value);
    }
}
