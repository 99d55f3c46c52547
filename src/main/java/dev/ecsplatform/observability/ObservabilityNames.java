package dev.ecsplatform.observability;

import dev.ecsplatform.naming.PhysicalNames;
import dev.ecsplatform.naming.StableHash;
import dev.ecsplatform.naming.StackNames;

import java.util.regex.Pattern;

/**
 * The physical names of the environment's alarms, dashboards, saved queries, alarm topic and key, each fitted to
 * its AWS limit and character set. Pure.
 *
 * <p>The names the bootstrap's deploy roles are scoped to (alarm prefix, dashboard, topic, key alias folder) come
 * from the shared {@code StackContract}.
 *
 * <p>Stack and service names hold only lowercase letters, digits and '-', so names that join them with a
 * character neither can contain ('/' in alarm and query names, '_' before a dashboard page number) cannot
 * collide across stacks that share an account: {@code dev} + {@code a-b} never meets {@code dev-a} + {@code b}.
 */
public final class ObservabilityNames {

    /** PutMetricAlarm: 1-255 UTF-8 characters, no control characters. */
    public static final int ALARM_NAME_LIMIT = 255;
    /** PutDashboard: at most 255 of A-Z, a-z, 0-9, '-' and '_'. */
    public static final int DASHBOARD_NAME_LIMIT = 255;
    /** PutQueryDefinition: 1-255 characters, no ':' or '*', not starting or ending with '/'. */
    public static final int QUERY_NAME_LIMIT = 255;
    /** CreateTopic: at most 256 of A-Z, a-z, 0-9, '-' and '_'. */
    public static final int TOPIC_NAME_LIMIT = 256;
    /** CreateAlias: "alias/" and at most 256 characters of A-Z, a-z, 0-9, '/', '_' and '-'. */
    public static final int ALIAS_NAME_LIMIT = 256;

    /** '_' is left out on purpose: it separates the page number. */
    private static final Pattern NOT_DASHBOARD_CHARACTER = Pattern.compile("[^A-Za-z0-9-]");
    private static final Pattern NOT_ALIAS_CHARACTER_OR_SLASH = Pattern.compile("[^A-Za-z0-9/_-]");
    /** One folder level of a query name: no ':', '*' or '/'. */
    private static final Pattern NOT_QUERY_CHARACTER = Pattern.compile("[:*/]");

    private final StackNames names;

    public ObservabilityNames(StackNames names) {
        this.names = names;
    }

    public StackNames stack() {
        return names;
    }

    /** {@code ecs-platform-dev/orders/5xx-rate}: found in the alarm list by stack or by service. */
    public String alarm(String service, AlarmKind kind) {
        return PhysicalNames.fit(alarmPrefix() + service + "/" + kind.slug(), ALARM_NAME_LIMIT);
    }

    /** What every alarm name of this stack starts with; the topic and key policies admit only these alarms. */
    public String alarmPrefix() {
        return names.contract().alarmPrefix();
    }

    /** Page 1 is {@code ecs-platform-dev}; further pages {@code ecs-platform-dev_2}, … */
    public String dashboard(int page) {
        var base = safe(names.contract().dashboardName(), NOT_DASHBOARD_CHARACTER, "-");
        var name = page == 1 ? base : base + "_" + page;
        return PhysicalNames.fit(name, DASHBOARD_NAME_LIMIT);
    }

    /** {@code ecs-platform/dev/services/orders}: Logs Insights shows '/' as folders. */
    public String serviceQuery(String service) {
        return PhysicalNames.fit(queryFolder() + "/services/" + service, QUERY_NAME_LIMIT);
    }

    /** {@code ecs-platform/dev/all services}, and {@code … (2)}, … when one query cannot hold every log group. */
    public String environmentQuery(int part, int parts) {
        return PhysicalNames.fit(queryFolder() + "/all services" + (parts == 1 ? "" : " (" + part + " of " + parts + ")"),
                QUERY_NAME_LIMIT);
    }

    public String topic() {
        return PhysicalNames.fit(safe(names.contract().alarmTopicName(), NOT_DASHBOARD_CHARACTER, "-"), TOPIC_NAME_LIMIT);
    }

    public String keyAlias() {
        var folder = names.contract().keyAliasPrefix().substring("alias/".length());
        return "alias/" + PhysicalNames.fit(safe(folder + "alarms", NOT_ALIAS_CHARACTER_OR_SLASH, "-"), ALIAS_NAME_LIMIT);
    }

    /** The app and proxy log groups of a service, as the service component names them. */
    public String appLogGroup(String service) {
        return names.path("services/" + service + "/app");
    }

    public String proxyLogGroup(String service) {
        return names.path("services/" + service + "/service-connect");
    }

    /** The folder every saved query of the stack is in, e.g. {@code ecs-platform/dev}. */
    public String queryFolder() {
        return safe(names.project(), NOT_QUERY_CHARACTER, "-") + "/" + safe(names.stack(), NOT_QUERY_CHARACTER, "-");
    }

    /**
     * The name with characters AWS refuses replaced; when anything was replaced, a hash of the original keeps two
     * names that differ only in those characters apart.
     */
    private static String safe(String name, Pattern refused, String replacement) {
        var cleaned = refused.matcher(name).replaceAll(replacement);
        return cleaned.equals(name) ? name : cleaned + "-" + StableHash.of(name);
    }
}
