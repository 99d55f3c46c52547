package dev.ecsplatform.observability;

import java.util.List;

/**
 * A CloudWatch Logs Insights saved query ({@code aws.cloudwatch.QueryDefinition}).
 *
 * @param logicalName the Pulumi logical name
 * @param name        its name in the console ('/' makes folders)
 * @param services    the services whose logs it reads
 * @param logGroups   the log groups it runs over (at most 50)
 * @param query       the query text
 */
public record SavedQuery(String logicalName, String name, List<String> services, List<String> logGroups, String query) {

    public SavedQuery {
        services = List.copyOf(services);
        logGroups = List.copyOf(logGroups);
    }
}
