package dev.ecsplatform.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the stack's {@code serviceConnect.tls.kmsKeyArn} can protect the proxies' certificate keys, checked on what
 * the lookup found. Pure: each problem is one line naming the key, the value and what is expected.
 *
 * <p>The key must be enabled (KMS refuses every cryptographic operation with a key in any other state: KMS developer
 * guide, "Key states of AWS KMS keys") and a symmetric encryption key: the infrastructure role's grant on it includes
 * {@code kms:GenerateDataKeyPair}, which takes only a symmetric encryption key (KMS API reference,
 * {@code GenerateDataKeyPair}), and ECS keeps the certificates in Secrets Manager, which encrypts with symmetric
 * encryption keys only (Secrets Manager user guide, "Secret encryption and decryption").
 */
public final class TlsKeyCheck {

    static final String ENABLED = "Enabled";
    static final String SYMMETRIC = "SYMMETRIC_DEFAULT";
    static final String ENCRYPT_DECRYPT = "ENCRYPT_DECRYPT";

    private TlsKeyCheck() {
    }

    static List<String> problems(KmsKeyFacts key) {
        var problems = new ArrayList<String>();
        if (!ENABLED.equals(key.keyState())) {
            problems.add(CertificateAuthorityCheck.KEY_KEY + ": " + key.arn() + " is " + key.keyState()
                    + "; expected an Enabled key: KMS refuses every use of a key in another state, so ECS could not"
                    + " protect the proxies' certificates (" + remedy(key) + ")");
        }
        if (!SYMMETRIC.equals(key.keySpec()) || !ENCRYPT_DECRYPT.equals(key.keyUsage())) {
            problems.add(CertificateAuthorityCheck.KEY_KEY + ": " + key.arn() + " is a " + key.keySpec() + " key for "
                    + key.keyUsage() + "; expected a symmetric encryption key (" + SYMMETRIC + ", " + ENCRYPT_DECRYPT
                    + "): Service Connect keeps the certificates in Secrets Manager and makes data key pairs with it,"
                    + " which take only such keys");
        }
        return problems;
    }

    private static String remedy(KmsKeyFacts key) {
        return switch (key.keyState()) {
            case "Disabled" -> "enable it with aws kms enable-key --key-id " + key.arn();
            case "PendingDeletion" -> "it is scheduled for deletion: aws kms cancel-key-deletion --key-id " + key.arn()
                    + ", then aws kms enable-key --key-id " + key.arn();
            case "PendingImport" -> "its key material has not been imported yet: import it with aws kms"
                    + " import-key-material";
            case "Creating", "Updating" -> "it is still being set up: run again once it is Enabled";
            case "Unavailable" -> "its custom key store is disconnected: reconnect it";
            default -> "a state this program does not know";
        };
    }
}
