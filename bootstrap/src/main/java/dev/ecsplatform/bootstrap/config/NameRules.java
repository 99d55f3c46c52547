package dev.ecsplatform.bootstrap.config;

import java.util.regex.Pattern;

/**
 * What a well-formed name looks like, and how to say so. The names end up inside IAM role names, ARNs and
 * trust-policy patterns, so anything that could act as a wildcard there ('*', '?') or shift a subject's fields
 * (':') is rejected here rather than discovered by a failed deployment. Stack names follow the main program's rule
 * ({@link dev.ecsplatform.contract.StackNameRule}), which both projects compile from {@code shared/}.
 */
final class NameRules {

    static final Pattern ORGANIZATION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    static final String ORGANIZATION_EXPECTED = "a Pulumi organization name: 1 to 40 letters, digits, '-' or '_',"
            + " starting with a letter or digit (it is the audience of Pulumi's OIDC tokens and part of their subject)";

    static final Pattern PROJECT = Pattern.compile("[a-z](?:[a-z0-9-]{0,47}[a-z0-9])?");
    static final String PROJECT_EXPECTED = "the main project's name as a lowercase DNS label: 1 to 49 lowercase letters,"
            + " digits or '-', starting with a letter and not ending with '-' (it prefixes role, bucket and log group"
            + " names); default \"ecs-platform\"";

    static final Pattern REPOSITORY = Pattern.compile(
            "[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}");
    static final String REPOSITORY_EXPECTED = "\"<owner>/<name>\" of the GitHub repository whose workflows deploy the"
            + " main project, e.g. \"acme/ecs-platform\" (owner: 1 to 39 letters, digits or '-'; name: 1 to 100"
            + " letters, digits, '.', '-' or '_')";

    static final Pattern BRANCH = Pattern.compile("(?![-./])(?!.*(?:\\.\\.|//|/\\.|\\.lock$|[/.]$))[A-Za-z0-9._/-]{1,255}");
    static final String BRANCH_EXPECTED = "a branch name such as \"main\" or \"release/2025\": letters, digits, '.', '-',"
            + " '_' and '/' (no wildcards), not starting with '-', '.' or '/' and without \"..\"; leave it out to"
            + " trust only the stack's GitHub environment";

    private NameRules() {
    }

    /** ARN of an IAM OIDC provider for one issuer, in any partition. */
    static Pattern providerArn(String issuerHostAndPath) {
        return Pattern.compile("arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:oidc-provider/" + Pattern.quote(issuerHostAndPath));
    }

    static String providerArnExpected(String issuerHostAndPath) {
        return "the ARN of the account's existing identity provider for this issuer, arn:aws:iam::<12-digit account"
                + " id>:oidc-provider/" + issuerHostAndPath + " (required because createProvider is false)";
    }
}
