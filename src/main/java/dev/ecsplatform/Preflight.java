package dev.ecsplatform;

import com.google.gson.JsonParser;
import dev.ecsplatform.config.ConfigLoader;
import dev.ecsplatform.configkit.ConfigSource;
import dev.ecsplatform.configkit.InvalidConfigException;
import dev.ecsplatform.naming.StackNames;
import dev.ecsplatform.plan.OfflinePlanner;
import dev.ecsplatform.report.PlanReport;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The checks of the offline plan, run inside {@code pulumi preview} and {@code pulumi up} before the
 * real program: the program is first run under the SDK's mock engine (in this process, registering
 * nothing with the real engine), its registered resources are checked, and a blocking finding stops
 * the run with the same message {@code plan} prints. The mock engine and the real one cannot share a
 * run, which is why this happens before {@code Pulumi.run}, from the variables the language host sets.
 */
final class Preflight {

    private Preflight() {
    }

    /** Why the run must stop, or empty when it may go on. */
    static Optional<String> check(Map<String, String> environment) {
        var project = environment.get("PULUMI_PROJECT");
        var stack = environment.get("PULUMI_STACK");
        if (project == null || stack == null) {
            // Not started by a Pulumi language host: nothing to check against.
            return Optional.empty();
        }
        try {
            var config = ConfigLoader.load(project, stack, source(environment.get("PULUMI_CONFIG"), stack));
            var report = PlanReport.of(new StackNames(project, stack), config);
            return report.findings().passes() ? Optional.empty()
                    : Optional.of(report.findings().blockingMessage(stack));
        } catch (InvalidConfigException e) {
            return Optional.of(e.getMessage());
        } catch (OfflinePlanner.PlanFailedException e) {
            // Fail closed: an unchecked plan is not applied.
            return Optional.of("the pre-flight checks could not run the program offline: " + e.getMessage());
        }
    }

    /** {@code PULUMI_CONFIG} is a JSON object of full keys to string values, as the language host sets it. */
    static ConfigSource source(String pulumiConfig, String stack) {
        var values = new TreeMap<String, String>();
        if (pulumiConfig != null && !pulumiConfig.isBlank()) {
            JsonParser.parseString(pulumiConfig).getAsJsonObject().entrySet().forEach(e -> values.put(e.getKey(),
                    e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : e.getValue().toString()));
        }
        return ConfigSource.of(values, "the configuration of stack " + stack);
    }
}
