package dev.ecsplatform.observability;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One CloudWatch metric: namespace, name and the exact dimension set it is published with (CloudWatch matches
 * the whole set, so a dimension too many or too few finds nothing).
 *
 * @param namespace  e.g. {@code AWS/ECS}
 * @param name       e.g. {@code RequestCount}
 * @param dimensions dimension name to value, in the order dashboards show them
 */
public record MetricId(String namespace, String name, Map<String, String> dimensions) {

    public MetricId {
        dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
    }
}
