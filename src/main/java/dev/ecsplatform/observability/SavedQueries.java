package dev.ecsplatform.observability;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * Joined logs: per service one saved query over its app and proxy log groups, and one over every service of the
 * environment, so that an app's errors and its proxy's problems read side by side, by time. Pure.
 *
 * <p>What the proxy log group holds: the Service Connect container's own log, never one line per request. ECS writes
 * per-request access logs of the proxy only when the service's Service Connect configuration has
 * {@code accessLogConfiguration} (ECS API, ServiceConnectConfiguration), which {@code com.pulumi:aws} 6.83.0 does not
 * expose; without it the agent sends Envoy's admin access log to a file in the container
 * ({@code /tmp/envoy_admin_access.log}) and nothing request-level reaches the log group
 * (aws/amazon-ecs-service-connect-agent, agent/envoy_bootstrap/envoy_bootstrap.go, buildAdminAccessLogConfig).
 * What does arrive is Envoy's application log at the agent's default level {@code info}
 * (agent/config/agent_config.go, {@code ENVOY_LOG_LEVEL}) and the agent's own messages, both in Envoy's default
 * format {@code [2021-10-20 16:25:59.915][72][warning][upstream] message}
 * (agent/logging/agent_logging_envoy_formatter.go; Envoy, "Application logging"). So the query reads the proxy's
 * lines by their level (warning, error, critical: connection failures, configuration rejected, health problems)
 * and the app's lines by error words.
 *
 * <p>A Logs Insights query reads at most 50 log groups (CloudWatch Logs API, StartQuery {@code logGroupNames}):
 * the environment-wide query is split into parts of 25 services when there are more.
 */
public final class SavedQueries {

    public static final int MAX_LOG_GROUPS = 50;
    /** What an app error looks like in the app's own log. */
    static final String APP_PROBLEMS = "/(?i)(error|exception|fatal|panic|timed? ?out|refused|unavailable)/";
    /** The level field of an Envoy or agent line: {@code [date time][pid][level]…}. */
    static final String PROXY_LEVEL = "/^\\[[^\\]]*\\]\\[\\d+\\]\\[(?<proxyLevel>[a-z]+)\\]/";
    /** The log group of the proxy container: {@code …/services/<service>/service-connect}. */
    static final String PROXY_SOURCE = "service-connect";

    private SavedQueries() {
    }

    /**
     * The service queries in name order, then the environment query (or its parts). Logical names: a service's ends in
     * {@code -<service>-logs-query}, the environment's is {@code <stack prefix>-logs-query[-<part>]}, so no service
     * name can produce another query's name.
     */
    public static List<SavedQuery> plan(ObservabilityNames names, SortedSet<String> services) {
        var queries = new ArrayList<SavedQuery>();
        for (var service : services) {
            queries.add(new SavedQuery(names.stack().name(service + "-logs-query"), names.serviceQuery(service),
                    List.of(service), logGroups(names, List.of(service)), query()));
        }
        var all = new ArrayList<>(services);
        int perPart = MAX_LOG_GROUPS / 2;
        int parts = (all.size() + perPart - 1) / perPart;
        for (int part = 1; part <= parts; part++) {
            var slice = all.subList((part - 1) * perPart, Math.min(all.size(), part * perPart));
            queries.add(new SavedQuery(names.stack().name("logs-query" + (part == 1 ? "" : "-" + part)),
                    names.environmentQuery(part, parts), slice, logGroups(names, slice), query()));
        }
        return queries;
    }

    private static List<String> logGroups(ObservabilityNames names, List<String> services) {
        var groups = new ArrayList<String>();
        for (var service : services) {
            groups.add(names.appLogGroup(service));
            groups.add(names.proxyLogGroup(service));
        }
        return groups;
    }

    /**
     * Newest first, with which service and which container (app or the proxy, {@code service-connect}) each line
     * came from, taken from the log group's name ({@code @log} is {@code <account>:<group>}); the proxy's lines at
     * warning level and above, the app's lines with error words.
     */
    static String query() {
        return String.join("\n",
                "fields @timestamp, @message, @logStream",
                "| parse @log \"*/services/*/*\" as logGroupPrefix, service, source",
                "| parse @message " + PROXY_LEVEL,
                "| filter (source = \"" + PROXY_SOURCE + "\" and proxyLevel in [\"warning\", \"error\", \"critical\"])"
                        + " or (source != \"" + PROXY_SOURCE + "\" and @message like " + APP_PROBLEMS + ")",
                "| display @timestamp, service, source, proxyLevel, @message, @logStream",
                "| sort @timestamp desc",
                "| limit 1000");
    }
}
