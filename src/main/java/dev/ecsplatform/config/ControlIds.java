package dev.ecsplatform.config;

import java.util.List;

/**
 * The ids of the controls the plan checks, so that {@code acceptedFindings} can be validated
 * without the configuration knowing how the checks work. A test keeps this list equal to the
 * checks' own.
 */
public final class ControlIds {

    public static final List<String> ALL = List.of(
            "CloudWatch.16", "EC2.15", "EC2.18", "EC2.19", "EC2.2", "EC2.6", "ECS.12", "ECS.17", "ECS.2", "ECS.20",
            "ECS.3", "ECS.4", "ECS.5", "ECS.8", "ECS.9", "ELB.1", "ELB.12", "ELB.4", "ELB.5", "ELB.6", "IAM.1", "IAM.21",
            "OBS.1", "OBS.2", "PLAT.1", "PLAT.2", "PLAT.3", "PLAT.4", "PLAT.5");

    private ControlIds() {
    }
}
