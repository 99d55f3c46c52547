package dev.ecsplatform.bootstrap.config;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects the problems of one load, so that all of them are reported together. */
final class Problems {

    static final String NOT_SET = "nothing (the key is not set)";

    private final String namespace;
    private final List<ConfigProblem> found = new ArrayList<>();

    Problems(String namespace) {
        this.namespace = namespace;
    }

    void add(String path, String given, String expected) {
        found.add(new ConfigProblem(namespace + ":" + path, given, expected));
    }

    /** Reports each key of {@code keys} that is not in {@code known}, with the likely intended key. */
    void rejectUnknownKeys(String parentPath, Collection<String> keys, List<String> known) {
        for (var key : keys) {
            if (known.contains(key)) {
                continue;
            }
            var hint = DidYouMean.suggest(key, known).map(s -> "; did you mean \"" + s + "\"?").orElse("");
            var path = parentPath.isEmpty() ? key : parentPath + "." + key;
            add(path, "unknown key " + quoted(key), "one of " + String.join(", ", known) + hint);
        }
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidConfigException(found);
        }
    }

    static String quoted(String value) {
        return new JsonPrimitive(value).toString();
    }

    static String given(JsonElement value) {
        return value == null ? NOT_SET : value.toString();
    }
}
