package dev.ecsplatform.aws;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two modes of an AWS Private CA ({@code CertificateAuthority.UsageMode} in the Private CA API) and what running
 * one costs per month (aws.amazon.com/private-ca/pricing, "Private certificate authority operation", checked 2026-12-06).
 * The mode is chosen when the CA is created and cannot be changed (Private CA user guide, "Understand AWS Private CA
 * CA modes"); ECS supports both for Service Connect TLS and recommends short-lived (ECS developer guide, "Encrypt
 * Amazon ECS Service Connect traffic").
 */
public enum CertificateAuthorityMode {

    /** Certificates of any validity; the API's default. */
    GENERAL_PURPOSE("general-purpose", 400.00),
    /** Certificates valid for at most seven days; Service Connect rotates them every five. */
    SHORT_LIVED_CERTIFICATE("short-lived certificate", 50.00);

    private final String words;
    private final double monthlyPrice;

    CertificateAuthorityMode(String words, double monthlyPrice) {
        this.words = words;
        this.monthlyPrice = monthlyPrice;
    }

    /** The mode as the Private CA API spells it ({@code GENERAL_PURPOSE}), or empty for any other text. */
    public static Optional<CertificateAuthorityMode> of(String apiValue) {
        return Arrays.stream(values()).filter(mode -> mode.name().equals(apiValue)).findFirst();
    }

    /** As the Private CA guide names it: {@code short-lived certificate}. */
    public String words() {
        return words;
    }

    /** US dollars per CA per month, us-east-1. */
    public double monthlyPrice() {
        return monthlyPrice;
    }
}
