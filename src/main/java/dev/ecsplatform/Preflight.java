package dev.ecsplatform;

import com.google.gson.JsonParser;
import dev.ecsplatform.config.ConfigLoader;
import dev.ecsplatform.configkit.ConfigSource;
import dev.ecsplatform.configkit.InvalidConfigException;
import dev.ecsplatform.live.AlarmStates;
import dev.ecsplatform.live.AwsClients;
import dev.ecsplatform.naming.StackNames;
import dev.ecsplatform.plan.OfflinePlanner;
import dev.ecsplatform.report.PlanReport;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The checks of the offline plan, run inside {@code pulumi preview} and {@code pulumi up} before the
 * real program: the program is first run under the SDK's mock engine (in this process, registering
 * nothing with the real engine), its registered resources are checked, and a blocking finding stops
 * the run with the same message {@code plan} prints. The mock engine and the real one cannot share a
 * run, which is why this happens before {@code Pulumi.run}, from the variables the language host sets.
 *
 * <p>In a real update ({@code PULUMI_DRY_RUN=false}) it then asks CloudWatch whether a deployment alarm is already in
 * ALARM ({@link AlarmGate}); a preview and the offline plan make no AWS call.
 */
final class Preflight {

    private Preflight() {
    }

    /** Why the run must stop, or empty when it may go on. */
    static Optional<String> check(Map<String, String> environment) {
        return check(environment, AwsClients::alarmStates);
    }

    /** As {@link #check(Map)}, with the CloudWatch client of a real update made by {@code alarmStates} (per region). */
    static Optional<String> check(Map<String, String> environment, Function<String, AlarmStates> alarmStates) {
        var project = environment.get("PULUMI_PROJECT");
        var stack = environment.get("PULUMI_STACK");
        if (project == null || stack == null) {
            // Not started by a Pulumi language host: nothing to check against.
            return Optional.empty();
        }
        try {
            var config = ConfigLoader.load(project, stack, source(environment.get("PULUMI_CONFIG"), stack));
            var names = new StackNames(project, stack);
            var report = PlanReport.of(names, config);
            if (!report.findings().passes()) {
                return Optional.of(report.findings().blockingMessage(stack));
            }
            var deploymentAlarms = AlarmGate.deploymentAlarms(names, config);
            var badOverride = AlarmGate.badOverride(environment, deploymentAlarms);
            if (badOverride.isPresent() || !"false".equals(environment.get("PULUMI_DRY_RUN"))) {
                return badOverride;
            }
            return AlarmGate.check(environment, deploymentAlarms, alarmStates, config.region());
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
