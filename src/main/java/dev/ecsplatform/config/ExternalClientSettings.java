package dev.ecsplatform.config;

/**
 * A standalone server inside the VPC (not an ECS task) that calls some services.
 *
 * @param name the map key
 */
public record ExternalClientSettings(String name) {
}
