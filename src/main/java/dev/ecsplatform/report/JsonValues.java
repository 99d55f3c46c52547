package dev.ecsplatform.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Deterministic JSON for plan output: keys sorted, whole numbers without a fraction. */
public final class JsonValues {

    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private JsonValues() {
    }

    /** A copy with every map sorted by key and every whole double turned into a long. */
    public static Object normalise(Object value) {
        if (value instanceof Map<?, ?> map) {
            var sorted = new TreeMap<String, Object>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), normalise(v)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JsonValues::normalise).toList();
        }
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return d.longValue();
        }
        return value;
    }

    public static String pretty(Object value) {
        return PRETTY.toJson(normalise(value));
    }
}
