package dev.ecsplatform.observability;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * Joined logs: per service one saved query over its app and proxy log groups, and one over every service of the
 * environment, so that an app's errors and its proxy's failed calls read side by side, by time. Pure.
 *
 * <p>A Logs Insights query reads at most 50 log groups (CloudWatch Logs API, StartQuery {@code logGroupNames}):
 * the environment-wide query is split into parts of 25 services when there are more.
 */
public final class SavedQueries {

    public static final int MAX_LOG_GROUPS = 50;
    /** What an app error or a failed proxy call looks like: error words, and the proxy's upstream failures. */
    static final String PROBLEMS = "/(?i)(error|exception|fatal|panic|timed? ?out|refused|reset|unavailable|upstream"
            + "|no healthy|\\s5\\d\\d\\s)/";

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
     * came from, taken from the log group's name ({@code @log} is {@code <account>:<group>}).
     */
    static String query() {
        return String.join("\n",
                "fields @timestamp, @message, @logStream",
                "| parse @log \"*/services/*/*\" as logGroupPrefix, service, source",
                "| filter @message like " + PROBLEMS,
                "| display @timestamp, service, source, @message, @logStream",
                "| sort @timestamp desc",
                "| limit 1000");
    }
}
