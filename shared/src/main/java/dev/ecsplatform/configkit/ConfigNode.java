package dev.ecsplatform.configkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A cursor over one configuration value that knows its key path and records problems instead of
 * throwing, so the loader can read the whole configuration and report everything at once.
 * Objects remember which keys were asked for; {@link #rejectUnknownKeys()} reports the rest.
 * <p>
 * A key that is left out is absent (its default applies); a key written with a null value ({@code ~},
 * {@code null} or nothing after the colon) is present, and every reader refuses it: null never quietly
 * means "absent" or "empty".
 */
public final class ConfigNode {

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");

    private final String path;
    /** The value; Java null when the key is absent, {@link JsonNull} when it was written as null. */
    private final JsonElement value;
    private final Problems problems;
    /** A top-level key with an empty value, which Pulumi hands the program as an empty string. */
    private final boolean emptyTop;
    private final Set<String> knownKeys = new LinkedHashSet<>();

    private ConfigNode(String path, JsonElement value, Problems problems) {
        this(path, value, problems, false);
    }

    private ConfigNode(String path, JsonElement value, Problems problems, boolean emptyTop) {
        this.path = path;
        this.value = value;
        this.problems = problems;
        this.emptyTop = emptyTop;
    }

    /**
     * A top-level value as Pulumi passes it: structured values arrive as JSON text, scalars as
     * plain text ({@code dev.internal}, {@code true}).
     */
    public static ConfigNode top(String key, Optional<String> raw, Problems problems) {
        if (raw.isEmpty()) {
            return new ConfigNode(key, null, problems);
        }
        var text = raw.get().strip();
        if (text.isEmpty()) {
            return new ConfigNode(key, JsonNull.INSTANCE, problems, true);
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            try {
                return new ConfigNode(key, JsonParser.parseString(text), problems);
            } catch (JsonParseException e) {
                problems.addRoot(key, quote(text), "a YAML mapping or list (it could not be read as structured data)");
                return new ConfigNode(key, null, problems);
            }
        }
        return new ConfigNode(key, new JsonPrimitive(raw.get()), problems);
    }

    public String path() {
        return path;
    }

    /** True when the key is written, even with a null value. */
    public boolean isPresent() {
        return value != null;
    }

    /** True when a problem was already reported at this value or inside it (so checks built on it stay quiet). */
    public boolean hasProblem() {
        return problems.reportedAt(path);
    }

    public Problems problems() {
        return problems;
    }

    /** How the value is shown in messages: JSON, so strings are quoted and lists look like lists. */
    public String given() {
        if (!isPresent()) {
            return "nothing";
        }
        return emptyTop ? "an empty value" : render(value);
    }

    /** Records a problem about this value. */
    public void problem(String expected) {
        problem(expected, "");
    }

    public void problem(String expected, String hint) {
        problems.add(path, given(), expected, hint.isEmpty() ? nullHint() : hint);
    }

    /** Why a null is refused, said where it was written. */
    private String nullHint() {
        if (emptyTop) {
            return "Pulumi reads an empty value as an empty string; leave the key out to use its default";
        }
        if (value == null || !value.isJsonNull()) {
            return "";
        }
        return path.endsWith("]") ? "a list item cannot be null: remove it"
                : "null does not mean absent: leave the key out to use its default";
    }

    /** The field {@code key} of this object (absent when this is not an object or lacks it). */
    public ConfigNode field(String key) {
        knownKeys.add(key);
        var child = value != null && value.isJsonObject() ? value.getAsJsonObject().get(key) : null;
        return new ConfigNode(path + "." + key, child, problems);
    }

    /** True when this is an object (records a problem when it is present but not one). */
    public boolean expectObject(String expected) {
        if (!isPresent()) {
            return false;
        }
        if (!value.isJsonObject()) {
            problem(expected);
            return false;
        }
        return true;
    }

    /** Reports every key of this object that no one asked for, with a did-you-mean. */
    public void rejectUnknownKeys() {
        if (value == null || !value.isJsonObject()) {
            return;
        }
        for (var key : new TreeMap<>(value.getAsJsonObject().asMap()).keySet()) {
            if (!knownKeys.contains(key)) {
                problems.add(path + "." + key, "an unknown key",
                        "one of " + String.join(", ", knownKeys), DidYouMean.hint(key, knownKeys));
            }
        }
    }

    /** The entries of a map keyed by name, in name order (never in file order). */
    public Map<String, ConfigNode> entries(String expected) {
        var result = new TreeMap<String, ConfigNode>();
        if (expectObject(expected)) {
            for (var entry : value.getAsJsonObject().entrySet()) {
                result.put(entry.getKey(), new ConfigNode(path + "." + entry.getKey(), entry.getValue(), problems));
            }
        }
        return result;
    }

    /** The items of a list; a problem when present but not a list. */
    public List<ConfigNode> items(String expected) {
        var result = new ArrayList<ConfigNode>();
        if (!isPresent()) {
            return result;
        }
        if (!value.isJsonArray()) {
            problem(expected);
            return result;
        }
        JsonArray array = value.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
            result.add(new ConfigNode(path + "[" + i + "]", array.get(i), problems));
        }
        return result;
    }

    public Optional<String> string(String expected) {
        if (!isPresent()) {
            return Optional.empty();
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            return Optional.of(value.getAsString());
        }
        problem(expected);
        return Optional.empty();
    }

    /** A scalar (string, number or boolean) as text; numbers keep no fraction when whole. */
    public Optional<String> scalarText(String expected) {
        if (!isPresent()) {
            return Optional.empty();
        }
        if (value.isJsonPrimitive()) {
            var primitive = value.getAsJsonPrimitive();
            if (primitive.isNumber()) {
                double d = primitive.getAsDouble();
                return Optional.of(d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : primitive.getAsString());
            }
            return Optional.of(primitive.getAsString());
        }
        problem(expected);
        return Optional.empty();
    }

    /** An integer in [min, max]; numeric strings are accepted because {@code pulumi config set} writes them. */
    public Optional<Integer> integer(int min, int max) {
        if (!isPresent()) {
            return Optional.empty();
        }
        var expected = "an integer from " + min + " to " + max;
        Long number = null;
        if (value.isJsonPrimitive()) {
            var primitive = value.getAsJsonPrimitive();
            var text = primitive.getAsString().strip();
            if ((primitive.isNumber() || primitive.isString()) && INTEGER.matcher(text).matches() && text.length() < 12) {
                number = Long.parseLong(text);
            } else if (primitive.isNumber()) {
                double d = primitive.getAsDouble();
                if (d == Math.rint(d) && Math.abs(d) < 1e11) {
                    number = (long) d;
                }
            }
        }
        if (number == null || number < min || number > max) {
            problem(expected);
            return Optional.empty();
        }
        return Optional.of(number.intValue());
    }

    public Optional<Boolean> bool() {
        if (!isPresent()) {
            return Optional.empty();
        }
        if (value.isJsonPrimitive()) {
            var text = value.getAsString().strip();
            if (text.equals("true") || text.equals("false")) {
                return Optional.of(Boolean.parseBoolean(text));
            }
        }
        problem("true or false");
        return Optional.empty();
    }

    /** One of a fixed set of words, matched exactly; a did-you-mean otherwise. */
    public <E> Optional<E> choice(Map<String, E> words) {
        if (!isPresent()) {
            return Optional.empty();
        }
        var expected = "one of " + String.join(", ", words.keySet());
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            var word = value.getAsString();
            if (words.containsKey(word)) {
                return Optional.of(words.get(word));
            }
            problem(expected, DidYouMean.hint(word, words.keySet()));
            return Optional.empty();
        }
        problem(expected);
        return Optional.empty();
    }

    /** One of the given words, matched exactly, in the order they are listed in messages. */
    public Optional<String> word(String... words) {
        var choices = new java.util.LinkedHashMap<String, String>();
        for (var word : words) {
            choices.put(word, word);
        }
        return choice(choices);
    }

    /** True when this is a mapping. */
    public boolean isObject() {
        return value != null && value.isJsonObject();
    }

    /** True when this is a text value. */
    public boolean isString() {
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
    }

    public boolean isList() {
        return value != null && value.isJsonArray();
    }

    /** True when this is a list with no items. */
    public boolean isEmptyList() {
        return isList() && value.getAsJsonArray().isEmpty();
    }

    /** A list of strings (each item checked), or empty when absent. */
    public Optional<List<String>> strings(String expectedItem) {
        if (!isPresent()) {
            return Optional.empty();
        }
        if (!value.isJsonArray()) {
            problem("a list of " + expectedItem);
            return Optional.empty();
        }
        var result = new ArrayList<String>();
        for (var item : items("a list of " + expectedItem)) {
            item.string(expectedItem).ifPresent(result::add);
        }
        return Optional.of(List.copyOf(result));
    }

    public static String quote(String text) {
        return new JsonPrimitive(text).toString();
    }

    private static String render(JsonElement element) {
        var text = element.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
