package dev.ecsplatform.bootstrap.policy;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The evaluator decides the admission tests, so it is tested on its own first. */
class TrustPolicyEvaluatorTest {

    private static final String PROVIDER = "arn:aws:iam::123456789012:oidc-provider/issuer.example";

    private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Federated\":\"" + PROVIDER + "\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\","
            + "\"Condition\":{\"StringEquals\":{\"issuer.example:aud\":[\"one\",\"two\"]},"
            + "\"StringLike\":{\"issuer.example:sub\":\"team:?:job:*\"}}}]}";

    @Test
    void admitsWhenPrincipalAndEveryConditionMatch() {
        assertThat(admits(PROVIDER, "one", "team:a:job:build")).isTrue();
        assertThat(admits(PROVIDER, "two", "team:b:job:")).isTrue();
    }

    @Test
    void refusesWhenAnyConditionFails() {
        assertThat(admits(PROVIDER, "three", "team:a:job:build")).as("audience").isFalse();
        assertThat(admits(PROVIDER, "one", "team:ab:job:build")).as("'?' is one character").isFalse();
        assertThat(admits(PROVIDER, "one", "xteam:a:job:build")).as("patterns are anchored").isFalse();
    }

    @Test
    void refusesAnotherProviderAndMissingClaims() {
        assertThat(admits("arn:aws:iam::123456789012:oidc-provider/other", "one", "team:a:job:build")).isFalse();
        assertThat(TrustPolicyEvaluator.admits(POLICY, new TrustPolicyEvaluator.Request(PROVIDER,
                Map.of("issuer.example:aud", "one")))).isFalse();
    }

    @Test
    void aMatchingDenyWins() {
        var policy = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"" + PROVIDER + "\"},"
                + "\"Action\":\"sts:AssumeRoleWithWebIdentity\"},{\"Effect\":\"Deny\",\"Principal\":{\"Federated\":\""
                + PROVIDER + "\"},\"Action\":\"sts:*\",\"Condition\":{\"StringEquals\":{\"issuer.example:sub\":\"x\"}}}]}";

        assertThat(TrustPolicyEvaluator.admits(policy, request(PROVIDER, "any", "y"))).isTrue();
        assertThat(TrustPolicyEvaluator.admits(policy, request(PROVIDER, "any", "x"))).isFalse();
    }

    @Test
    void failsOnAnOperatorItDoesNotKnow() {
        var policy = POLICY.replace("StringLike", "StringNotLike");

        assertThatThrownBy(() -> TrustPolicyEvaluator.admits(policy, request(PROVIDER, "one", "team:a:job:x")))
                .hasMessage("the evaluator does not know condition operator StringNotLike");
    }

    @Test
    void globMatchesLikeIam() {
        assertThat(Glob.matches("arn:aws:iam::1:role/app-dev-*", "arn:aws:iam::1:role/app-dev-task")).isTrue();
        assertThat(Glob.matches("arn:aws:iam::1:role/app-dev-*", "arn:aws:iam::1:role/bootstrap/app-dev-x")).isFalse();
        assertThat(Glob.matches("a*c", "abbbc")).isTrue();
        assertThat(Glob.matches("a*c", "abbbd")).isFalse();
        assertThat(Glob.matches("a?c", "ac")).isFalse();
        assertThat(Glob.matchesAction("ec2:describe*", "EC2:DescribeVpcs")).isTrue();
    }

    private static boolean admits(String provider, String audience, String subject) {
        return TrustPolicyEvaluator.admits(POLICY, request(provider, audience, subject));
    }

    private static TrustPolicyEvaluator.Request request(String provider, String audience, String subject) {
        return new TrustPolicyEvaluator.Request(provider,
                Map.of("issuer.example:aud", audience, "issuer.example:sub", subject));
    }
}
