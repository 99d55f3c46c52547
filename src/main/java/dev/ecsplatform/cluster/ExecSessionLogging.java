package dev.ecsplatform.cluster;

/**
 * Where ECS Exec sessions of the cluster are logged: a log group of the stack, kept as long as the services' logs.
 *
 * @param logGroupName  the group's name, under the stack's path
 * @param retentionDays the stack's {@code logs.retentionDays}
 */
public record ExecSessionLogging(String logGroupName, int retentionDays) {

    /** The group's name part under the stack's path: {@code /ecs-platform/dev/ecs-exec/sessions}. */
    public static final String PATH_PART = "ecs-exec/sessions";
}
