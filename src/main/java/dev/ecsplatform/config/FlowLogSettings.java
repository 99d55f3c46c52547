package dev.ecsplatform.config;

/**
 * VPC flow logs to CloudWatch Logs.
 *
 * @param enabled       default true (Security Hub EC2.6); turning them off is explicit
 * @param trafficType   {@code ALL} (default), {@code ACCEPT} or {@code REJECT}
 * @param retentionDays days the flow-log group keeps events; default 365
 */
public record FlowLogSettings(boolean enabled, String trafficType, int retentionDays) {
}
