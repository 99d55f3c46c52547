package dev.ecsplatform.findings;

import dev.ecsplatform.config.AcceptedFinding;
import dev.ecsplatform.plan.Plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Runs every control over a plan and applies the configuration's acceptances. */
public final class Checks {

    /** Every control, in id order. */
    public static final List<Control> CONTROLS = Stream.of(EcsControls.all(), Ec2Controls.all(), ElbControls.all(),
                    IamControls.all(), LogControls.all(), ObservabilityControls.all(), PlatformControls.all())
            .flatMap(List::stream)
            .sorted(Comparator.comparing(Control::id))
            .toList();

    private Checks() {
    }

    /**
     * Each acceptance that covers nothing, and each resource an acceptance names that its control no longer flags:
     * an acceptance that still covers one resource can be stale for another.
     */
    private static List<StaleAcceptance> stale(List<AcceptedFinding> acceptances, List<Finding> findings) {
        var stale = new ArrayList<StaleAcceptance>();
        for (var acceptance : acceptances) {
            var flagged = findings.stream().filter(f -> f.control().equals(acceptance.control())).toList();
            var blocking = flagged.stream().filter(Finding::blocks).map(Finding::resource).distinct().toList();
            if (acceptance.resources().isEmpty()) {
                if (flagged.isEmpty()) {
                    stale.add(new StaleAcceptance(acceptance.control(), Optional.empty(), blocking));
                }
                continue;
            }
            for (var resource : acceptance.resources()) {
                if (flagged.stream().noneMatch(f -> f.resource().equals(resource))) {
                    stale.add(new StaleAcceptance(acceptance.control(), Optional.of(resource), blocking));
                }
            }
        }
        return stale;
    }

    public static FindingsReport run(Plan plan, List<AcceptedFinding> acceptances) {
        var findings = new ArrayList<Finding>();
        for (var control : CONTROLS) {
            for (var finding : control.check(plan)) {
                var acceptance = acceptances.stream().filter(a -> a.covers(finding.control(), finding.resource())).findFirst();
                findings.add(acceptance.map(a -> finding.accept(a.reason())).orElse(finding));
            }
        }
        findings.sort(Comparator.comparing(Finding::control).thenComparing(Finding::resource).thenComparing(Finding::message));
        return new FindingsReport(findings, stale(acceptances, findings));
    }
}
