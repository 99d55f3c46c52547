package dev.ecsplatform.bootstrap.config;

/**
 * Where an OIDC identity provider comes from. IAM allows one provider per issuer URL in an account, so an account
 * that already has one (GitHub's is often created by another tool) must reuse it instead of creating another.
 */
public sealed interface OidcProviderSource {

    /** This program creates and owns the provider. */
    record Create() implements OidcProviderSource {
    }

    /** The provider exists already; this program only refers to it. */
    record Existing(String arn) implements OidcProviderSource {
    }
}
