package dev.ecsplatform.findings;

import java.util.List;

/**
 * What the checks found on one plan.
 *
 * @param findings the findings, sorted by control and resource; accepted ones carry their reason
 * @param unused   acceptances in config, or resources they name, that match no finding (stale: worth removing)
 */
public record FindingsReport(List<Finding> findings, List<StaleAcceptance> unused) {

    public FindingsReport {
        findings = List.copyOf(findings);
        unused = List.copyOf(unused);
    }

    public List<Finding> blocking() {
        return findings.stream().filter(Finding::blocks).toList();
    }

    public boolean passes() {
        return blocking().isEmpty();
    }

    /** One readable message listing every blocking finding, for the CLI and for {@code pulumi preview}. */
    public String blockingMessage(String stack) {
        var text = new StringBuilder("The plan for stack " + stack + " breaks " + blocking().size()
                + (blocking().size() == 1 ? " mandatory control" : " mandatory controls") + "; nothing was created:");
        for (var finding : blocking()) {
            text.append("\n  - ").append(finding.control()).append(" ").append(finding.resource()).append(": ")
                    .append(finding.message());
        }
        text.append("\nFix the configuration, or accept a finding on purpose under ecs-platform:acceptedFindings."
                + "<control> with a reason.");
        return text.toString();
    }
}
