package dev.ecsplatform.findings;

/** Whether a finding stops the run. */
public enum Severity {
    /** Stops {@code plan}, {@code pulumi preview} and {@code pulumi up} unless accepted in config. */
    MANDATORY,
    /** Reported, never blocking. */
    ADVISORY
}
