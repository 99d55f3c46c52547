package dev.ecsplatform.findings;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.ecsplatform.plan.Plan;
import dev.ecsplatform.plan.PlannedResource;

import java.util.ArrayList;
import java.util.List;

/** The container definitions of every task definition in a plan, parsed from their JSON inputs. */
final class Containers {

    static final String TASK_DEFINITION = "aws:ecs/taskDefinition:TaskDefinition";

    /** One container of one task definition. */
    record Container(PlannedResource task, JsonObject definition) {
        String name() {
            return definition.has("name") ? definition.get("name").getAsString() : "(unnamed)";
        }

        boolean isTrue(String field) {
            return definition.has(field) && definition.get(field).isJsonPrimitive() && definition.get(field).getAsBoolean();
        }

        List<String> textValues() {
            var values = new ArrayList<String>();
            if (definition.has("environment")) {
                definition.getAsJsonArray("environment").forEach(e -> {
                    var pair = e.getAsJsonObject();
                    if (pair.has("value")) {
                        values.add(pair.get("value").getAsString());
                    }
                });
            }
            for (var field : List.of("command", "entryPoint")) {
                if (definition.has(field)) {
                    definition.getAsJsonArray(field).forEach(word -> values.add(word.getAsString()));
                }
            }
            return values;
        }
    }

    private Containers() {
    }

    static List<Container> of(Plan plan) {
        var containers = new ArrayList<Container>();
        for (var task : plan.ofType(TASK_DEFINITION)) {
            var json = task.inputString("containerDefinitions");
            if (json == null) {
                continue;
            }
            JsonElement parsed = JsonParser.parseString(json);
            if (parsed.isJsonArray()) {
                parsed.getAsJsonArray().forEach(c -> containers.add(new Container(task, c.getAsJsonObject())));
            }
        }
        return containers;
    }
}
