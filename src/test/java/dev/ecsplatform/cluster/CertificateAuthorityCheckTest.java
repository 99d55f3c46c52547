package dev.ecsplatform.cluster;

import dev.ecsplatform.config.TlsSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The Private CA rules on their own: exact lines, without the Pulumi runtime. */
class CertificateAuthorityCheckTest {

    private static final String ACCOUNT = "123456789012";
    private static final String CA = "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/3c4d5e6f-7a8b-4c9d-8e0f-3a4b5c6d7e8f";
    private static final String OTHER_CA = "arn:aws:acm-pca:us-east-1:210987654321:certificate-authority/3c4d5e6f-7a8b-4c9d-8e0f-3a4b5c6d7e8f";
    private static final String KEY = "arn:aws:kms:us-east-1:123456789012:key/2b3c4d5e-6f7a-4b9c-8d0e-2f3a4b5c6d7e";
    private static final String OTHER_KEY = "arn:aws:kms:us-east-1:210987654321:key/2b3c4d5e-6f7a-4b9c-8d0e-2f3a4b5c6d7e";
    private static final Map<String, String> TAGGED = Map.of("AmazonECSManaged", "true");
    /** The run's time: the CA certificate of {@link #ca} expires eight months later. */
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private static CertificateAuthorityFacts ca(String status, String mode, Map<String, String> tags) {
        return new CertificateAuthorityFacts(CA, status, mode, "2027-01-31T00:00:00Z", tags);
    }

    @Test
    void aCaAndKeyOfTheDeployingAccountPass() {
        var tls = new TlsSettings(CA, Optional.of(KEY));

        assertThat(CertificateAuthorityCheck.ownAccount(tls, ACCOUNT)).isTrue();
        assertThat(CertificateAuthorityCheck.accountProblems(tls, ACCOUNT)).isEmpty();
    }

    @Test
    void aCaOfAnotherAccountIsRefusedAndNotLookedUp() {
        var tls = new TlsSettings(OTHER_CA, Optional.empty());

        assertThat(CertificateAuthorityCheck.ownAccount(tls, ACCOUNT)).isFalse();
        assertThat(CertificateAuthorityCheck.accountProblems(tls, ACCOUNT)).containsExactly(
                "serviceConnect.tls.certificateAuthorityArn: " + OTHER_CA + " is a CA of account 210987654321; expected"
                        + " a CA of the account the stack deploys to, 123456789012 (a CA shared from another account"
                        + " with AWS RAM cannot be used: docs/design-decisions.md)");
    }

    @Test
    void aKeyOfAnotherAccountIsRefusedEvenBesideAnOwnCa() {
        var tls = new TlsSettings(CA, Optional.of(OTHER_KEY));

        assertThat(CertificateAuthorityCheck.ownAccount(tls, ACCOUNT)).isTrue();
        assertThat(CertificateAuthorityCheck.accountProblems(tls, ACCOUNT)).containsExactly(
                "serviceConnect.tls.kmsKeyArn: " + OTHER_KEY + " is a key of account 210987654321; expected a key of"
                        + " the account the stack deploys to, 123456789012");
    }

    @Test
    void anActiveTaggedShortLivedCaHasNeitherProblemsNorWarnings() {
        var usable = ca("ACTIVE", "SHORT_LIVED_CERTIFICATE", TAGGED);

        assertThat(CertificateAuthorityCheck.problems(usable)).isEmpty();
        assertThat(CertificateAuthorityCheck.warnings(usable, NOW)).isEmpty();
    }

    @Test
    void aDisabledCaIsRefusedWithHowToEnableIt() {
        assertThat(CertificateAuthorityCheck.problems(ca("DISABLED", "SHORT_LIVED_CERTIFICATE", TAGGED))).containsExactly(
                "serviceConnect.tls.certificateAuthorityArn: " + CA + " is DISABLED; expected an ACTIVE CA, the only"
                        + " status in which AWS Private CA issues certificates (enable it with aws acm-pca"
                        + " update-certificate-authority --status ACTIVE)");
    }

    /** Every status but ACTIVE: none issues certificates (Private CA user guide, the status table). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CREATING|it is still being created: run again once it is ACTIVE",
            "PENDING_CERTIFICATE|it has no CA certificate yet: sign its CSR and import the certificate with aws acm-pca"
                    + " import-certificate-authority-certificate",
            "EXPIRED|its CA certificate expired on 2027-01-31T00:00:00Z: import a new CA certificate",
            "FAILED|its creation failed and it cannot be recovered: create a new CA",
            "DELETED|it is deleted and within its restoration period: restore it with aws acm-pca"
                    + " restore-certificate-authority and enable it, or name another CA"})
    void everyStatusButActiveIsRefused(String status, String remedy) {
        assertThat(CertificateAuthorityCheck.problems(ca(status, "SHORT_LIVED_CERTIFICATE", TAGGED))).containsExactly(
                "serviceConnect.tls.certificateAuthorityArn: " + CA + " is " + status + "; expected an ACTIVE CA, the"
                        + " only status in which AWS Private CA issues certificates (" + remedy + ")");
    }

    @Test
    void aCaWithoutTheManagedTagIsRefusedWithTheCommandThatTagsIt() {
        assertThat(CertificateAuthorityCheck.problems(ca("ACTIVE", "SHORT_LIVED_CERTIFICATE", Map.of("team", "platform"))))
                .containsExactly("serviceConnect.tls.certificateAuthorityArn: " + CA + " has no tag AmazonECSManaged;"
                        + " expected AmazonECSManaged=true: the ECS infrastructure role's managed policy allows Private"
                        + " CA calls only on CAs with that tag (aws acm-pca tag-certificate-authority"
                        + " --certificate-authority-arn " + CA + " --tags Key=AmazonECSManaged,Value=true)");
    }

    @Test
    void theTagsValueMustBeExactlyTrue() {
        // The policy compares with StringEquals, which is case-sensitive.
        assertThat(CertificateAuthorityCheck.problems(ca("ACTIVE", "SHORT_LIVED_CERTIFICATE",
                Map.of("AmazonECSManaged", "True")))).singleElement().asString()
                .startsWith("serviceConnect.tls.certificateAuthorityArn: " + CA + " has the tag AmazonECSManaged=True;"
                        + " expected AmazonECSManaged=true");
    }

    @Test
    void aDisabledUntaggedCaGetsBothLines() {
        assertThat(CertificateAuthorityCheck.problems(ca("DISABLED", "SHORT_LIVED_CERTIFICATE", Map.of()))).hasSize(2);
    }

    @Test
    void aGeneralPurposeCaWorksButIsReportedWithWhatItCosts() {
        var generalPurpose = ca("ACTIVE", "GENERAL_PURPOSE", TAGGED);

        assertThat(CertificateAuthorityCheck.problems(generalPurpose)).isEmpty();
        assertThat(CertificateAuthorityCheck.warnings(generalPurpose, NOW)).containsExactly(
                "serviceConnect.tls.certificateAuthorityArn: " + CA + " is a general-purpose CA, $400/month; the plan's"
                        + " cost row counts $50/month, a CA in short-lived certificate mode, which AWS recommends for"
                        + " Service Connect TLS (a CA's mode cannot be changed: create a short-lived certificate CA to"
                        + " pay less)");
    }

    @Test
    void aCaCertificateExpiringWithinSixtyDaysIsNamedWithTheDaysLeft() {
        var expiring = new CertificateAuthorityFacts(CA, "ACTIVE", "SHORT_LIVED_CERTIFICATE", "2026-07-01T00:00:00Z", TAGGED);

        assertThat(CertificateAuthorityCheck.warnings(expiring, NOW)).containsExactly(
                "serviceConnect.tls.certificateAuthorityArn: " + CA + "'s CA certificate expires on 2026-07-01T00:00:00Z,"
                        + " in 30 days; an expired CA issues nothing, so Service Connect could no longer issue or rotate"
                        + " the proxies' certificates: renew the CA certificate before then");
        assertThat(CertificateAuthorityCheck.warnings(expiring, Instant.parse("2026-05-01T00:00:00Z")))
                .as("61 days ahead: not yet").isEmpty();
    }

    @Test
    void noExpiryWarningForACaThatIsRefusedAnywayOrWhoseDateCannotBeRead() {
        var disabled = new CertificateAuthorityFacts(CA, "DISABLED", "SHORT_LIVED_CERTIFICATE", "2026-06-02T00:00:00Z", TAGGED);
        var unreadable = new CertificateAuthorityFacts(CA, "ACTIVE", "SHORT_LIVED_CERTIFICATE", "soon", TAGGED);
        var pending = new CertificateAuthorityFacts(CA, "ACTIVE", "SHORT_LIVED_CERTIFICATE", "", TAGGED);

        assertThat(CertificateAuthorityCheck.warnings(disabled, NOW)).isEmpty();
        assertThat(CertificateAuthorityCheck.warnings(unreadable, NOW)).isEmpty();
        assertThat(CertificateAuthorityCheck.warnings(pending, NOW)).isEmpty();
    }
}
