package dev.ecsplatform.observability;

/** The alarms a service can have; which ones it gets depends on its protocol (see {@link AlarmPlanner}). */
public enum AlarmKind {
    ERROR_RATE("5xx-rate", "5xx rate", true),
    LATENCY_P99("p99-latency", "p99 latency", true),
    TASKS_BELOW_DESIRED("tasks-below-desired", "running tasks below desired", false),
    CPU_HIGH("cpu-high", "CPU high", false),
    MEMORY_HIGH("memory-high", "memory high", false);

    private final String slug;
    private final String title;
    private final boolean deployment;

    AlarmKind(String slug, String title, boolean deployment) {
        this.slug = slug;
        this.title = title;
        this.deployment = deployment;
    }

    /** The last part of the alarm's name and logical name. */
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /**
     * True for the alarms that judge a deployment: what the service's callers see. A task count or CPU level moves
     * during any rolling deployment by design, so those alarms only notify.
     */
    public boolean rollsBackDeployments() {
        return deployment;
    }
}
