package dev.ecsplatform.cluster;

/**
 * What the provider's {@code aws_kms_key} data source read of the stack's Service Connect TLS key (KMS
 * {@code DescribeKey}), as plain data for {@link TlsKeyCheck}.
 *
 * @param arn      the key's ARN
 * @param keyState {@code Enabled}, {@code Disabled}, {@code PendingDeletion}, {@code PendingImport}, …
 * @param keyUsage {@code ENCRYPT_DECRYPT}, {@code SIGN_VERIFY}, …
 * @param keySpec  {@code SYMMETRIC_DEFAULT}, {@code RSA_2048}, {@code HMAC_256}, …
 */
public record KmsKeyFacts(String arn, String keyState, String keyUsage, String keySpec) {
}
