package dev.ecsplatform.bootstrap.config;

/**
 * @param repository {@code owner/name} of the repository whose workflows deploy and preview the main project
 * @param provider   the account's {@code token.actions.githubusercontent.com} identity provider; default: created here
 */
public record GithubSettings(String repository, OidcProviderSource provider) {
}
