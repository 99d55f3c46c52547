package dev.ecsplatform.findings;

import dev.ecsplatform.plan.Plan;

import java.util.List;
import java.util.function.BiFunction;

/** A control given by its id, title, severity and the function that finds its violations. */
record SimpleControl(String id, String title, Severity severity, BiFunction<SimpleControl, Plan, List<Finding>> body)
        implements Control {

    @Override
    public List<Finding> check(Plan plan) {
        return body.apply(this, plan);
    }

    /** A finding of this control. */
    Finding finding(String resource, String message) {
        return Finding.of(id, resource, message, severity);
    }
}
