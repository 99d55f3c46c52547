package dev.ecsplatform.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/** Renders a plan as JSON: every resource with type, logical name, parent, options and inputs. */
public final class JsonPlanRenderer {

    private JsonPlanRenderer() {
    }

    public static Map<String, Object> shape(Plan plan) {
        var document = new LinkedHashMap<String, Object>();
        document.put("project", plan.project());
        document.put("stack", plan.stack());
        document.put("resources", plan.resources().stream().map(JsonPlanRenderer::resource).toList());
        document.put("outputs", plan.outputs());
        return document;
    }

    public static String render(Plan plan) {
        return JsonValues.pretty(shape(plan)) + "\n";
    }

    private static Map<String, Object> resource(PlannedResource r) {
        var shape = new LinkedHashMap<String, Object>();
        shape.put("urn", r.urn());
        shape.put("type", r.type());
        shape.put("name", r.name());
        shape.put("parent", r.parentUrn());
        shape.put("custom", r.custom());
        shape.put("protect", r.protect());
        shape.put("dependsOn", r.dependsOn());
        shape.put("ignoreChanges", r.ignoreChanges());
        shape.put("inputs", r.inputs());
        return shape;
    }
}
