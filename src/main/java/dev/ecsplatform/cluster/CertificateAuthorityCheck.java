package dev.ecsplatform.cluster;

import dev.ecsplatform.aws.CertificateAuthorityArn;
import dev.ecsplatform.aws.CertificateAuthorityMode;
import dev.ecsplatform.config.TlsSettings;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the stack's Private CA can issue the Service Connect proxies' certificates, checked on the deploying account
 * and on what the lookup found. Pure: each problem or warning is one line naming the key of
 * {@code serviceConnect.tls}, the value and what is expected (docs/design-decisions.md gives the sources).
 */
public final class CertificateAuthorityCheck {

    public static final String CA_KEY = "serviceConnect.tls.certificateAuthorityArn";
    public static final String KEY_KEY = "serviceConnect.tls.kmsKeyArn";

    /**
     * The tag AWS's managed policy for the TLS infrastructure role requires on the CA: its Private CA statements allow
     * {@code DescribeCertificateAuthority}, {@code GetCertificate}, {@code GetCertificateAuthorityCertificate} and
     * {@code IssueCertificate} only where {@code aws:ResourceTag/AmazonECSManaged} is {@code true}.
     */
    public static final String MANAGED_TAG = "AmazonECSManaged";
    public static final String MANAGED_TAG_VALUE = "true";

    /** The one status in which AWS Private CA issues certificates (Private CA user guide, "Understand … CA status"). */
    public static final String ACTIVE = "ACTIVE";

    private CertificateAuthorityCheck() {
    }

    /** Whether the CA belongs to the deploying account: only then is it looked up. */
    static boolean ownAccount(TlsSettings tls, String account) {
        return CertificateAuthorityArn.accountOf(tls.certificateAuthorityArn()).equals(Optional.of(account));
    }

    /**
     * The CA and the key must be the deploying account's: the infrastructure role's permissions boundary reaches only
     * this account's CAs and keys, and the provider's lookup cannot read a CA shared with AWS RAM.
     */
    static List<String> accountProblems(TlsSettings tls, String account) {
        var problems = new ArrayList<String>();
        var caAccount = CertificateAuthorityArn.accountOf(tls.certificateAuthorityArn()).orElse("?");
        if (!caAccount.equals(account)) {
            problems.add(CA_KEY + ": " + tls.certificateAuthorityArn() + " is a CA of account " + caAccount
                    + "; expected a CA of the account the stack deploys to, " + account + " (a CA shared from another"
                    + " account with AWS RAM cannot be used: docs/design-decisions.md)");
        }
        tls.kmsKeyArn().ifPresent(key -> {
            var keyAccount = CertificateAuthorityArn.accountOf(key).orElse("?");
            if (!keyAccount.equals(account)) {
                problems.add(KEY_KEY + ": " + key + " is a key of account " + keyAccount + "; expected a key of the"
                        + " account the stack deploys to, " + account);
            }
        });
        return problems;
    }

    /** What keeps the CA from issuing the proxies' certificates. */
    static List<String> problems(CertificateAuthorityFacts ca) {
        var problems = new ArrayList<String>();
        if (!ACTIVE.equals(ca.status())) {
            problems.add(CA_KEY + ": " + ca.arn() + " is " + ca.status() + "; expected an ACTIVE CA, the only status"
                    + " in which AWS Private CA issues certificates (" + remedy(ca) + ")");
        }
        var tag = Optional.ofNullable(ca.tags().get(MANAGED_TAG));
        if (!tag.equals(Optional.of(MANAGED_TAG_VALUE))) {
            problems.add(CA_KEY + ": " + ca.arn() + (tag.isEmpty() ? " has no tag " + MANAGED_TAG
                    : " has the tag " + MANAGED_TAG + "=" + tag.get()) + "; expected " + MANAGED_TAG + "="
                    + MANAGED_TAG_VALUE + ": the ECS infrastructure role's managed policy allows Private CA calls"
                    + " only on CAs with that tag (aws acm-pca tag-certificate-authority --certificate-authority-arn "
                    + ca.arn() + " --tags Key=" + MANAGED_TAG + ",Value=" + MANAGED_TAG_VALUE + ")");
        }
        return problems;
    }

    /**
     * What works now but needs someone's attention: a CA that costs more than the plan says (the report's cost row
     * counts a short-lived CA), and a CA certificate that expires within {@link #EXPIRY_NOTICE}.
     *
     * @param now the time of the run
     */
    static List<String> warnings(CertificateAuthorityFacts ca, Instant now) {
        var warnings = new ArrayList<String>();
        var mode = CertificateAuthorityMode.of(ca.usageMode());
        if (mode.filter(m -> m == CertificateAuthorityMode.GENERAL_PURPOSE).isPresent()) {
            var shortLived = CertificateAuthorityMode.SHORT_LIVED_CERTIFICATE;
            warnings.add(CA_KEY + ": " + ca.arn() + " is a " + mode.get().words() + " CA, $"
                    + dollars(mode.get().monthlyPrice()) + "/month; the plan's cost row counts $"
                    + dollars(shortLived.monthlyPrice()) + "/month, a CA in " + shortLived.words() + " mode, which AWS"
                    + " recommends for Service Connect TLS (a CA's mode cannot be changed: create a "
                    + shortLived.words() + " CA to pay less)");
        }
        expiry(ca).filter(expires -> ACTIVE.equals(ca.status()) && expires.isBefore(now.plus(EXPIRY_NOTICE)))
                .ifPresent(expires -> warnings.add(CA_KEY + ": " + ca.arn() + "'s CA certificate expires on "
                        + ca.notAfter() + ", in " + Math.max(0, Duration.between(now, expires).toDays()) + " days;"
                        + " an expired CA issues nothing, so Service Connect could no longer issue or rotate the"
                        + " proxies' certificates: renew the CA certificate before then"));
        return warnings;
    }

    /**
     * How long before its CA certificate expires a CA is named in every preview: time to have a new CA certificate
     * signed and imported, often by another team. A judgement, not an AWS figure.
     */
    static final Duration EXPIRY_NOTICE = Duration.ofDays(60);

    private static Optional<Instant> expiry(CertificateAuthorityFacts ca) {
        try {
            return ca.notAfter().isEmpty() ? Optional.empty() : Optional.of(OffsetDateTime.parse(ca.notAfter()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String remedy(CertificateAuthorityFacts ca) {
        return switch (ca.status()) {
            case "CREATING" -> "it is still being created: run again once it is ACTIVE";
            case "PENDING_CERTIFICATE" -> "it has no CA certificate yet: sign its CSR and import the certificate with"
                    + " aws acm-pca import-certificate-authority-certificate";
            case "DISABLED" -> "enable it with aws acm-pca update-certificate-authority --status ACTIVE";
            case "EXPIRED" -> "its CA certificate expired" + (ca.notAfter().isEmpty() ? "" : " on " + ca.notAfter())
                    + ": import a new CA certificate";
            case "FAILED" -> "its creation failed and it cannot be recovered: create a new CA";
            case "DELETED" -> "it is deleted and within its restoration period: restore it with aws acm-pca"
                    + " restore-certificate-authority and enable it, or name another CA";
            default -> "a status this program does not know";
        };
    }

    private static String dollars(double amount) {
        return String.format(java.util.Locale.ROOT, "%.0f", amount);
    }
}
