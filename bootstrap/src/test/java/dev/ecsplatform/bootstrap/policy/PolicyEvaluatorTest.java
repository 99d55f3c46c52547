package dev.ecsplatform.bootstrap.policy;

import dev.ecsplatform.bootstrap.policy.PolicyEvaluator.Decision;
import dev.ecsplatform.bootstrap.policy.PolicyEvaluator.Request;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The evaluator decides every permission test of the bootstrap, so it is checked first, against the examples and
 * tables of the IAM User Guide ("Policy evaluation logic", "IAM JSON policy elements: Condition operators",
 * "Multivalued context key examples", "NotAction", "NotResource").
 */
class PolicyEvaluatorTest {

    private static String policy(String statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}";
    }

    // ---- evaluation logic ----------------------------------------------------------------------------------------

    @Test
    void aRequestNoStatementAllowsIsDeniedImplicitly() {
        var allowS3 = policy("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}");

        assertThat(PolicyEvaluator.decide(allowS3, Request.of("s3:GetObject", "arn:aws:s3:::b/k"))).isEqualTo(Decision.ALLOW);
        assertThat(PolicyEvaluator.decide(allowS3, Request.of("s3:PutObject", "arn:aws:s3:::b/k")))
                .isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(PolicyEvaluator.decide(allowS3, Request.of("s3:GetObject", "arn:aws:s3:::other/k")))
                .isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void anExplicitDenyInAnyPolicyOverridesEveryAllow() {
        var allowAll = policy("{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}");
        var denyDelete = policy("{\"Effect\":\"Deny\",\"Action\":\"s3:DeleteBucket\",\"Resource\":\"*\"}");

        assertThat(PolicyEvaluator.decide(List.of(allowAll, denyDelete), Request.of("s3:DeleteBucket", "arn:aws:s3:::b")))
                .isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(PolicyEvaluator.decide(List.of(allowAll, denyDelete), Request.of("s3:CreateBucket", "arn:aws:s3:::b")))
                .isEqualTo(Decision.ALLOW);
    }

    @Test
    void aPermissionsBoundaryLimitsButDoesNotGrant() {
        var identity = policy("{\"Effect\":\"Allow\",\"Action\":[\"s3:*\",\"iam:CreateUser\"],\"Resource\":\"*\"}");
        var boundary = policy("{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"ec2:DescribeVpcs\"],\"Resource\":\"*\"}");

        assertThat(PolicyEvaluator.decideWithBoundary(List.of(identity), boundary, Request.of("s3:GetObject", "arn:aws:s3:::b/k")))
                .isEqualTo(Decision.ALLOW);
        assertThat(PolicyEvaluator.decideWithBoundary(List.of(identity), boundary, Request.of("iam:CreateUser", "*")))
                .as("granted, outside the boundary").isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(PolicyEvaluator.decideWithBoundary(List.of(identity), boundary, Request.of("ec2:DescribeVpcs", "*")))
                .as("inside the boundary, never granted").isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void notActionAllowsEverythingButTheListedActions() {
        // IAM User Guide, "IAM JSON policy elements: NotAction": everything except IAM.
        var allowAllButIam = policy("{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}");

        assertThat(PolicyEvaluator.allows(allowAllButIam, Request.of("s3:GetObject", "arn:aws:s3:::b/k"))).isTrue();
        assertThat(PolicyEvaluator.allows(allowAllButIam, Request.of("iam:CreateUser", "*"))).isFalse();
    }

    @Test
    void notActionWithBoolIfExistsDeniesWithoutMfa() {
        // IAM User Guide, "NotAction" with Deny: everything but IAM is denied unless the request was signed with MFA.
        var policy = policy("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"NotAction\":\"iam:*\",\"Resource\":\"*\","
                + "\"Condition\":{\"BoolIfExists\":{\"aws:MultiFactorAuthPresent\":\"false\"}}}");

        assertThat(PolicyEvaluator.decide(policy, Request.of("ec2:RunInstances", "*"))).as("no MFA key at all")
                .isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(PolicyEvaluator.decide(policy, Request.of("ec2:RunInstances", "*").with("aws:MultiFactorAuthPresent", "false")))
                .isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(PolicyEvaluator.decide(policy, Request.of("ec2:RunInstances", "*").with("aws:MultiFactorAuthPresent", "true")))
                .isEqualTo(Decision.ALLOW);
        assertThat(PolicyEvaluator.decide(policy, Request.of("iam:ListUsers", "*"))).isEqualTo(Decision.ALLOW);
    }

    @Test
    void notResourceDeniesEverythingOutsideTheListedResources() {
        // IAM User Guide, "IAM JSON policy elements: NotResource": S3 only on the HR payroll folder.
        var policy = policy("{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Action\":\"s3:*\",\"NotResource\":[\"arn:aws:s3:::HRBucket/Payroll\","
                + "\"arn:aws:s3:::HRBucket/Payroll/*\"]}");

        assertThat(PolicyEvaluator.decide(policy, Request.of("s3:GetObject", "arn:aws:s3:::HRBucket/Payroll/2024.csv")))
                .isEqualTo(Decision.ALLOW);
        assertThat(PolicyEvaluator.decide(policy, Request.of("s3:GetObject", "arn:aws:s3:::HRBucket/Reviews/a.txt")))
                .isEqualTo(Decision.EXPLICIT_DENY);
    }

    @Test
    void actionsMatchCaseInsensitivelyWithWildcardsAndResourcesPartByPart() {
        var policy = policy("{\"Effect\":\"Allow\",\"Action\":\"ec2:describe*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Allow\",\"Action\":\"iam:GetRole\",\"Resource\":\"arn:aws:iam::*:role/app-*\"}");

        assertThat(PolicyEvaluator.allows(policy, Request.of("EC2:DescribeVpcs", "*"))).isTrue();
        assertThat(PolicyEvaluator.allows(policy, Request.of("iam:GetRole", "arn:aws:iam::123456789012:role/app-x"))).isTrue();
        assertThat(PolicyEvaluator.allows(policy, Request.of("iam:GetRole", "arn:aws:iam::123456789012:role/bootstrap/app-x")))
                .isFalse();
        assertThat(Glob.matchesArn("arn:aws:s3:::*", "arn:aws:s3:::bucket/with:colon/key")).isTrue();
        assertThat(Glob.matchesArn("arn:aws:*:role/x", "arn:aws:iam::123456789012:role/x"))
                .as("a wildcard does not span the parts of an ARN").isFalse();
        assertThat(Glob.matches("a?c", "ac")).isFalse();
        assertThat(Glob.matches("a*c", "abbbc")).isTrue();
    }

    // ---- condition operators ----------------------------------------------------------------------------------

    @Test
    void stringEqualsMatchesExactlyAndAMissingKeyDoesNotMatch() {
        // Condition operators, StringEquals: only the iamuser-admin job category may manage access keys.
        var policy = policy("{\"Effect\":\"Allow\",\"Action\":\"iam:*AccessKey*\",\"Resource\":\"arn:aws:iam::123456789012:user/*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalTag/job-category\":\"iamuser-admin\"}}}");
        var request = Request.of("iam:CreateAccessKey", "arn:aws:iam::123456789012:user/jo");

        assertThat(PolicyEvaluator.allows(policy, request.with("aws:PrincipalTag/job-category", "iamuser-admin"))).isTrue();
        assertThat(PolicyEvaluator.allows(policy, request.with("aws:PrincipalTag/job-category", "dev-ops"))).isFalse();
        assertThat(PolicyEvaluator.allows(policy, request.with("aws:PrincipalTag/job-category", "IAMUSER-ADMIN"))).isFalse();
        assertThat(PolicyEvaluator.allows(policy, request)).as("no job-category tag").isFalse();
        assertThat(PolicyEvaluator.allows(policy, request.with("AWS:PrincipalTag/Job-Category", "iamuser-admin")))
                .as("context key names are not case-sensitive").isTrue();
    }

    @Test
    void negatedOperatorsMatchNoneOfTheValuesAndAMissingKey() {
        var policy = policy("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringNotEquals\":{\"aws:PrincipalTag/team\":[\"red\",\"blue\"]}}}");
        var request = Request.of("s3:GetObject", "arn:aws:s3:::b/k");

        assertThat(PolicyEvaluator.allows(policy, request.with("aws:PrincipalTag/team", "green"))).isTrue();
        assertThat(PolicyEvaluator.allows(policy, request.with("aws:PrincipalTag/team", "blue"))).isFalse();
        // "If the policy condition requires that the key is not matched ... and the key is not present, the
        // condition is true."
        assertThat(PolicyEvaluator.allows(policy, request)).isTrue();
    }

    @Test
    void stringLikeMatchesWildcardsAndIfExistsPassesWhenTheKeyIsAbsent() {
        // Condition operators, ...IfExists: instance types only from these families, when the request names one.
        var policy = policy("{\"Effect\":\"Allow\",\"Action\":\"ec2:RunInstances\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringLikeIfExists\":{\"ec2:InstanceType\":[\"t1.*\",\"t2.*\",\"m3.*\"]}}}");
        var request = Request.of("ec2:RunInstances", "arn:aws:ec2:us-east-1:123456789012:instance/*");

        assertThat(PolicyEvaluator.allows(policy, request.with("ec2:InstanceType", "t2.micro"))).isTrue();
        assertThat(PolicyEvaluator.allows(policy, request.with("ec2:InstanceType", "c5.large"))).isFalse();
        assertThat(PolicyEvaluator.allows(policy, request)).as("a resource without an instance type").isTrue();
        assertThat(PolicyEvaluator.allows(policy.replace("StringLikeIfExists", "StringLike"), request))
                .as("without IfExists a missing key does not match").isFalse();
    }

    @Test
    void nullChecksWhetherTheKeyIsPresent() {
        // Condition operators, Null: EC2 only with long-term credentials, whose requests carry no aws:TokenIssueTime.
        var policy = policy("{\"Effect\":\"Allow\",\"Action\":\"ec2:*\",\"Resource\":\"*\","
                + "\"Condition\":{\"Null\":{\"aws:TokenIssueTime\":\"true\"}}}");
        var request = Request.of("ec2:DescribeVpcs", "*");

        assertThat(PolicyEvaluator.allows(policy, request)).isTrue();
        assertThat(PolicyEvaluator.allows(policy, request.with("aws:TokenIssueTime", "2025-01-01T00:00:00Z"))).isFalse();
        assertThat(PolicyEvaluator.allows(policy.replace("\"true\"", "\"false\""),
                request.with("aws:TokenIssueTime", "2025-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void boolDeniesRequestsThatAreNotOverTls() {
        var policy = policy("{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}");
        var request = Request.of("s3:GetObject", "arn:aws:s3:::b/k");

        assertThat(PolicyEvaluator.decide(policy, request.with("aws:SecureTransport", "false"))).isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(PolicyEvaluator.decide(policy, request.with("aws:SecureTransport", "true"))).isEqualTo(Decision.ALLOW);
    }

    @Test
    void arnOperatorsMatchPartByPart() {
        // Condition operators, ARN: a queue accepts messages from one topic (ArnEquals), trails from one account (ArnLike).
        var policy = policy("{\"Effect\":\"Allow\",\"Action\":\"sqs:SendMessage\",\"Resource\":\"*\","
                + "\"Condition\":{\"ArnEquals\":{\"aws:SourceArn\":\"arn:aws:sns:us-east-1:123456789012:orders\"}}},"
                + "{\"Effect\":\"Allow\",\"Action\":\"s3:PutObject\",\"Resource\":\"*\","
                + "\"Condition\":{\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:cloudtrail:*:111122223333:trail/*\"}}}");

        assertThat(PolicyEvaluator.allows(policy, Request.of("sqs:SendMessage", "*")
                .with("aws:SourceArn", "arn:aws:sns:us-east-1:123456789012:orders"))).isTrue();
        assertThat(PolicyEvaluator.allows(policy, Request.of("sqs:SendMessage", "*")
                .with("aws:SourceArn", "arn:aws:sns:us-east-1:123456789012:other"))).isFalse();
        assertThat(PolicyEvaluator.allows(policy, Request.of("s3:PutObject", "*")
                .with("aws:SourceArn", "arn:aws:cloudtrail:eu-west-1:111122223333:trail/main"))).isTrue();
        assertThat(PolicyEvaluator.allows(policy, Request.of("s3:PutObject", "*")
                .with("aws:SourceArn", "arn:aws:cloudtrail:eu-west-1:444455556666:trail/main"))).isFalse();
    }

    @Test
    void operatorsKeysAndValuesCombineAsAndAndOr() {
        var policy = policy("{\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\",\"Resource\":\"*\",\"Condition\":{"
                + "\"StringEquals\":{\"iam:PassedToService\":[\"ecs-tasks.amazonaws.com\",\"vpc-flow-logs.amazonaws.com\"],"
                + "\"aws:RequestedRegion\":\"us-east-1\"},"
                + "\"ArnLike\":{\"iam:AssociatedResourceArn\":\"arn:aws:ecs:*:123456789012:*\"}}}");
        var request = Request.of("iam:PassRole", "arn:aws:iam::123456789012:role/r")
                .with("iam:PassedToService", "vpc-flow-logs.amazonaws.com")
                .with("aws:RequestedRegion", "us-east-1")
                .with("iam:AssociatedResourceArn", "arn:aws:ecs:us-east-1:123456789012:task-definition/x:1");

        assertThat(PolicyEvaluator.allows(policy, request)).as("either service (OR), every key and operator (AND)").isTrue();
        assertThat(PolicyEvaluator.allows(policy, request.with("aws:RequestedRegion", "eu-west-1"))).isFalse();
        assertThat(PolicyEvaluator.allows(policy, request.with("iam:PassedToService", "lambda.amazonaws.com"))).isFalse();
        assertThat(PolicyEvaluator.allows(policy, request.with("iam:AssociatedResourceArn",
                "arn:aws:lambda:us-east-1:123456789012:function:f"))).isFalse();
    }

    @Test
    void forAllValuesFollowsTheUserGuidesTable() {
        // "Multivalued context key examples": Deny with ForAllValues:StringNotLike {"aws:TagKeys": "key1*"}.
        var policy = policy("{\"Effect\":\"Allow\",\"Action\":\"iam:Tag*\",\"Resource\":\"*\"},"
                + "{\"Sid\":\"DenyRestrictedTags\",\"Effect\":\"Deny\",\"Action\":[\"iam:Tag*\",\"iam:UnTag*\"],"
                + "\"Resource\":[\"*\"],\"Condition\":{\"ForAllValues:StringNotLike\":{\"aws:TagKeys\":\"key1*\"}}}");
        var request = Request.of("iam:TagRole", "arn:aws:iam::123456789012:role/r");

        assertThat(PolicyEvaluator.decide(policy, request.with("aws:TagKeys", "key1:legal"))).isEqualTo(Decision.ALLOW);
        assertThat(PolicyEvaluator.decide(policy, request.with("aws:TagKeys", "key1:hr", "key1:personnel")))
                .isEqualTo(Decision.ALLOW);
        assertThat(PolicyEvaluator.decide(policy, request.with("aws:TagKeys", "key2:audit"))).isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(PolicyEvaluator.decide(policy, request)).as("no aws:TagKeys in the request")
                .isEqualTo(Decision.EXPLICIT_DENY);
    }

    @Test
    void forAnyValueNeedsOneMatchingValueAndTheKey() {
        var policy = policy("{\"Effect\":\"Allow\",\"Action\":\"ec2:CreateTags\",\"Resource\":\"*\","
                + "\"Condition\":{\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":[\"environment\",\"cost-center\"]}}}");
        var request = Request.of("ec2:CreateTags", "*");

        assertThat(PolicyEvaluator.allows(policy, request.with("aws:TagKeys", "environment"))).isTrue();
        assertThat(PolicyEvaluator.allows(policy, request.with("aws:TagKeys", "owner", "cost-center"))).isTrue();
        assertThat(PolicyEvaluator.allows(policy, request.with("aws:TagKeys", "owner"))).isFalse();
        assertThat(PolicyEvaluator.allows(policy, request)).as("ForAnyValue with no key in the request").isFalse();
    }

    @Test
    void refusesWhatItWouldOnlyGuess() {
        var numeric = policy("{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\",\"Resource\":\"*\","
                + "\"Condition\":{\"NumericLessThanEquals\":{\"s3:max-keys\":\"10\"}}}");
        var variable = policy("{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringLike\":{\"s3:prefix\":\"home/${aws:username}/*\"}}}");
        var multivalued = policy("{\"Effect\":\"Allow\",\"Action\":\"iam:TagRole\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:TagKeys\":\"a\"}}}");

        assertThatThrownBy(() -> PolicyEvaluator.decide(numeric, Request.of("s3:ListBucket", "*").with("s3:max-keys", "5")))
                .hasMessageContaining("does not know condition operator NumericLessThanEquals");
        assertThatThrownBy(() -> PolicyEvaluator.decide(variable, Request.of("s3:ListBucket", "*")))
                .hasMessageContaining("policy variables");
        assertThatThrownBy(() -> PolicyEvaluator.decide(multivalued, Request.of("iam:TagRole", "*").with("aws:TagKeys", "a", "b")))
                .hasMessageContaining("needs ForAnyValue or ForAllValues");
    }

    // ---- trust policies ---------------------------------------------------------------------------------------

    private static final String PROVIDER = "arn:aws:iam::123456789012:oidc-provider/issuer.example";

    private static final String TRUST = policy("{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Federated\":\"" + PROVIDER + "\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\","
            + "\"Condition\":{\"StringEquals\":{\"issuer.example:aud\":[\"one\",\"two\"]},"
            + "\"StringLike\":{\"issuer.example:sub\":\"team:?:job:*\"}}}");

    @Test
    void aTrustPolicyAdmitsItsProviderWhenEveryClaimMatches() {
        assertThat(admits(PROVIDER, "one", "team:a:job:build")).isTrue();
        assertThat(admits(PROVIDER, "two", "team:b:job:")).isTrue();
        assertThat(admits(PROVIDER, "three", "team:a:job:build")).as("audience").isFalse();
        assertThat(admits(PROVIDER, "one", "team:ab:job:build")).as("'?' is one character").isFalse();
        assertThat(admits(PROVIDER, "one", "xteam:a:job:build")).as("patterns are anchored").isFalse();
        assertThat(admits("arn:aws:iam::123456789012:oidc-provider/other", "one", "team:a:job:build")).isFalse();
        assertThat(PolicyEvaluator.allows(TRUST, Request.webIdentity(PROVIDER, Map.of("issuer.example:aud", "one"))))
                .as("no subject claim").isFalse();
        assertThat(PolicyEvaluator.allows(TRUST, Request.of(TrustPolicies.ASSUME_ROLE_WITH_WEB_IDENTITY, "*")))
                .as("a statement with a principal does not apply to an identity-policy request").isFalse();
    }

    private static boolean admits(String provider, String audience, String subject) {
        return PolicyEvaluator.allows(TRUST, Request.webIdentity(provider,
                Map.of("issuer.example:aud", audience, "issuer.example:sub", subject)));
    }
}
