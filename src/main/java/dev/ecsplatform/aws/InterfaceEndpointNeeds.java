package dev.ecsplatform.aws;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which interface endpoints the workloads need. Pure.
 *
 * <p>Fargate tasks in private subnets pull images through {@code ecr.api} and {@code ecr.dkr} (layers
 * come from S3 through the gateway endpoint, which is always created because it is free) and ship
 * logs through {@code logs}. Secrets add {@code secretsmanager} or {@code ssm}; ECS Exec adds
 * {@code ssmmessages}.
 */
public final class InterfaceEndpointNeeds {

    private InterfaceEndpointNeeds() {
    }

    /** What the workloads use, from the facts the service settings give. */
    public record Needs(boolean secretsManager, boolean parameterStore, boolean exec) {
        public static final Needs NOTHING_EXTRA = new Needs(false, false, false);
    }

    public static Set<InterfaceEndpoint> needed(Needs needs) {
        var endpoints = EnumSet.of(InterfaceEndpoint.ECR_API, InterfaceEndpoint.ECR_DKR, InterfaceEndpoint.LOGS);
        if (needs.secretsManager()) {
            endpoints.add(InterfaceEndpoint.SECRETS_MANAGER);
        }
        if (needs.parameterStore()) {
            endpoints.add(InterfaceEndpoint.SSM);
        }
        if (needs.exec()) {
            endpoints.add(InterfaceEndpoint.SSM_MESSAGES);
        }
        return endpoints;
    }
}
