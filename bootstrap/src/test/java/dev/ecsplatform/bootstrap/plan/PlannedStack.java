package dev.ecsplatform.bootstrap.plan;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;

import java.util.List;
import java.util.Map;

/**
 * One stack's offline plan as the main program prints it ({@code plan --format json}): what the bootstrap's roles
 * are checked against.
 *
 * @param project   the main project
 * @param stack     the stack
 * @param region    its {@code aws:region}
 * @param resources every resource, components included
 * @param invokes   the data sources the program reads, by token
 */
public record PlannedStack(String project, String stack, String region, List<Resource> resources, List<String> invokes) {

    /** The mock engine's account, which the plan's ARNs are spelled with (the main project's PlanMocks). */
    public static final String ACCOUNT = "123456789012";

    /**
     * One planned resource.
     *
     * @param type   type token
     * @param name   logical name (also the mock engine's id, and the end of its mock ARN)
     * @param custom a cloud resource, not a component
     * @param inputs the inputs the program gave it
     */
    public record Resource(String type, String name, boolean custom, Map<String, Object> inputs) {
    }

    private static final Gson GSON = new Gson();

    static PlannedStack parse(JsonObject json) {
        var resources = json.getAsJsonArray("resources").asList().stream().map(element -> {
            var resource = element.getAsJsonObject();
            Map<String, Object> inputs = GSON.fromJson(resource.get("inputs"), new TypeToken<Map<String, Object>>() {
            }.getType());
            return new Resource(resource.get("type").getAsString(), resource.get("name").getAsString(),
                    resource.get("custom").getAsBoolean(), inputs);
        }).toList();
        var invokes = json.getAsJsonArray("invokes").asList().stream().map(e -> e.getAsString()).toList();
        return new PlannedStack(json.get("project").getAsString(), json.get("stack").getAsString(),
                json.get("region").getAsString(), resources, invokes);
    }

    public List<Resource> cloudResources() {
        return resources.stream().filter(Resource::custom).toList();
    }
}
