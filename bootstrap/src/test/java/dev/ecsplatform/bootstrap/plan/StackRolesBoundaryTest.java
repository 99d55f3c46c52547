package dev.ecsplatform.bootstrap.plan;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.ecsplatform.bootstrap.policy.PermissionsBoundary;
import dev.ecsplatform.bootstrap.policy.PolicyEvaluator;
import dev.ecsplatform.bootstrap.policy.PolicyEvaluator.Decision;
import dev.ecsplatform.bootstrap.policy.PolicyEvaluator.Request;
import dev.ecsplatform.bootstrap.policy.PolicyJson;
import dev.ecsplatform.contract.AttachablePolicies;
import dev.ecsplatform.contract.AwsAccount;
import dev.ecsplatform.contract.StackContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Defect 5: every role a stack creates carries the stack's permissions boundary, the boundary lets through
 * everything the program grants its roles (so it breaks nothing), and nothing that would let a stack role escalate.
 */
class StackRolesBoundaryTest {

    private static final AwsAccount ACCOUNT = new AwsAccount("aws", PlannedStack.ACCOUNT);
    private static final String ROLE = "aws:iam/role:Role";

    static Stream<Path> stackFiles() {
        return StackPlans.all();
    }

    @ParameterizedTest
    @MethodSource("stackFiles")
    void everyRoleOfThePlanCarriesItsStacksBoundary(Path stackFile) {
        var plan = StackPlans.plan(stackFile);
        var boundary = new StackContract(plan.project(), plan.stack()).permissionsBoundaryArn(ACCOUNT);

        assertThat(plan.cloudResources()).filteredOn(resource -> resource.type().equals(ROLE)).isNotEmpty()
                .allSatisfy(role -> assertThat(role.inputs().get("permissionsBoundary")).as(role.name()).isEqualTo(boundary));
    }

    @ParameterizedTest
    @MethodSource("stackFiles")
    void theBoundaryLetsThroughEverythingTheProgramGrantsItsRoles(Path stackFile) {
        var plan = new ResolvedPlan(StackPlans.plan(stackFile));
        var boundary = boundary(plan.plan().project(), plan.plan().stack());

        var cut = grants(plan).stream()
                .filter(grant -> !PolicyEvaluator.allows(boundary, grant.request()))
                .map(RequiredRequests.Required::describe)
                .toList();

        assertThat(grants(plan)).isNotEmpty();
        assertThat(cut).as("grants of " + plan.plan().stack() + " the boundary would cut").isEmpty();
    }

    @Test
    void theBoundaryCapsAnInlineStarPolicyToWhatTasksNeed() {
        var boundary = boundary("ecs-platform", "dev");
        var everything = PolicyJson.write(dev.ecsplatform.bootstrap.policy.PolicyDocument.of(
                dev.ecsplatform.bootstrap.policy.Statement.allow("Everything", List.of("*"), List.of("*"))));
        var escalations = List.of(
                Request.of("iam:CreateUser", "arn:aws:iam::123456789012:user/mallory"),
                Request.of("iam:AttachRolePolicy", "arn:aws:iam::123456789012:role/ecs-platform-dev-api-task"),
                Request.of("iam:PutRolePolicy", "arn:aws:iam::123456789012:role/bootstrap/ecs-platform-dev-pulumi-deploy"),
                Request.of("iam:PassRole", "arn:aws:iam::123456789012:role/ecs-platform-dev-api-task"),
                Request.of("sts:AssumeRole", "arn:aws:iam::123456789012:role/bootstrap/ecs-platform-prod-github-deploy"),
                Request.of("organizations:LeaveOrganization", "*"),
                Request.of("ec2:RunInstances", "*"),
                Request.of("ecs:UpdateService", "*"),
                Request.of("s3:PutObject", "arn:aws:s3:::any-bucket/key"),
                Request.of("s3:DeleteBucket", "arn:aws:s3:::any-bucket"),
                Request.of("dynamodb:PutItem", "arn:aws:dynamodb:us-east-1:123456789012:table/orders"),
                Request.of("secretsmanager:PutSecretValue", "arn:aws:secretsmanager:us-east-1:123456789012:secret:x"),
                Request.of("kms:Decrypt", "arn:aws:kms:us-east-1:123456789012:key/k"),
                Request.of("kms:Decrypt", "arn:aws:kms:us-east-1:123456789012:key/k")
                        .with("kms:ViaService", "lambda.us-east-1.amazonaws.com"),
                Request.of("logs:PutLogEvents", "arn:aws:logs:us-east-1:123456789012:log-group:/ecs-platform/prod/services/api/app:log-stream:x"),
                Request.of("lambda:InvokeFunction", "arn:aws:lambda:us-east-1:123456789012:function:f"),
                // Service Connect TLS's permissions pass the boundary for the infrastructure role only.
                Request.of("acm-pca:IssueCertificate", "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/ca")
                        .with(PRINCIPAL_ARN, "arn:aws:iam::123456789012:role/ecs-platform-dev-api-task"),
                Request.of("secretsmanager:PutSecretValue", "arn:aws:secretsmanager:us-east-1:123456789012:secret:ecs-sc!x")
                        .with(PRINCIPAL_ARN, "arn:aws:iam::123456789012:role/ecs-platform-dev-api-task"),
                Request.of("kms:Decrypt", "arn:aws:kms:us-east-1:123456789012:key/k")
                        .with(PRINCIPAL_ARN, "arn:aws:iam::123456789012:role/ecs-platform-dev-api-task"),
                Request.of("secretsmanager:PutSecretValue", "arn:aws:secretsmanager:us-east-1:123456789012:secret:other")
                        .with(PRINCIPAL_ARN, "arn:aws:iam::123456789012:role/ecs-platform-dev-service-connect-tls"));

        for (var request : escalations) {
            assertThat(PolicyEvaluator.allows(everything, request)).as("granted inline").isTrue();
            assertThat(PolicyEvaluator.decideWithBoundary(List.of(everything), boundary, request))
                    .as(request.action() + " on " + request.resource() + " " + request.context())
                    .isEqualTo(Decision.IMPLICIT_DENY);
        }
        assertThat(PolicyEvaluator.decideWithBoundary(List.of(everything), boundary,
                Request.of("kms:Decrypt", "arn:aws:kms:us-east-1:123456789012:key/k")
                        .with("kms:ViaService", "secretsmanager.us-east-1.amazonaws.com")))
                .as("decrypting a secret through Secrets Manager").isEqualTo(Decision.ALLOW);
        assertThat(PolicyEvaluator.decideWithBoundary(List.of(everything), boundary,
                Request.of("acm-pca:IssueCertificate", "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/ca")
                        .with(PRINCIPAL_ARN, "arn:aws:iam::123456789012:role/ecs-platform-dev-service-connect-tls")))
                .as("the TLS role issuing a certificate").isEqualTo(Decision.ALLOW);
    }

    private static String boundary(String project, String stack) {
        return PolicyJson.write(PermissionsBoundary.document(ACCOUNT, project, stack));
    }

    /**
     * Every action on every resource the plan's inline role policies allow (mock ARNs turned into the real ones,
     * each statement's String conditions carried as the request's context), and the task actions of every managed
     * policy it attaches.
     */
    private static List<RequiredRequests.Required> grants(ResolvedPlan plan) {
        var grants = new ArrayList<RequiredRequests.Required>();
        var realArns = plan.realArnsByMockArn();
        for (var resource : plan.plan().cloudResources()) {
            if (resource.type().equals("aws:iam/rolePolicy:RolePolicy")) {
                var document = (String) resource.inputs().get("policy");
                var principal = principalOf(plan, resource);
                for (var element : JsonParser.parseString(document).getAsJsonObject().getAsJsonArray("Statement")) {
                    var statement = element.getAsJsonObject();
                    for (var action : PolicyEvaluator.strings(statement.get("Action"))) {
                        for (var arn : PolicyEvaluator.strings(statement.get("Resource"))) {
                            grants.add(new RequiredRequests.Required(resource.name(), withConditions(
                                    Request.of(action, real(arn, realArns)).with(PRINCIPAL_ARN, principal), statement)));
                        }
                    }
                }
            }
            if (resource.type().equals("aws:iam/rolePolicyAttachment:RolePolicyAttachment")) {
                var policyArn = String.valueOf(resource.inputs().get("policyArn"));
                var attached = AttachablePolicies.awsManaged(policyArn);
                // A family such as s3:Get* is asked for as itself: the boundary must allow the whole family.
                attached.ifPresent(policy -> policy.taskActions().forEach(action -> grants.add(
                        new RequiredRequests.Required(resource.name(), Request.of(action, "*")))));
                if (policyArn.equals(StackContract.SERVICE_CONNECT_TLS_POLICY.arn("aws"))) {
                    grants.addAll(serviceConnectTlsGrants(plan, resource));
                }
            }
        }
        return grants;
    }

    private static final String PRINCIPAL_ARN = "aws:PrincipalArn";

    /** The ARN of the role a policy or attachment belongs to: a grant is exercised by that principal. */
    private static String principalOf(ResolvedPlan plan, dev.ecsplatform.bootstrap.plan.PlannedStack.Resource resource) {
        return plan.referenced(ResolvedPlan.input(resource, "role"), ROLE).map(plan::arn)
                .orElseThrow(() -> new AssertionError(resource.name() + " names no role of the plan"));
    }

    /**
     * What AWS's Service Connect TLS policy lets ECS do as the stack's infrastructure role: certificates from a CA of
     * the account, and the ecs-sc!… secrets that hold them.
     */
    private static List<RequiredRequests.Required> serviceConnectTlsGrants(
            ResolvedPlan plan, dev.ecsplatform.bootstrap.plan.PlannedStack.Resource attachment) {
        var principal = principalOf(plan, attachment);
        var region = plan.plan().region();
        var grants = new ArrayList<RequiredRequests.Required>();
        for (var action : StackContract.SERVICE_CONNECT_TLS_POLICY.taskActions()) {
            var resource = action.startsWith("acm-pca:")
                    ? "arn:aws:acm-pca:" + region + ":" + PlannedStack.ACCOUNT + ":certificate-authority/ca"
                    : "arn:aws:secretsmanager:" + region + ":" + PlannedStack.ACCOUNT + ":secret:ecs-sc!orders-AbCdEf";
            grants.add(new RequiredRequests.Required(attachment.name(),
                    Request.of(action, resource).with(PRINCIPAL_ARN, principal)));
        }
        return grants;
    }

    private static String real(String arn, Map<String, String> realArns) {
        return realArns.entrySet().stream()
                .filter(entry -> arn.equals(entry.getKey()) || arn.startsWith(entry.getKey() + ":"))
                .findFirst()
                .map(entry -> entry.getValue() + arn.substring(entry.getKey().length()))
                .orElse(arn);
    }

    private static Request withConditions(Request request, JsonObject statement) {
        var conditions = statement.getAsJsonObject("Condition");
        if (conditions == null) {
            return request;
        }
        var result = request;
        for (var operator : conditions.entrySet()) {
            for (var key : operator.getValue().getAsJsonObject().entrySet()) {
                result = result.with(key.getKey(), PolicyEvaluator.strings(key.getValue()).get(0));
            }
        }
        return result;
    }
}
