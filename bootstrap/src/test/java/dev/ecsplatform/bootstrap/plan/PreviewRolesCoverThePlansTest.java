package dev.ecsplatform.bootstrap.plan;

import dev.ecsplatform.bootstrap.policy.DataSourceActions;
import dev.ecsplatform.bootstrap.policy.PolicyEvaluator;
import dev.ecsplatform.bootstrap.policy.PolicyEvaluator.Request;
import dev.ecsplatform.bootstrap.policy.PolicyJson;
import dev.ecsplatform.bootstrap.policy.PreviewPermissions;
import dev.ecsplatform.contract.AwsAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview roles (pull-request code runs with them): every data source the program reads is allowed, and nothing
 * else: no write of any resource of the plan, no read of the stack's resources, no read of data.
 */
class PreviewRolesCoverThePlansTest {

    private static final String PREVIEW = PolicyJson.write(PreviewPermissions.document(
            new AwsAccount("aws", PlannedStack.ACCOUNT)));

    /** Reads of data, as opposed to metadata: objects, parameter and secret values, keys, table items, logs. */
    private static final List<Request> DATA_READS = List.of(
            Request.of("s3:GetObject", "arn:aws:s3:::ecs-platform-dev-logs-20250101000000000000000001/alb/x"),
            Request.of("s3:ListBucket", "arn:aws:s3:::any-bucket"),
            Request.of("ssm:GetParameter", "arn:aws:ssm:us-east-1:123456789012:parameter/ecs-platform/dev/endpoints/api"),
            Request.of("ssm:GetParameters", "arn:aws:ssm:us-east-1:123456789012:parameter/ecs-platform/dev/catalog/key"),
            Request.of("ssm:GetParametersByPath", "arn:aws:ssm:us-east-1:123456789012:parameter/ecs-platform/dev"),
            Request.of("secretsmanager:GetSecretValue", "arn:aws:secretsmanager:us-east-1:123456789012:secret:x-AbCdEf"),
            Request.of("kms:Decrypt", "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789"),
            Request.of("dynamodb:GetItem", "arn:aws:dynamodb:us-east-1:123456789012:table/orders"),
            Request.of("logs:GetLogEvents", "arn:aws:logs:us-east-1:123456789012:log-group:/ecs-platform/dev/services/api/app"),
            Request.of("logs:FilterLogEvents", "arn:aws:logs:us-east-1:123456789012:log-group:/ecs-platform/dev/vpc-flow-logs"),
            Request.of("ecr:BatchGetImage", "arn:aws:ecr:us-east-1:123456789012:repository/orders"),
            Request.of("ecs:DescribeTaskDefinition", "*"),
            Request.of("lambda:GetFunction", "arn:aws:lambda:us-east-1:123456789012:function:f"),
            Request.of("sts:AssumeRole", "arn:aws:iam::123456789012:role/ecs-platform-dev-api-task"));

    static Stream<Path> stackFiles() {
        return StackPlans.all();
    }

    @ParameterizedTest
    @MethodSource("stackFiles")
    void thePreviewRoleMayReadEveryDataSourceOfThePlan(Path stackFile) {
        var denied = RequiredRequests.forInvokes(StackPlans.plan(stackFile)).stream()
                .filter(required -> !PolicyEvaluator.allows(PREVIEW, required.request()))
                .map(RequiredRequests.Required::describe)
                .toList();

        assertThat(denied).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("stackFiles")
    void thePreviewRoleMayNeitherWriteNorReadAnyResourceOfThePlan(Path stackFile) {
        var plan = new ResolvedPlan(StackPlans.plan(stackFile));

        // The lookups of an existing VPC (network.existing) describe VPCs, subnets, route tables and endpoints: the
        // same metadata reads the provider makes when it reads those resources, allowed for the lookups' sake.
        var lookups = DataSourceActions.all();
        var allowed = RequiredRequests.forResources(plan).stream()
                .filter(required -> !lookups.contains(required.request().action()))
                .filter(required -> PolicyEvaluator.allows(PREVIEW, required.request()))
                .map(RequiredRequests.Required::describe)
                .toList();

        assertThat(RequiredRequests.forResources(plan)).as("the plan's calls").isNotEmpty();
        assertThat(allowed).as("calls of " + plan.plan().stack() + "'s resources the preview role may make").isEmpty();
    }

    @Test
    void thePreviewRoleReadsNoData() {
        assertThat(DATA_READS).noneMatch(request -> PolicyEvaluator.allows(PREVIEW, request));
    }

    @Test
    void thePreviewRoleIsAllowedTheDataSourcesAndNothingMore() {
        for (var action : List.of("ec2:DescribeAvailabilityZones", "ec2:DescribeVpcs", "ec2:DescribeVpcAttribute",
                "ec2:DescribeSubnets", "ec2:DescribeRouteTables", "ec2:DescribeNetworkInterfaces",
                "ec2:DescribeVpcEndpoints", "ec2:DescribePrefixLists")) {
            assertThat(PolicyEvaluator.allows(PREVIEW, Request.of(action, "*"))).as(action).isTrue();
        }
        for (var action : List.of("ec2:DescribeSecurityGroups", "ec2:DescribeNatGateways", "ec2:CreateVpc", "iam:GetRole",
                "iam:PassRole", "ecs:DescribeServices", "elasticloadbalancing:DescribeLoadBalancers")) {
            assertThat(PolicyEvaluator.allows(PREVIEW, Request.of(action, "*"))).as(action).isFalse();
        }
    }

    /** The lookup of serviceConnect.tls's CA reads the account's own CAs, in any region, and does nothing else to them. */
    @Test
    void thePreviewRoleReadsTheAccountsCertificateAuthoritiesOnly() {
        var ownCa = "arn:aws:acm-pca:eu-west-1:" + PlannedStack.ACCOUNT + ":certificate-authority/1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d";
        var otherCa = "arn:aws:acm-pca:eu-west-1:210987654321:certificate-authority/1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d";
        for (var action : List.of("acm-pca:DescribeCertificateAuthority", "acm-pca:GetCertificateAuthorityCertificate",
                "acm-pca:GetCertificateAuthorityCsr", "acm-pca:ListTags")) {
            assertThat(PolicyEvaluator.allows(PREVIEW, Request.of(action, ownCa))).as(action).isTrue();
            assertThat(PolicyEvaluator.allows(PREVIEW, Request.of(action, otherCa))).as(action + " elsewhere").isFalse();
            assertThat(PolicyEvaluator.allows(PREVIEW, Request.of(action, "*"))).as(action + " on *").isFalse();
        }
        for (var action : List.of("acm-pca:IssueCertificate", "acm-pca:GetCertificate", "acm-pca:RevokeCertificate",
                "acm-pca:TagCertificateAuthority", "acm-pca:UpdateCertificateAuthority", "acm-pca:ListCertificateAuthorities")) {
            assertThat(PolicyEvaluator.allows(PREVIEW, Request.of(action, ownCa))).as(action).isFalse();
        }
    }
}
