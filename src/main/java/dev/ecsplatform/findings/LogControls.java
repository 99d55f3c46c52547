package dev.ecsplatform.findings;

import java.util.List;

/** CloudWatch.16: log groups keep a year of events (NIST 800-53 asks for it; advisory here). */
final class LogControls {

    static final int YEAR = 365;

    private LogControls() {
    }

    static List<Control> all() {
        return List.of(new SimpleControl("CloudWatch.16", "Log groups keep events for at least a year", Severity.ADVISORY, (c, plan) ->
                plan.ofType("aws:cloudwatch/logGroup:LogGroup").stream()
                        .filter(g -> g.input("retentionInDays") instanceof Number days && days.intValue() > 0 && days.intValue() < YEAR)
                        .map(g -> c.finding(g.name(), "keeps events for " + ((Number) g.input("retentionInDays")).intValue()
                                + " days (" + (g.name().endsWith("-flow-logs") ? "ecs-platform:network.flowLogs.retentionDays"
                                : "ecs-platform:logs.retentionDays") + ")"))
                        .toList()));
    }
}
