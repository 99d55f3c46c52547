package dev.ecsplatform.config;

import java.util.Optional;

/**
 * Service Connect timeouts of a service's endpoint. Not allowed for TCP.
 *
 * @param idleSeconds       0 disables; ECS default 300 s for HTTP-like protocols
 * @param perRequestSeconds ECS default 15 s
 */
public record TimeoutSettings(Optional<Integer> idleSeconds, Optional<Integer> perRequestSeconds) {
}
