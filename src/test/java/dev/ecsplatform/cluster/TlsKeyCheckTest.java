package dev.ecsplatform.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Service Connect TLS key as the lookup found it: enabled, symmetric, for encryption. */
class TlsKeyCheckTest {

    private static final String KEY = "arn:aws:kms:us-east-1:123456789012:key/2b3c4d5e-6f7a-4b9c-8d0e-2f3a4b5c6d7e";

    @Test
    void anEnabledSymmetricEncryptionKeyPasses() {
        assertThat(TlsKeyCheck.problems(new KmsKeyFacts(KEY, "Enabled", "ENCRYPT_DECRYPT", "SYMMETRIC_DEFAULT"))).isEmpty();
    }

    @Test
    void aKeyPendingDeletionIsRefusedWithHowToKeepIt() {
        assertThat(TlsKeyCheck.problems(new KmsKeyFacts(KEY, "PendingDeletion", "ENCRYPT_DECRYPT", "SYMMETRIC_DEFAULT")))
                .containsExactly("serviceConnect.tls.kmsKeyArn: " + KEY + " is PendingDeletion; expected an Enabled"
                        + " key: KMS refuses every use of a key in another state, so ECS could not protect the proxies'"
                        + " certificates (it is scheduled for deletion: aws kms cancel-key-deletion --key-id " + KEY
                        + ", then aws kms enable-key --key-id " + KEY + ")");
    }

    @Test
    void aDisabledKeyIsRefusedWithTheCommandThatEnablesIt() {
        assertThat(TlsKeyCheck.problems(new KmsKeyFacts(KEY, "Disabled", "ENCRYPT_DECRYPT", "SYMMETRIC_DEFAULT")))
                .singleElement().asString().endsWith("(enable it with aws kms enable-key --key-id " + KEY + ")");
    }

    @Test
    void anAsymmetricOrHmacKeyIsRefused() {
        assertThat(TlsKeyCheck.problems(new KmsKeyFacts(KEY, "Enabled", "ENCRYPT_DECRYPT", "RSA_2048")))
                .containsExactly("serviceConnect.tls.kmsKeyArn: " + KEY + " is a RSA_2048 key for ENCRYPT_DECRYPT;"
                        + " expected a symmetric encryption key (SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT): Service Connect"
                        + " keeps the certificates in Secrets Manager and makes data key pairs with it, which take only"
                        + " such keys");
        assertThat(TlsKeyCheck.problems(new KmsKeyFacts(KEY, "Enabled", "GENERATE_VERIFY_MAC", "HMAC_256"))).hasSize(1);
    }

    @Test
    void everyProblemOfOneKeyIsNamed() {
        assertThat(TlsKeyCheck.problems(new KmsKeyFacts(KEY, "Disabled", "SIGN_VERIFY", "ECC_NIST_P256"))).hasSize(2);
    }
}
