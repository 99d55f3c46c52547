package dev.ecsplatform.service;

import com.pulumi.aws.ecs.Service;

import java.util.Optional;

/**
 * A service this one calls, as far as deploy order and endpoint freshness are concerned.
 *
 * @param name     the callee's name
 * @param endpoint what the caller's proxy resolves: {@code <dnsName>:<port> <protocol>}; when it changes, the
 *                 caller must be redeployed to see it
 * @param service  the callee's ECS service when it can be created first; empty inside a call cycle
 */
public record CalleeLink(String name, String endpoint, Optional<Service> service) {
}
