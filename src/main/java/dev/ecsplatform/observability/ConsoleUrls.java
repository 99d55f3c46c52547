package dev.ecsplatform.observability;

import dev.ecsplatform.aws.Arn;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Console addresses and ARNs built from the region: the partition follows from its name. Pure. */
public final class ConsoleUrls {

    private ConsoleUrls() {
    }

    /** The CloudWatch console page of a dashboard, e.g. {@code https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#dashboards/dashboard/ecs-platform-dev}. */
    public static String dashboard(String region, String name) {
        return cloudWatch(region) + "#dashboards/dashboard/" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    /** The Logs Insights page, where the saved queries are listed. */
    public static String logsInsights(String region) {
        return cloudWatch(region) + "#logsV2:logs-insights";
    }

    public static String alarmArn(String region, String accountId, String alarmName) {
        return "arn:" + Arn.partitionOf(region) + ":cloudwatch:" + region + ":" + accountId + ":alarm:" + alarmName;
    }

    private static String cloudWatch(String region) {
        var host = switch (Arn.partitionOf(region)) {
            case "aws-cn" -> region + ".console.amazonaws.cn";
            case "aws-us-gov" -> "console.amazonaws-us-gov.com";
            default -> region + ".console.aws.amazon.com";
        };
        return "https://" + host + "/cloudwatch/home?region=" + region;
    }
}
