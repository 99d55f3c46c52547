package dev.ecsplatform;

import dev.ecsplatform.callgraph.CallGraph;
import dev.ecsplatform.config.PlatformConfig;
import dev.ecsplatform.live.AlarmStates;
import dev.ecsplatform.live.AwsErrors;
import dev.ecsplatform.naming.StackNames;
import dev.ecsplatform.observability.AlarmPlanner;
import dev.ecsplatform.observability.ObservabilityNames;
import dev.ecsplatform.observability.PlannedAlarm;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Refuses a real {@code pulumi up} while one of the stack's deployment alarms is already in ALARM: ECS does not act on
 * an alarm that is in ALARM when a deployment starts, so that deployment would run without the protection of that
 * alarm (ECS developer guide, "How CloudWatch alarms detect Amazon ECS deployment failures"). {@link #OVERRIDE} lets
 * one run deploy anyway, naming each alarm it accepts: a decision for one run, which no stack file carries forward.
 */
final class AlarmGate {

    /** Comma-separated names of deployment alarms this run may deploy despite (validated: this stack's only). */
    static final String OVERRIDE = "ECS_PLATFORM_DEPLOY_IN_ALARM";

    private AlarmGate() {
    }

    /** The stack's deployment alarms: alarm name → service. */
    static Map<String, String> deploymentAlarms(StackNames names, PlatformConfig config) {
        var alarms = new TreeMap<String, String>();
        AlarmPlanner.plan(new ObservabilityNames(names), names.prefix(), config, CallGraph.of(config)).stream()
                .filter(PlannedAlarm::rollsBackDeployments)
                .forEach(alarm -> alarms.put(alarm.name(), alarm.service()));
        return alarms;
    }

    /** A bad override, in one line; checked in previews too (no AWS call), so a typo shows before the update. */
    static Optional<String> badOverride(Map<String, String> environment, Map<String, String> deploymentAlarms) {
        var unknown = accepted(environment).stream().filter(name -> !deploymentAlarms.containsKey(name)).toList();
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(OVERRIDE + ": got " + String.join(", ", unknown) + "; expected names of this stack's"
                + " deployment alarms, separated by commas (" + (deploymentAlarms.isEmpty() ? "the stack has none"
                : String.join(", ", deploymentAlarms.keySet())) + ")");
    }

    /** Why a real update must stop: deployment alarms in ALARM that the override does not name, or an unreadable check. */
    static Optional<String> check(Map<String, String> environment, Map<String, String> deploymentAlarms,
                                  Function<String, AlarmStates> states, String region) {
        if (deploymentAlarms.isEmpty()) {
            return Optional.empty();
        }
        List<String> inAlarm;
        try {
            inAlarm = states.apply(region).inAlarm(List.copyOf(deploymentAlarms.keySet()));
        } catch (AwsServiceException e) {
            return Optional.of("the pre-flight check could not read the deployment alarms' states ("
                    + AwsErrors.describe(e) + "); the deploy role needs cloudwatch:DescribeAlarms. Nothing was changed.");
        } catch (SdkException e) {
            return Optional.of("the pre-flight check could not read the deployment alarms' states (" + e.getMessage()
                    + "). Nothing was changed.");
        }
        var accepted = accepted(environment);
        var blocking = inAlarm.stream().filter(name -> !accepted.contains(name)).toList();
        if (blocking.isEmpty()) {
            return Optional.empty();
        }
        var named = blocking.stream().map(name -> name + " (" + deploymentAlarms.get(name) + ")")
                .collect(Collectors.joining(", "));
        return Optional.of("Refusing to deploy: deployment alarm" + (blocking.size() == 1 ? " " : "s ") + named
                + (blocking.size() == 1 ? " is" : " are") + " in ALARM, and ECS ignores an alarm that is in ALARM when"
                + " a deployment starts, so this deployment would not roll back on it. Wait until it is OK, or run"
                + " again with " + OVERRIDE + "=" + String.join(",", blocking) + " to deploy without that protection."
                + " Nothing was changed.");
    }

    private static TreeSet<String> accepted(Map<String, String> environment) {
        var value = environment.getOrDefault(OVERRIDE, "");
        return Arrays.stream(value.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
