package dev.ecsplatform.program;

import com.google.gson.JsonParser;
import com.pulumi.Context;
import dev.ecsplatform.configkit.ConfigSource;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stack configuration as the Pulumi engine gives it to the running program. Values come from
 * {@code ctx.config()}; the list of keys, which the SDK does not expose, comes from the
 * {@code PULUMI_CONFIG} variable the language host sets, so unknown keys can still be reported.
 */
public final class PulumiConfigSource implements ConfigSource {

    private final Context ctx;
    private final Set<String> keys;

    public PulumiConfigSource(Context ctx, String pulumiConfigJson) {
        this.ctx = ctx;
        this.keys = new TreeSet<>();
        if (pulumiConfigJson != null && !pulumiConfigJson.isBlank()) {
            keys.addAll(JsonParser.parseString(pulumiConfigJson).getAsJsonObject().keySet());
        }
    }

    @Override
    public Optional<String> get(String fullKey) {
        int colon = fullKey.indexOf(':');
        return ctx.config(fullKey.substring(0, colon)).get(fullKey.substring(colon + 1));
    }

    @Override
    public Set<String> keys() {
        return keys;
    }

    @Override
    public String description() {
        return "the configuration of stack " + ctx.stackName();
    }
}
