package dev.ecsplatform.config;

/**
 * Who hears an environment's alarms: one subscription to its alarm topic.
 *
 * @param protocol the SNS protocol, {@code email} or {@code https}
 * @param endpoint the address or URL
 */
public record AlarmSubscriber(String protocol, String endpoint) {
}
