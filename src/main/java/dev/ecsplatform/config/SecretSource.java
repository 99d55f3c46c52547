package dev.ecsplatform.config;

import java.util.Optional;

/**
 * Where a container's secret comes from: {@code secrets.<NAME>} is either the ARN alone or
 * {@code {from: ARN, kmsKey: ARN}} when the secret is encrypted with a customer-managed key.
 *
 * @param from   the Secrets Manager secret or SSM parameter ARN (ECS's {@code valueFrom})
 * @param kmsKey the customer-managed KMS key it is encrypted with; empty for the AWS-managed default key
 */
public record SecretSource(String from, Optional<String> kmsKey) {
}
