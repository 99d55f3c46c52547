package dev.ecsplatform.aws;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A customer-managed KMS key, by key ARN. IAM grants key use on key ARNs only: an alias ARN in a policy's
 * Resource matches no key, so aliases are not accepted.
 *
 * @param arn    the key ARN
 * @param region the key's region (a secret can only be encrypted with a key of its own region)
 */
public record KmsKeyArn(String arn, String region) {

    private static final Pattern KEY = Pattern.compile(
            "arn:aws(?:-cn|-us-gov)?:kms:(?<region>[a-z0-9-]+):\\d{12}:key/(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}"
                    + "-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})");

    public static final String EXPECTED = "a KMS key ARN, arn:aws:kms:<region>:<account>:key/<key-id> (a key ARN, not an alias)";

    public static Optional<KmsKeyArn> parse(String arn) {
        var matcher = KEY.matcher(arn);
        return matcher.matches() ? Optional.of(new KmsKeyArn(arn, matcher.group("region"))) : Optional.empty();
    }
}
