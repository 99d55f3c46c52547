package dev.ecsplatform.findings;

import dev.ecsplatform.config.AcceptedFinding;
import dev.ecsplatform.plan.Plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    public static FindingsReport run(Plan plan, List<AcceptedFinding> acceptances) {
        var findings = new ArrayList<Finding>();
        var used = new ArrayList<AcceptedFinding>();
        for (var control : CONTROLS) {
            for (var finding : control.check(plan)) {
                var acceptance = acceptances.stream().filter(a -> a.covers(finding.control(), finding.resource())).findFirst();
                acceptance.ifPresent(used::add);
                findings.add(acceptance.map(a -> finding.accept(a.reason())).orElse(finding));
            }
        }
        findings.sort(Comparator.comparing(Finding::control).thenComparing(Finding::resource).thenComparing(Finding::message));
        var unused = acceptances.stream().filter(a -> !used.contains(a)).toList();
        return new FindingsReport(findings, unused);
    }
}
