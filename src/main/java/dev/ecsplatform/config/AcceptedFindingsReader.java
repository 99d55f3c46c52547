package dev.ecsplatform.config;

import dev.ecsplatform.configkit.ConfigNode;
import dev.ecsplatform.configkit.DidYouMean;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code ecs-platform:acceptedFindings}: control id to {reason, resources}. */
final class AcceptedFindingsReader {

    static final int MIN_REASON_LENGTH = 10;

    private AcceptedFindingsReader() {
    }

    static List<AcceptedFinding> read(ConfigNode node) {
        var accepted = new ArrayList<AcceptedFinding>();
        for (var entry : node.entries("a mapping of control ids (e.g. ELB.1) to {reason, resources}").entrySet()) {
            var control = entry.getKey();
            var value = entry.getValue();
            if (!ControlIds.ALL.contains(control)) {
                value.problems().add(value.path(), "the control " + ConfigNode.quote(control),
                        "a control the plan checks: " + String.join(", ", ControlIds.ALL),
                        DidYouMean.hint(control, ControlIds.ALL));
                continue;
            }
            value.expectObject("a mapping with keys reason, resources");
            var reasonNode = value.field("reason");
            var reason = reasonNode.string("a sentence saying why this finding is acceptable here").orElse("");
            if (reason.strip().length() < MIN_REASON_LENGTH) {
                reasonNode.problem("a sentence saying why this finding is acceptable here (at least "
                        + MIN_REASON_LENGTH + " characters): an acceptance without a reason is not one");
            }
            var resourcesNode = value.field("resources");
            var resources = resourcesNode.strings("logical resource names as the plan shows them").orElse(List.of());
            if (resourcesNode.isEmptyList()) {
                resourcesNode.problem("at least one logical name (leave resources out to accept the finding for every resource)");
            }
            value.rejectUnknownKeys();
            accepted.add(new AcceptedFinding(control, reason.strip(), resources));
        }
        return accepted;
    }
}
