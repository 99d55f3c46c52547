package dev.ecsplatform.report;

import dev.ecsplatform.config.PlatformConfig;
import dev.ecsplatform.findings.Checks;
import dev.ecsplatform.findings.FindingsReport;
import dev.ecsplatform.naming.StackNames;
import dev.ecsplatform.plan.OfflinePlanner;
import dev.ecsplatform.plan.Plan;

/**
 * A plan and what the checks found on it: everything the reports render.
 *
 * @param config   the validated configuration the plan came from
 * @param plan     what the program would register
 * @param findings the controls' findings, acceptances applied
 */
public record PlanReport(PlatformConfig config, Plan plan, FindingsReport findings) {

    /** Runs the program offline and checks what it registered. */
    public static PlanReport of(StackNames names, PlatformConfig config) {
        var plan = OfflinePlanner.plan(names, config);
        return new PlanReport(config, plan, Checks.run(plan, config.acceptedFindings()));
    }
}
