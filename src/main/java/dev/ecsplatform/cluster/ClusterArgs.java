package dev.ecsplatform.cluster;

import com.pulumi.core.Output;
import dev.ecsplatform.config.AssociatedVpc;
import dev.ecsplatform.config.ClusterSettings;
import dev.ecsplatform.config.TlsSettings;
import dev.ecsplatform.network.Network;
import dev.ecsplatform.stack.StackContext;

import java.util.List;
import java.util.Optional;

/**
 * What the discovery-and-cluster component builds on.
 *
 * @param stack         the stack's shared facts (namespace and cluster are protected with {@code protect})
 * @param network       the VPC the namespace's private hosted zone is attached to
 * @param namespaceName {@code ecs-platform:namespace}, the private DNS namespace, e.g. {@code dev.internal}
 * @param settings      the validated {@code ecs-platform:cluster} settings
 * @param associatedVpcs {@code namespace.associatedVpcs}: other VPCs whose servers resolve the namespace
 * @param execLogging   where ECS Exec sessions are logged; empty when no service allows Exec
 * @param execLogsKeyArn the stack's KMS key, which encrypts the Exec session log group; empty when the stack has no
 *                      key (no alarms), and the group keeps CloudWatch Logs' own encryption
 * @param tls           Service Connect TLS: the cluster holds the infrastructure role it needs; empty without TLS
 */
public record ClusterArgs(StackContext stack, Network network, String namespaceName, ClusterSettings settings,
                          List<AssociatedVpc> associatedVpcs,
                          Optional<ExecSessionLogging> execLogging,
                          Optional<Output<String>> execLogsKeyArn,
                          Optional<TlsSettings> tls) {
}
