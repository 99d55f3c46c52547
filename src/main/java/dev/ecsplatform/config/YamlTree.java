package dev.ecsplatform.config;

import dev.ecsplatform.configkit.ConfigNode;
import dev.ecsplatform.configkit.Problems;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * Turns a composed YAML node tree into JSON values the way Pulumi's reader (gopkg.in/yaml.v3 decoding into
 * untyped values) does, and reports what Pulumi refuses or what would otherwise be lost:
 * <ul>
 *   <li>a key written twice in one mapping (yaml.v3: "mapping key already defined at line N"), with both lines;</li>
 *   <li>a key that is not text (Pulumi: "expected only string keys");</li>
 *   <li>numbers JSON cannot carry ({@code .inf}, {@code .nan}): Pulumi hands structured values to the program as JSON;</li>
 *   <li>tags other than the core ones, recursive aliases, and alias bombs.</li>
 * </ul>
 * Merge keys ({@code <<: *defaults}) are resolved as yaml.v3 resolves them (decode.go {@code mapping} and
 * {@code merge}, v3.0.1): the mapping's own keys win wherever they are written; of a list of merged
 * mappings, the earlier wins; a merged value is taken whole (no deep merge); the value of {@code <<} must be
 * a mapping or a list of mappings. Nulls are kept as JSON null, so the loader can report them.
 */
final class YamlTree {

    /** The tag {@link PlainScalarResolver} gives plain scalars, so their meaning is decided here, as yaml.v3 decides it. */
    static final Tag PLAIN = new Tag("tag:ecs-platform,2026:plain");
    private static final int MAX_NODES = 200_000;

    /** One key of a mapping after merge keys are resolved. */
    record Entry(String key, Node keyNode, Node value) {
    }

    private final Problems problems;
    private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Node> merging = Collections.newSetFromMap(new IdentityHashMap<>());
    private int converted;
    /** False while walking parts of the file that Pulumi never hands to the program: only structure is checked. */
    private boolean checkValues = true;

    YamlTree(Problems problems) {
        this.problems = problems;
    }

    /** The entries of a mapping with text keys, merge keys resolved; problems reported at {@code path}. */
    List<Entry> entries(MappingNode mapping, String path) {
        return entries(mapping, path, path);
    }

    /**
     * As {@link #entries(MappingNode, String)}, for a mapping whose keys start paths of their own (the file's top
     * level, the config block): problems about the mapping itself are reported at {@code ownPath}.
     */
    List<Entry> entries(MappingNode mapping, String path, String ownPath) {
        var entries = new LinkedHashMap<String, Entry>();
        var firstLine = new HashMap<String, Integer>();
        var merges = new ArrayList<Node>();
        for (var tuple : mapping.getValue()) {
            var keyNode = tuple.getKeyNode();
            var rawKey = keyNode instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (rawKey != null) {
                // yaml.v3 compares keys as written: `a` and "a" are the same key, and so are two `<<`.
                var earlier = firstLine.putIfAbsent(rawKey, line(keyNode));
                if (earlier != null) {
                    problems.addRoot(child(path, rawKey), "the key " + ConfigNode.quote(rawKey) + " twice (lines " + earlier
                                    + " and " + line(keyNode) + ")",
                            "each key once in a mapping: Pulumi refuses a file with a repeated key, so the later one never silently wins");
                    continue;
                }
            }
            if (isMerge(keyNode)) {
                merges.add(tuple.getValueNode());
                continue;
            }
            var key = textKey(keyNode, path, ownPath);
            if (key != null) {
                entries.put(key, new Entry(key, keyNode, tuple.getValueNode()));
            }
        }
        for (var merge : merges) {
            for (var source : mergeSources(merge, ownPath)) {
                if (!merging.add(source)) {
                    problems.addRoot(child(ownPath, "<<"), "a merge of a mapping into itself (line " + line(merge) + ")",
                            "a merge key that names another mapping");
                    continue;
                }
                try {
                    for (var entry : entries(source, path, ownPath)) {
                        entries.putIfAbsent(entry.key(), entry);
                    }
                } finally {
                    merging.remove(source);
                }
            }
        }
        return List.copyOf(entries.values());
    }

    /** Reports repeated and non-text keys in a part of the file whose values nobody reads. */
    void checkStructure(Node node, String path) {
        checkValues = false;
        try {
            toJson(node, path);
        } finally {
            checkValues = true;
        }
    }

    /** The JSON value of a node; {@code null} (Java) when a problem was reported for it. */
    JsonElement toJson(Node node, String path) {
        if (++converted > MAX_NODES) {
            problems.addRoot("(file)", "more than " + MAX_NODES + " values once aliases are expanded",
                    "a stack file of ordinary size (anchors and aliases that multiply each other are refused)");
            throw new TooLarge();
        }
        if (!open.add(node)) {
            problems.addRoot(path, "an alias to a value that contains itself (line " + line(node) + ")",
                    "a value without recursive aliases (Pulumi cannot read one either)");
            return null;
        }
        try {
            return switch (node.getNodeId()) {
                case scalar -> scalar((ScalarNode) node, path);
                case sequence -> sequence((SequenceNode) node, path);
                case mapping -> mapping((MappingNode) node, path);
                default -> unsupported(node, path);
            };
        } finally {
            open.remove(node);
        }
    }

    /** Thrown when alias expansion exceeds the budget; the problem is already recorded. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private JsonElement mapping(MappingNode node, String path) {
        if (!node.getTag().equals(Tag.MAP)) {
            return unsupported(node, path);
        }
        var object = new JsonObject();
        for (var entry : entries(node, path)) {
            var value = toJson(entry.value(), child(path, entry.key()));
            object.add(entry.key(), value == null ? JsonNull.INSTANCE : value);
        }
        return object;
    }

    private JsonElement sequence(SequenceNode node, String path) {
        if (!node.getTag().equals(Tag.SEQ)) {
            return unsupported(node, path);
        }
        var array = new JsonArray();
        var items = node.getValue();
        for (int i = 0; i < items.size(); i++) {
            var value = toJson(items.get(i), path + "[" + i + "]");
            array.add(value == null ? JsonNull.INSTANCE : value);
        }
        return array;
    }

    private JsonElement scalar(ScalarNode node, String path) {
        var tag = node.getTag();
        if (tag.equals(Tag.STR)) {
            return new JsonPrimitive(node.getValue());
        }
        if (!tag.equals(PLAIN) && !List.of(Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL).contains(tag)) {
            return unsupported(node, path);
        }
        var resolved = YamlScalars.resolvePlain(node.getValue());
        if (resolved.notFinite().isPresent() && checkValues) {
            problems.addRoot(path, resolved.notFinite().get(), "a finite value: Pulumi passes configuration to the "
                    + "program as JSON, which has no infinity or NaN");
            return null;
        }
        var value = resolved.value();
        if (!tag.equals(PLAIN) && !tag.equals(kindTag(value))) {
            problems.addRoot(path, tag.getValue().replace(Tag.PREFIX, "!!") + " " + ConfigNode.quote(node.getValue()),
                    "a value of the type its tag names");
            return null;
        }
        return value;
    }

    private JsonElement unsupported(Node node, String path) {
        if (!checkValues) {
            return null;
        }
        problems.addRoot(path, "a value tagged " + node.getTag().getValue().replace(Tag.PREFIX, "!!") + " (line " + line(node) + ")",
                "plain YAML text, numbers, booleans, lists and mappings (no other tags)");
        return null;
    }

    private static Tag kindTag(JsonElement value) {
        if (value.isJsonNull()) {
            return Tag.NULL;
        }
        var primitive = value.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return Tag.BOOL;
        }
        if (primitive.isNumber()) {
            return primitive.getAsNumber() instanceof java.math.BigDecimal ? Tag.FLOAT : Tag.INT;
        }
        return Tag.STR;
    }

    private List<MappingNode> mergeSources(Node merge, String path) {
        if (merge instanceof MappingNode mapping) {
            return List.of(mapping);
        }
        if (merge instanceof SequenceNode sequence && sequence.getValue().stream().allMatch(n -> n instanceof MappingNode)) {
            return sequence.getValue().stream().map(MappingNode.class::cast).toList();
        }
        problems.addRoot(child(path, "<<"), "a merge key whose value is not a mapping (line " + line(merge) + ")",
                "a mapping or a list of mappings after <<, e.g. <<: *defaults (YAML merge keys, which Pulumi resolves)");
        return List.of();
    }

    private static boolean isMerge(Node key) {
        return key instanceof ScalarNode scalar && scalar.getValue().equals("<<")
                && (scalar.getTag().equals(PLAIN) || scalar.getTag().equals(Tag.MERGE));
    }

    /** The key as text, or null after reporting a key that is not text. */
    private String textKey(Node keyNode, String path, String ownPath) {
        if (keyNode instanceof ScalarNode scalar) {
            if (scalar.getTag().equals(Tag.STR)) {
                return scalar.getValue();
            }
            if (scalar.getTag().equals(PLAIN)) {
                var value = YamlScalars.resolvePlain(scalar.getValue()).value();
                if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
                    return scalar.getValue();
                }
                var what = value.isJsonNull() ? "null" : value.getAsJsonPrimitive().isBoolean() ? "a boolean" : "a number";
                problems.addRoot(child(path, scalar.getValue()), "the key " + (scalar.getValue().isEmpty() ? "~" : scalar.getValue())
                                + " (line " + line(keyNode) + "), which YAML reads as " + what,
                        "text keys only: Pulumi refuses other keys (quote it if it is a name: \"" + scalar.getValue() + "\")");
                return null;
            }
        }
        problems.addRoot(ownPath, "a " + (keyNode instanceof SequenceNode ? "list" : keyNode instanceof MappingNode ? "mapping" : "tagged value")
                        + " used as a key (line " + line(keyNode) + ")",
                "text keys only: Pulumi refuses other keys");
        return null;
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
