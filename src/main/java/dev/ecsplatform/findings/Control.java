package dev.ecsplatform.findings;

import dev.ecsplatform.plan.Plan;

import java.util.List;

/** A check over the resources a plan registered, modelled on one Security Hub control or a product rule. */
public interface Control {

    /** The control id, e.g. {@code ECS.2}. */
    String id();

    /** One line saying what the control requires. */
    String title();

    Severity severity();

    List<Finding> check(Plan plan);
}
