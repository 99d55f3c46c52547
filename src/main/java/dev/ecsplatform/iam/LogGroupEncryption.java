package dev.ecsplatform.iam;

import java.util.List;

/**
 * What a customer managed KMS key must allow for CloudWatch Logs to encrypt one log group with it, and what a role
 * that writes to that group needs of the key. Pure.
 *
 * <p>The key policy statement is the one the CloudWatch Logs user guide gives ("Encrypt log data in CloudWatch Logs
 * using AWS Key Management Service", step 2: the regional {@code logs} service principal, the encrypt, decrypt,
 * re-encrypt, data-key and describe actions, and {@code kms:EncryptionContext:aws:logs:arn} equal to the log
 * group's ARN), so the key encrypts that group and no other log data.
 *
 * <p>The same guide says CloudWatch Logs now makes KMS calls on the caller's behalf ({@code kms:ViaService}) and that
 * roles which call CloudWatch Logs should be allowed them; AWS's own policy for a {@code PutLogEvents} caller,
 * {@code CloudWatchLogsAPIKeyAccess} (AWS Managed Policy Reference), grants {@code kms:GenerateDataKey} and
 * {@code kms:Decrypt} through {@code logs} with the log group's encryption context, and {@code kms:DescribeKey}
 * through {@code logs}. A writer gets exactly those, on this key and this log group only.
 */
public final class LogGroupEncryption {

    /** What a writer of an encrypted log group may ask KMS for through CloudWatch Logs. */
    static final List<String> WRITER_DATA_KEY_ACTIONS = List.of("kms:Decrypt", "kms:GenerateDataKey");

    private LogGroupEncryption() {
    }

    /**
     * The CloudWatch Logs service principal of a region: {@code logs.<region>.amazonaws.com}, with the China
     * regions' domain in {@code aws-cn} (their endpoints' domain; not verified against a China account).
     */
    public static String logsService(String region) {
        return "logs." + region + (region.startsWith("cn-") ? ".amazonaws.com.cn" : ".amazonaws.com");
    }

    /** The key policy statement that lets CloudWatch Logs encrypt and read exactly this log group. */
    public static PolicyStatement keyPolicyStatement(String sid, String region, String logGroupArn) {
        return PolicyStatement.forService(sid, logsService(region),
                        List.of("kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"),
                        List.of("*"))
                .withCondition("ArnEquals", "kms:EncryptionContext:aws:logs:arn", List.of(logGroupArn));
    }

    /** What a role that writes to the log group needs of its key, only through CloudWatch Logs of the region. */
    public static List<PolicyStatement> writerStatements(String sidPrefix, String region, String keyArn,
                                                         String logGroupArn) {
        var viaLogs = List.of(logsService(region));
        return List.of(
                PolicyStatement.allow(sidPrefix + "DataKeys", WRITER_DATA_KEY_ACTIONS, List.of(keyArn))
                        .withCondition("StringEquals", "kms:ViaService", viaLogs)
                        .withCondition("ArnEquals", "kms:EncryptionContext:aws:logs:arn", List.of(logGroupArn)),
                // DescribeKey carries no encryption context, so it cannot be limited to the log group.
                PolicyStatement.allow(sidPrefix + "DescribeKey", List.of("kms:DescribeKey"), List.of(keyArn))
                        .withCondition("StringEquals", "kms:ViaService", viaLogs));
    }
}
