package dev.ecsplatform.service;

import com.pulumi.aws.ecs.Service;

import java.util.Optional;

/**
 * A service this one calls, as far as deploy order is concerned.
 *
 * @param name    the callee's name
 * @param service the callee's ECS service when it can be created first; empty inside a call cycle
 */
public record CalleeLink(String name, Optional<Service> service) {
}
