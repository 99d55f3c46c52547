package dev.ecsplatform.bootstrap;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.pulumi.Config;
import dev.ecsplatform.bootstrap.config.ConfigLoader;
import dev.ecsplatform.configkit.ConfigSource;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * This program's stack config as the Pulumi engine hands it over, for the loader: values from {@link Config}, the
 * list of keys from the variable the language host sets (the SDK only answers for keys it is asked about, so a
 * misspelt top-level key such as {@code stack:} would otherwise pass unseen). When the variable is missing or
 * unreadable only that check is lost.
 */
final class PulumiConfigSource implements ConfigSource {

    /** How the language host hands the whole stack config to the program, as a JSON object. */
    private static final String ALL_CONFIG_VARIABLE = "PULUMI_CONFIG";

    private final Config config;
    private final String stack;
    private final Set<String> keys;

    PulumiConfigSource(Config config, String stack) {
        this.config = config;
        this.stack = stack;
        var namespace = config.getName();
        var all = new TreeSet<String>();
        ConfigLoader.KEYS.forEach(key -> all.add(namespace + ":" + key));
        keysInNamespace(System.getenv(ALL_CONFIG_VARIABLE), namespace).forEach(key -> all.add(namespace + ":" + key));
        this.keys = Collections.unmodifiableSet(all);
    }

    @Override
    public Optional<String> get(String fullKey) {
        var prefix = config.getName() + ":";
        return fullKey.startsWith(prefix) ? config.get(fullKey.substring(prefix.length())) : Optional.empty();
    }

    /** The keys the loader may check; those of {@link ConfigLoader#KEYS} that are not set have no value. */
    @Override
    public Set<String> keys() {
        var set = new TreeSet<String>();
        keys.forEach(key -> {
            if (get(key).isPresent()) {
                set.add(key);
            }
        });
        return set;
    }

    /** Where `pulumi config` keeps the values, which is where a user fixes them. */
    @Override
    public String description() {
        return "Pulumi." + stack + ".yaml";
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
