package dev.ecsplatform.plan;

import dev.ecsplatform.aws.Arn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the offline plan's mock answers when the program looks up the stack's Service Connect TLS key
 * ({@code serviceConnect.tls.kmsKeyArn}): by default an enabled symmetric encryption key, under whatever ARN the stack
 * names. Its real state only {@code pulumi preview} can read. Tests derive unusable keys from it.
 *
 * @param keyState KMS {@code KeyState}
 * @param keyUsage KMS {@code KeyUsage}
 * @param keySpec  KMS {@code KeySpec}
 */
public record StandInKmsKey(String keyState, String keyUsage, String keySpec) {

    /** An enabled symmetric encryption key, as AWS creates by default. */
    public static final StandInKmsKey USABLE = new StandInKmsKey("Enabled", "ENCRYPT_DECRYPT", "SYMMETRIC_DEFAULT");

    public StandInKmsKey withKeyState(String changed) {
        return new StandInKmsKey(changed, keyUsage, keySpec);
    }

    public StandInKmsKey withSpec(String usage, String spec) {
        return new StandInKmsKey(keyState, usage, spec);
    }

    /** The data source's result for the key {@code arn}, every attribute set (the SDK refuses a missing one). */
    Map<String, Object> answer(String arn) {
        var id = arn.substring(arn.lastIndexOf('/') + 1);
        var answer = new HashMap<String, Object>();
        answer.putAll(Map.of("arn", arn, "id", id, "keyId", id, "awsAccountId", Arn.parse(arn).map(Arn::account).orElse(""),
                "keyState", keyState, "keyUsage", keyUsage, "keySpec", keySpec, "customerMasterKeySpec", keySpec,
                "enabled", "Enabled".equals(keyState), "keyManager", "CUSTOMER"));
        answer.putAll(Map.of("cloudHsmClusterId", "", "creationDate", "2026-12-01T00:00:00Z", "customKeyStoreId", "",
                "deletionDate", "", "description", "", "expirationModel", "", "grantTokens", List.of(),
                "multiRegion", false, "multiRegionConfigurations", List.of(), "origin", "AWS_KMS"));
        answer.putAll(Map.of("pendingDeletionWindowInDays", 0, "validTo", "", "xksKeyConfigurations", List.of()));
        return answer;
    }
}
