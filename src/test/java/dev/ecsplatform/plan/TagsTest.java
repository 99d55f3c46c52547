package dev.ecsplatform.plan;

import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every resource whose AWS type takes tags carries the project, stack and managed-by tags. */
class TagsTest {

    @SuppressWarnings("unchecked")
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod", "shared-vpc"})
    void everyTaggableResourceIsTagged(String stack) {
        var taggable = StackFiles.plan(stack).resources().stream()
                .filter(PlannedResource::custom)
                .filter(r -> takesTags(r.type()))
                .toList();
        assertThat(taggable).hasSizeGreaterThan(20);
        assertThat(taggable).allSatisfy(resource -> assertThat(resource.input("tags"))
                .as("tags of %s", resource.name())
                .isInstanceOf(Map.class)
                .satisfies(tags -> assertThat((Map<String, Object>) tags)
                        .containsEntry("project", "ecs-platform")
                        .containsEntry("stack", stack)
                        .containsEntry("managed-by", "pulumi")
                        .containsEntry("Name", resource.name())));
    }

    /** Whether the provider's Args class for a type token (e.g. aws:ec2/subnet:Subnet) has a tags input. */
    static boolean takesTags(String type) {
        var module = type.substring(type.indexOf(':') + 1, type.indexOf('/'));
        var className = "com.pulumi.aws." + module + "." + type.substring(type.lastIndexOf(':') + 1) + "Args";
        try {
            return Arrays.stream(Class.forName(className).getMethods()).anyMatch(m -> m.getName().equals("tags"));
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no Args class for " + type, e);
        }
    }
}
