package dev.ecsplatform.observability;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonSerializer;

/** Writes a {@link DashboardBody} as the JSON PutDashboard reads: records as objects, metric lines as arrays. */
public final class DashboardJson {

    private static final JsonSerializer<MetricLine> LINE = (line, type, context) -> {
        var options = new JsonObject();
        line.expression().ifPresent(e -> options.addProperty("expression", e));
        if (line.id() != null) {
            options.addProperty("id", line.id());
        }
        if (line.stat() != null) {
            options.addProperty("stat", line.stat());
        }
        options.addProperty("label", line.label());
        if (!"left".equals(line.yAxis())) {
            options.addProperty("yAxis", line.yAxis());
        }
        if (!line.visible()) {
            options.addProperty("visible", false);
        }
        var array = new JsonArray();
        line.metric().ifPresent(metric -> {
            array.add(metric.namespace());
            array.add(metric.name());
            metric.dimensions().forEach((name, value) -> {
                array.add(name);
                array.add(value);
            });
        });
        array.add(options);
        return array;
    };

    private static final Gson GSON = new GsonBuilder()
            .disableHtmlEscaping()
            .registerTypeAdapter(MetricLine.class, LINE)
            .create();

    private DashboardJson() {
    }

    public static String write(DashboardBody body) {
        return GSON.toJson(body);
    }
}
