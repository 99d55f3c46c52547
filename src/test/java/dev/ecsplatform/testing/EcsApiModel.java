package dev.ecsplatform.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks JSON against the ECS API's own shapes (from botocore's service model, kept in
 * src/test/resources/ecs-api): member names, enum values, types and required members.
 */
public final class EcsApiModel {

    private final JsonObject shapes;

    private EcsApiModel(JsonObject shapes) {
        this.shapes = shapes;
    }

    public static EcsApiModel load() {
        var stream = EcsApiModel.class.getResourceAsStream("/ecs-api/container-definitions.json");
        if (stream == null) {
            throw new IllegalStateException("ecs-api/container-definitions.json is missing from the test resources");
        }
        try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return new EcsApiModel(JsonParser.parseReader(reader).getAsJsonObject().getAsJsonObject("shapes"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every way {@code json} breaks shape {@code shapeName}; empty when it conforms. */
    public List<String> violations(String shapeName, String json) {
        var problems = new ArrayList<String>();
        check(shapeName, JsonParser.parseString(json), "$", problems);
        return problems;
    }

    private void check(String shapeName, JsonElement value, String path, List<String> problems) {
        var shape = shapes.getAsJsonObject(shapeName);
        if (shape == null) {
            problems.add(path + ": unknown shape " + shapeName);
            return;
        }
        switch (shape.get("type").getAsString()) {
            case "structure" -> {
                if (!value.isJsonObject()) {
                    problems.add(path + ": expected an object (" + shapeName + ")");
                    return;
                }
                var members = shape.getAsJsonObject("members");
                for (var entry : value.getAsJsonObject().entrySet()) {
                    if (!members.has(entry.getKey())) {
                        problems.add(path + "." + entry.getKey() + ": not a member of " + shapeName);
                    } else {
                        check(members.get(entry.getKey()).getAsString(), entry.getValue(), path + "." + entry.getKey(), problems);
                    }
                }
                for (var required : shape.getAsJsonArray("required")) {
                    if (!value.getAsJsonObject().has(required.getAsString())) {
                        problems.add(path + ": " + shapeName + " requires " + required.getAsString());
                    }
                }
            }
            case "list" -> {
                if (!value.isJsonArray()) {
                    problems.add(path + ": expected a list (" + shapeName + ")");
                    return;
                }
                var array = value.getAsJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    check(shape.get("member").getAsString(), array.get(i), path + "[" + i + "]", problems);
                }
            }
            case "map" -> {
                if (!value.isJsonObject()) {
                    problems.add(path + ": expected a map (" + shapeName + ")");
                    return;
                }
                for (var entry : value.getAsJsonObject().entrySet()) {
                    check(shape.get("value").getAsString(), entry.getValue(), path + "." + entry.getKey(), problems);
                }
            }
            case "string" -> {
                if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
                    problems.add(path + ": expected a string (" + shapeName + ")");
                } else if (shape.has("enum") && !shape.getAsJsonArray("enum").asList().stream()
                        .map(JsonElement::getAsString).toList().contains(value.getAsString())) {
                    problems.add(path + ": " + value + " is not one of " + shape.get("enum") + " (" + shapeName + ")");
                }
            }
            case "integer" -> {
                if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()
                        || value.getAsDouble() != Math.rint(value.getAsDouble())) {
                    problems.add(path + ": expected an integer (" + shapeName + ")");
                }
            }
            case "boolean" -> {
                if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
                    problems.add(path + ": expected a boolean (" + shapeName + ")");
                }
            }
            default -> problems.add(path + ": shape type " + shape.get("type") + " is not checked here");
        }
    }
}
