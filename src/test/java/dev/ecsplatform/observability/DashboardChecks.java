package dev.ecsplatform.observability;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a dashboard body the way PutDashboard would: against a JSON Schema of the documented structure
 * (src/test/resources/cloudwatch/dashboard-body.schema.json, from "Dashboard Body Structure and Syntax"), plus what a
 * schema cannot say: widgets inside the 24 columns and not overlapping, metric math ids defined before use, and the
 * per-dashboard quotas.
 */
final class DashboardChecks {

    private static final Schema SCHEMA = load();
    private static final Pattern ID_REFERENCE = Pattern.compile("\\b([a-z][a-zA-Z0-9_]*)\\b");
    private static final List<String> FUNCTIONS = List.of("FILL", "IF");

    private DashboardChecks() {
    }

    private static Schema load() {
        try (InputStream in = DashboardChecks.class.getResourceAsStream("/cloudwatch/dashboard-body.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every problem found, one line each; empty when the body is valid. */
    static List<String> problems(String body) {
        var problems = new ArrayList<String>();
        SCHEMA.validate(body, InputFormat.JSON).forEach(error -> problems.add("schema: " + error));
        var widgets = JsonParser.parseString(body).getAsJsonObject().getAsJsonArray("widgets");
        if (widgets == null) {
            return problems;
        }
        var cells = new HashSet<String>();
        int metrics = 0;
        for (int i = 0; i < widgets.size(); i++) {
            var widget = widgets.get(i).getAsJsonObject();
            int x = widget.get("x").getAsInt();
            int y = widget.get("y").getAsInt();
            int width = widget.get("width").getAsInt();
            int height = widget.get("height").getAsInt();
            if (x + width > 24) {
                problems.add("widget " + i + " ends at column " + (x + width) + ", beyond 24");
            }
            for (int cx = x; cx < x + width; cx++) {
                for (int cy = y; cy < y + height; cy++) {
                    if (!cells.add(cx + "," + cy)) {
                        problems.add("widget " + i + " overlaps another at " + cx + "," + cy);
                        cy = y + height;
                        cx = x + width;
                    }
                }
            }
            if (widget.get("type").getAsString().equals("metric")) {
                var lines = widget.getAsJsonObject("properties").getAsJsonArray("metrics");
                metrics += lines.size();
                problems.addAll(undefinedIds(i, lines.asList()));
            }
        }
        if (metrics > DashboardPlanner.MAX_METRICS) {
            problems.add(metrics + " metrics, above " + DashboardPlanner.MAX_METRICS);
        }
        return problems;
    }

    /** An expression may only use ids of lines in the same widget. */
    private static List<String> undefinedIds(int widget, List<JsonElement> lines) {
        var ids = new HashSet<String>();
        var expressions = new ArrayList<String>();
        for (var line : lines) {
            var items = line.getAsJsonArray();
            var last = items.get(items.size() - 1);
            if (last.isJsonObject()) {
                JsonObject options = last.getAsJsonObject();
                if (options.has("id")) {
                    ids.add(options.get("id").getAsString());
                }
                if (options.has("expression")) {
                    expressions.add(options.get("expression").getAsString());
                }
            }
        }
        var problems = new ArrayList<String>();
        for (var expression : expressions) {
            var matcher = ID_REFERENCE.matcher(expression);
            while (matcher.find()) {
                var id = matcher.group(1);
                if (!ids.contains(id) && !FUNCTIONS.contains(id)) {
                    problems.add("widget " + widget + ": expression " + expression + " uses undefined id " + id);
                }
            }
        }
        return problems;
    }
}
