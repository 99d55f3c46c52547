package dev.ecsplatform.config;

/**
 * One entry of a capacity provider strategy.
 *
 * @param provider {@code FARGATE} or {@code FARGATE_SPOT}
 * @param base     tasks placed on this provider before weights apply
 * @param weight   relative share of the remaining tasks
 */
public record CapacityProviderShare(String provider, int base, int weight) {
}
