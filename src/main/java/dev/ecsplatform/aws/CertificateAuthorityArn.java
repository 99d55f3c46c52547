package dev.ecsplatform.aws;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An AWS Private CA certificate authority, by ARN: {@code arn:<partition>:acm-pca:<region>:<account>:certificate-authority/<id>}.
 * Service Connect issues each task's certificate from it, in the stack's region; a CA of another partition or region
 * is refused before anything is created (ECS would refuse it at CreateService, after the roles exist).
 *
 * <p>The shape of this one ARN; partitions and accounts come from {@link Arn}.
 *
 * @param arn       the ARN as given
 * @param partition {@code aws}, {@code aws-cn} or {@code aws-us-gov}
 * @param region    the CA's region
 * @param account   the account that owns it
 */
public record CertificateAuthorityArn(String arn, String partition, String region, String account) {

    private static final Pattern CA = Pattern.compile(
            "arn:(?<partition>aws|aws-cn|aws-us-gov):acm-pca:(?<region>[a-z]{2}(?:-[a-z]+)+-\\d):(?<account>\\d{12})"
                    + ":certificate-authority/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public static final String EXPECTED = "an AWS Private CA ARN, arn:aws:acm-pca:<region>:<account>:"
            + "certificate-authority/<id>, of the stack's region";

    public static Optional<CertificateAuthorityArn> parse(String arn) {
        var matcher = CA.matcher(arn);
        return matcher.matches()
                ? Optional.of(new CertificateAuthorityArn(arn, matcher.group("partition"), matcher.group("region"),
                matcher.group("account")))
                : Optional.empty();
    }

    /** The account of any ARN ({@code arn:p:service:region:account:...}), or empty when it names none. */
    public static Optional<String> accountOf(String arn) {
        return Arn.parse(arn).map(Arn::account).filter(account -> account.matches("\\d{12}"));
    }
}
