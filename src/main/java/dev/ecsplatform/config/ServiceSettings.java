package dev.ecsplatform.config;

/**
 * One backend service of {@code ecs-platform:services}.
 *
 * @param name the map key: a DNS label that is also the service's internal name
 */
public record ServiceSettings(String name) {
}
