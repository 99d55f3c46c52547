package dev.ecsplatform.plan;

import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Reordering the entries of a stack file changes no logical name and no input. */
class StableNamesTest {

    /** Lists whose order carries no meaning; the loader must not let it leak into names or inputs. */
    private static final Set<String> SET_LIKE_LISTS = Set.of(
            "availabilityZones", "endpoints", "calls", "securityGroupIds", "cidrs", "taskRolePolicies", "subscribers");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void reversedStackFilePlansTheSameResources(String stack) throws IOException {
        var original = StackFiles.plan(stack);
        Object document = new Yaml().load(Files.readString(StackFiles.path(stack)));
        var reversed = new Yaml().dump(reverse(document, ""));
        assertThat(reversed).isNotEqualTo(new Yaml().dump(document));

        var replanned = StackFiles.planYaml(stack, reversed);

        assertThat(replanned.resources()).extracting(PlannedResource::urn)
                .containsExactlyElementsOf(original.resources().stream().map(PlannedResource::urn).toList());
        assertThat(replanned.resources()).isEqualTo(original.resources());
    }

    private static Object reverse(Object value, String key) {
        if (value instanceof Map<?, ?> map) {
            var entries = new ArrayList<Map.Entry<?, ?>>(map.entrySet());
            Collections.reverse(entries);
            var result = new LinkedHashMap<Object, Object>();
            entries.forEach(e -> result.put(e.getKey(), reverse(e.getValue(), String.valueOf(e.getKey()))));
            return result;
        }
        if (value instanceof List<?> list) {
            var copy = new ArrayList<Object>(list.stream().map(v -> reverse(v, "")).toList());
            if (SET_LIKE_LISTS.contains(key)) {
                Collections.reverse(copy);
            }
            return copy;
        }
        return value;
    }
}
