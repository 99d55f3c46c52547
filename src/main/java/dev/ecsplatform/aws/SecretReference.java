package dev.ecsplatform.aws;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A secret a container reads at start: a Secrets Manager secret (optionally one JSON key of it) or an
 * SSM parameter, by ARN.
 *
 * @param arn          the ARN as written (what ECS gets as {@code valueFrom})
 * @param secretsManager true for Secrets Manager, false for SSM Parameter Store
 * @param iamResources the ARNs the execution role must be allowed to read
 * @param region       the secret's region (its KMS key must be in the same one)
 */
public record SecretReference(String arn, boolean secretsManager, List<String> iamResources, String region) {

    private static final Pattern SECRETS_MANAGER = Pattern.compile(
            "(?<base>arn:aws(?:-cn|-us-gov)?:secretsmanager:[a-z0-9-]+:\\d{12}:secret:[A-Za-z0-9/_+=.@-]+)"
                    + "(?::[^:]*:[^:]*:[^:]*)?");
    private static final Pattern SSM = Pattern.compile(
            "arn:aws(?:-cn|-us-gov)?:ssm:[a-z0-9-]+:\\d{12}:parameter/[A-Za-z0-9_.\\-/]+");

    public static final String EXPECTED = "a Secrets Manager secret ARN (arn:aws:secretsmanager:<region>:<account>:secret:<name>"
            + "[:<json-key>:<stage>:<version>]) or an SSM parameter ARN (arn:aws:ssm:<region>:<account>:parameter/<path>)";

    public static Optional<SecretReference> parse(String arn) {
        var secret = SECRETS_MANAGER.matcher(arn);
        if (secret.matches()) {
            var base = secret.group("base");
            // Secrets Manager appends six random characters to a secret's ARN; an ARN written without
            // them needs the "-??????" form in IAM.
            return Optional.of(new SecretReference(arn, true, List.of(base, base + "-??????"), regionOf(arn)));
        }
        if (SSM.matcher(arn).matches()) {
            return Optional.of(new SecretReference(arn, false, List.of(arn), regionOf(arn)));
        }
        return Optional.empty();
    }

    /** The endpoint ECS reads this secret through, as KMS sees it in {@code kms:ViaService}. */
    public String kmsViaService() {
        return (secretsManager ? "secretsmanager." : "ssm.") + region + ".amazonaws.com";
    }

    private static String regionOf(String arn) {
        return arn.split(":")[3];
    }
}
