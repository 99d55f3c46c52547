package dev.ecsplatform.bootstrap;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.pulumi.Config;
import dev.ecsplatform.bootstrap.config.ConfigLoader;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Reads this program's stack config (its own namespace only) into the key → text map the loader takes. */
final class PulumiConfigEntries {

    /** How the language host hands the whole stack config to the program, as a JSON object. */
    private static final String ALL_CONFIG_VARIABLE = "PULUMI_CONFIG";

    private PulumiConfigEntries() {
    }

    static Map<String, String> read(Config config) {
        var keys = new LinkedHashSet<>(ConfigLoader.KEYS);
        keys.addAll(keysSetInNamespace(config.getName()));
        var entries = new LinkedHashMap<String, String>();
        for (var key : keys) {
            config.get(key).ifPresent(value -> entries.put(key, value));
        }
        return entries;
    }

    /**
     * The SDK's Config only answers for keys it is asked about, so a misspelt top-level key ("stack:") would pass
     * unseen. The key names come from the variable the SDK reads its config from; the values still come through
     * {@link Config}. When the variable is missing or unreadable only that check is lost.
     */
    private static Set<String> keysSetInNamespace(String namespace) {
        return keysInNamespace(System.getenv(ALL_CONFIG_VARIABLE), namespace);
    }

    /** The keys of {@code namespace} in a whole-config JSON object, without the namespace. */
    static Set<String> keysInNamespace(String allConfigJson, String namespace) {
        var keys = new LinkedHashSet<String>();
        if (allConfigJson == null || allConfigJson.isBlank()) {
            return keys;
        }
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(allConfigJson);
        } catch (JsonParseException e) {
            return keys;
        }
        if (!parsed.isJsonObject()) {
            return keys;
        }
        var prefix = namespace + ":";
        // Keys may come as "namespace:config:key" (older hosts) or "namespace:key".
        var legacyPrefix = namespace + ":config:";
        for (var fullKey : parsed.getAsJsonObject().keySet()) {
            var key = fullKey.startsWith(legacyPrefix) ? prefix + fullKey.substring(legacyPrefix.length()) : fullKey;
            if (key.startsWith(prefix)) {
                keys.add(key.substring(prefix.length()));
            }
        }
        return keys;
    }
}
