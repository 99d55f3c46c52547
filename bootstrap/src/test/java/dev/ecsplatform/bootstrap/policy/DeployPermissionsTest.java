package dev.ecsplatform.bootstrap.policy;

import dev.ecsplatform.contract.AwsAccount;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.ecsplatform.bootstrap.naming.AccessNames;
import dev.ecsplatform.contract.StackContract;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the deploy permissions as IAM receives them: the JSON text of each managed policy. */
class DeployPermissionsTest {

    private static final AwsAccount ACCOUNT = new AwsAccount("aws", "123456789012");

    /** IAM's limit on a managed policy, counting every character but whitespace. */
    private static final int MANAGED_POLICY_LIMIT = 6144;

    private static final Pattern SERVICE_WILDCARD = Pattern.compile("[a-z0-9-]+:\\*");
    private static final Pattern READ_FAMILY = Pattern.compile("[a-z0-9-]+:(Describe|List|Get)[A-Za-z]*\\*");

    /** Parsed statement of a written policy. */
    private record Written(String sid, List<String> actions, List<String> resources, JsonObject condition) {
    }

    @Test
    void grantsNoStarActionAndNoServiceWideWildcard() {
        for (var statement : statements("ecs-platform", "dev")) {
            assertThat(statement.actions()).as(statement.sid())
                    .doesNotContain("*")
                    .noneMatch(action -> SERVICE_WILDCARD.matcher(action).matches());
        }
    }

    @Test
    void usesWildcardsOnlyForReadFamiliesAndNamesEveryWrite() {
        for (var statement : statements("ecs-platform", "dev")) {
            assertThat(statement.actions()).as(statement.sid())
                    .filteredOn(action -> action.contains("*") || action.contains("?"))
                    .allMatch(action -> READ_FAMILY.matcher(action).matches());
        }
    }

    @Test
    void eachManagedPolicyFitsIamsSizeLimit() {
        for (var part : DeployPolicyPart.values()) {
            // The longest names the configuration check allows make the longest ARNs.
            var json = PolicyJson.write(DeployPermissions.document(part, ACCOUNT, "p".repeat(30), "s".repeat(18)));
            assertThat(json.replaceAll("\\s", "").length()).as(part.partName()).isLessThanOrEqualTo(MANAGED_POLICY_LIMIT);
        }
        var boundary = PolicyJson.write(PermissionsBoundary.document(ACCOUNT, "p".repeat(30), "s".repeat(18)));
        assertThat(boundary.replaceAll("\\s", "").length()).as("boundary").isLessThanOrEqualTo(MANAGED_POLICY_LIMIT);
    }

    @Test
    void scopesNamedResourcesToTheStack() {
        var byName = bySid(statements("ecs-platform", "dev"));

        assertThat(byName.get("StackRoles").resources())
                .containsExactly("arn:aws:iam::123456789012:role/ecs-platform-dev-*");
        assertThat(byName.get("StackPolicies").resources())
                .containsExactly("arn:aws:iam::123456789012:policy/ecs-platform-dev-*");
        assertThat(byName.get("StackLogGroups").resources()).containsExactly(
                "arn:aws:logs:*:123456789012:log-group:/ecs-platform/dev/*");
        assertThat(byName.get("StackBuckets").resources()).containsExactly("arn:aws:s3:::ecs-platform-dev-logs-*");
        // Only the endpoint parameters the program writes: secrets may live elsewhere under the stack's path.
        assertThat(byName.get("StackParameters").resources())
                .containsExactly("arn:aws:ssm:*:123456789012:parameter/ecs-platform/dev/endpoints/*");
    }

    @Test
    void scopesAlarmsDashboardsTopicAndAliasToTheStack() {
        var byName = bySid(statements("ecs-platform", "dev"));

        assertThat(byName.get("StackAlarms").resources())
                .containsExactly("arn:aws:cloudwatch:*:123456789012:alarm:ecs-platform-dev/*");
        assertThat(byName.get("StackDashboards").resources()).containsExactly(
                "arn:aws:cloudwatch::123456789012:dashboard/ecs-platform-dev",
                "arn:aws:cloudwatch::123456789012:dashboard/ecs-platform-dev_*");
        assertThat(byName.get("StackAlarmTopic").resources())
                .containsExactly("arn:aws:sns:*:123456789012:ecs-platform-dev-alarms");
        assertThat(byName.get("StackKeyAliases").resources())
                .contains("arn:aws:kms:*:123456789012:alias/ecs-platform/dev/*");

        var policy = PolicyJson.write(DeployPermissions.document(DeployPolicyPart.OBSERVABILITY, ACCOUNT, "ecs-platform", "dev"));
        for (var other : List.of(
                PolicyEvaluator.Request.of("cloudwatch:DeleteAlarms", "arn:aws:cloudwatch:us-east-1:123456789012:alarm:ecs-platform-dev-eu/api/5xx-rate"),
                PolicyEvaluator.Request.of("cloudwatch:DeleteAlarms", "arn:aws:cloudwatch:us-east-1:123456789012:alarm:TargetTracking-x"),
                PolicyEvaluator.Request.of("cloudwatch:DeleteDashboards", "arn:aws:cloudwatch::123456789012:dashboard/ecs-platform-dev-eu"),
                PolicyEvaluator.Request.of("sns:DeleteTopic", "arn:aws:sns:us-east-1:123456789012:ecs-platform-prod-alarms"),
                PolicyEvaluator.Request.of("kms:DeleteAlias", "arn:aws:kms:us-east-1:123456789012:alias/ecs-platform/prod/alarms"))) {
            assertThat(PolicyEvaluator.allows(policy, other)).as(other.action() + " on " + other.resource()).isFalse();
        }
    }

    /**
     * The Service Connect TLS role: the deploy role may create it with the boundary, attach exactly AWS's managed TLS
     * policy to it (to no other role, and no other AWS managed policy to it), and hand it to ECS only.
     */
    @Test
    void createsTheTlsRoleAttachesExactlyItsPolicyAndPassesItToEcsOnly() {
        var policy = PolicyJson.write(DeployPermissions.document(DeployPolicyPart.IDENTITY_DATA, ACCOUNT, "ecs-platform", "dev"));
        var role = "arn:aws:iam::123456789012:role/ecs-platform-dev-service-connect-tls";
        var taskRole = "arn:aws:iam::123456789012:role/ecs-platform-dev-api-task";
        var boundary = "arn:aws:iam::123456789012:policy/bootstrap/ecs-platform-dev-permissions-boundary";
        var tlsPolicy = "arn:aws:iam::aws:policy/service-role/AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity";
        var attach = PolicyEvaluator.Request.of("iam:AttachRolePolicy", role);

        assertThat(PolicyEvaluator.allows(policy, PolicyEvaluator.Request.of("iam:CreateRole", role)
                .with("iam:PermissionsBoundary", boundary))).as("create it with the boundary").isTrue();
        assertThat(PolicyEvaluator.allows(policy, PolicyEvaluator.Request.of("iam:CreateRole", role)))
                .as("create it without the boundary").isFalse();
        assertThat(PolicyEvaluator.allows(policy, attach.with("iam:PolicyARN", tlsPolicy)
                .with("iam:PermissionsBoundary", boundary))).as("attach its policy").isTrue();
        assertThat(PolicyEvaluator.allows(policy, attach.with("iam:PolicyARN", tlsPolicy)))
                .as("attach it to a role without the boundary").isFalse();
        assertThat(PolicyEvaluator.allows(policy, PolicyEvaluator.Request.of("iam:AttachRolePolicy", taskRole)
                .with("iam:PolicyARN", tlsPolicy).with("iam:PermissionsBoundary", boundary)))
                .as("the TLS policy on a task role").isFalse();
        assertThat(PolicyEvaluator.allows(policy, attach.with("iam:PolicyARN",
                "arn:aws:iam::aws:policy/service-role/AmazonECSInfrastructureRolePolicyForVolumes")
                .with("iam:PermissionsBoundary", boundary))).as("another ECS infrastructure policy").isFalse();
        assertThat(PolicyEvaluator.allows(policy, attach.with("iam:PolicyARN", "arn:aws:iam::aws:policy/AdministratorAccess")
                .with("iam:PermissionsBoundary", boundary))).as("AdministratorAccess").isFalse();

        var pass = PolicyEvaluator.Request.of("iam:PassRole", role);
        assertThat(PolicyEvaluator.allows(policy, pass.with("iam:PassedToService", "ecs.amazonaws.com"))).isTrue();
        assertThat(PolicyEvaluator.allows(policy, PolicyEvaluator.Request.of("iam:PassRole", taskRole)
                .with("iam:PassedToService", "ecs.amazonaws.com"))).as("a task role to ECS itself").isFalse();
        assertThat(PolicyEvaluator.allows(policy, pass.with("iam:PassedToService", "lambda.amazonaws.com")))
                .as("the TLS role to Lambda").isFalse();
    }

    /**
     * The program reads serviceConnect.tls's CA at every run (as a preview does): the deploy roles may read exactly
     * what the lookup reads, on the account's own CAs, and may neither issue from nor change any CA.
     */
    @Test
    void readsTheAccountsCertificateAuthoritiesAsTheLookupDoesAndNothingMore() {
        var policies = java.util.Arrays.stream(DeployPolicyPart.values())
                .map(part -> PolicyJson.write(DeployPermissions.document(part, ACCOUNT, "ecs-platform", "dev"))).toList();
        var ownCa = "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/3c4d5e6f-7a8b-4c9d-8e0f-3a4b5c6d7e8f";
        var otherCa = "arn:aws:acm-pca:us-east-1:210987654321:certificate-authority/3c4d5e6f-7a8b-4c9d-8e0f-3a4b5c6d7e8f";
        var lookup = DataSourceActions.actions("aws:acmpca/getCertificateAuthority:getCertificateAuthority").orElseThrow();

        assertThat(lookup).containsExactlyInAnyOrder("acm-pca:DescribeCertificateAuthority",
                "acm-pca:GetCertificateAuthorityCertificate", "acm-pca:GetCertificateAuthorityCsr", "acm-pca:ListTags");
        for (var action : lookup) {
            assertThat(PolicyEvaluator.allows(policies, PolicyEvaluator.Request.of(action, ownCa))).as(action).isTrue();
            assertThat(PolicyEvaluator.allows(policies, PolicyEvaluator.Request.of(action, otherCa)))
                    .as(action + " on another account's CA").isFalse();
        }
        for (var action : List.of("acm-pca:IssueCertificate", "acm-pca:GetCertificate", "acm-pca:RevokeCertificate",
                "acm-pca:TagCertificateAuthority", "acm-pca:UntagCertificateAuthority",
                "acm-pca:UpdateCertificateAuthority", "acm-pca:DeleteCertificateAuthority", "acm-pca:PutPolicy")) {
            assertThat(PolicyEvaluator.allows(policies, PolicyEvaluator.Request.of(action, ownCa))).as(action).isFalse();
        }
    }

    /** What the provider does to a key after creating it: the writes that are power over a key. */
    private static final List<String> KEY_WRITES = List.of("kms:PutKeyPolicy", "kms:ScheduleKeyDeletion",
            "kms:CancelKeyDeletion", "kms:DisableKeyRotation", "kms:UpdateKeyDescription", "kms:TagResource",
            "kms:UntagResource");

    /** The stack creates its key only with its own tags. */
    @Test
    void createsKeysOnlyWithTheStacksTags() {
        var policy = PolicyJson.write(DeployPermissions.document(DeployPolicyPart.OBSERVABILITY, ACCOUNT, "ecs-platform", "dev"));
        var create = PolicyEvaluator.Request.of("kms:CreateKey", "*");

        assertThat(PolicyEvaluator.allows(policy, create.with("aws:RequestTag/project", "ecs-platform")
                .with("aws:RequestTag/stack", "dev"))).isTrue();
        assertThat(PolicyEvaluator.allows(policy, create)).as("a key without the stack's tags").isFalse();
        assertThat(PolicyEvaluator.allows(policy, create.with("aws:RequestTag/project", "ecs-platform")
                .with("aws:RequestTag/stack", "prod"))).as("a key tagged for prod").isFalse();
    }

    /**
     * No deploy role gains power over a key it did not create. Creating a key with tags needs kms:TagResource on every
     * key of the account (KMS developer guide, "Controlling access to tags"), and at CreateKey there are no resource
     * tags to tell the new key from an existing untagged one, so a role that may create tagged keys may also put its
     * stack's tags on any untagged key, such as one that encrypts the services' secrets. Whatever tags a key carries,
     * the deploy policies must then allow none of its writes: they come from the policy of the key the stack created
     * (AlarmTopicPolicies in the main program). With a statement that grants key writes by tag this fails.
     */
    @Test
    void noDeployRoleGainsPowerOverAKeyItDidNotCreateWhateverItsTags() {
        var policies = java.util.Arrays.stream(DeployPolicyPart.values())
                .map(part -> PolicyJson.write(DeployPermissions.document(part, ACCOUNT, "ecs-platform", "dev"))).toList();
        var secretsKey = "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789";

        for (var tags : List.of(Map.<String, String>of(), Map.of("project", "ecs-platform", "stack", "dev"),
                Map.of("project", "ecs-platform", "stack", "prod"), Map.of("team", "payments"))) {
            for (var action : KEY_WRITES) {
                if (action.equals("kms:TagResource") && !tags.containsKey("stack")) {
                    continue; // CreateKey's own tagging: allowed with the stack's tags, and from now on grants nothing
                }
                var request = PolicyEvaluator.Request.of(action, secretsKey);
                for (var tag : tags.entrySet()) {
                    request = request.with("aws:ResourceTag/" + tag.getKey(), tag.getValue());
                }
                assertThat(PolicyEvaluator.allows(policies, request.with("aws:RequestTag/project", "ecs-platform")
                        .with("aws:RequestTag/stack", "dev")))
                        .as(action + " on a key the role did not create, tagged " + tags).isFalse();
            }
        }
        // No other tag of a key can be written, and another stack's key cannot even be re-tagged.
        assertThat(PolicyEvaluator.allows(policies, PolicyEvaluator.Request.of("kms:TagResource", secretsKey)
                .with("aws:RequestTag/project", "ecs-platform").with("aws:RequestTag/stack", "dev")
                .with("aws:TagKeys", "project", "stack", "team").with("aws:ResourceTag/team", "payments")))
                .as("changing the team tag of a key").isFalse();
        assertThat(PolicyEvaluator.allows(policies, PolicyEvaluator.Request.of("kms:TagResource", secretsKey)
                .with("aws:RequestTag/project", "ecs-platform").with("aws:RequestTag/stack", "dev")
                .with("aws:ResourceTag/project", "ecs-platform").with("aws:ResourceTag/stack", "prod")))
                .as("re-tagging prod's key for dev").isFalse();
    }

    @Test
    void passesStackRolesOnlyToEcsTasksAndFlowLogs() {
        var passRole = statements("ecs-platform", "dev").stream()
                .filter(s -> s.actions().contains("iam:PassRole") && !s.sid().equals("PassServiceConnectTlsRole"))
                .toList();

        assertThat(passRole).singleElement().satisfies(statement -> {
            assertThat(statement.actions()).containsExactly("iam:PassRole");
            assertThat(statement.resources()).containsExactly("arn:aws:iam::123456789012:role/ecs-platform-dev-*");
            assertThat(statement.condition().toString()).isEqualTo("{\"StringEquals\":{\"iam:PassedToService\":"
                    + "[\"ecs-tasks.amazonaws.com\",\"vpc-flow-logs.amazonaws.com\"]}}");
        });
    }

    @Test
    void attachesOnlyTheCataloguedAwsManagedPoliciesAndTheAccountsOwnButNeverTheBootstraps() {
        var policy = PolicyJson.write(DeployPermissions.document(DeployPolicyPart.IDENTITY_DATA, ACCOUNT, "ecs-platform", "dev"));
        var attach = PolicyEvaluator.Request.of("iam:AttachRolePolicy", "arn:aws:iam::123456789012:role/ecs-platform-dev-api-task")
                .with("iam:PermissionsBoundary", "arn:aws:iam::123456789012:policy/bootstrap/ecs-platform-dev-permissions-boundary");

        for (var attachable : List.of("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess", "arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess",
                "arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess", "arn:aws:iam::123456789012:policy/orders-data",
                "arn:aws:iam::123456789012:policy/teams/orders-data")) {
            assertThat(PolicyEvaluator.allows(policy, attach.with("iam:PolicyARN", attachable))).as(attachable).isTrue();
        }
        for (var refused : List.of("arn:aws:iam::aws:policy/AdministratorAccess", "arn:aws:iam::aws:policy/AmazonS3FullAccess",
                "arn:aws:iam::aws:policy/IAMFullAccess", "arn:aws:iam::210987654321:policy/orders-data",
                "arn:aws:iam::123456789012:policy/bootstrap/ecs-platform-dev-deploy-identity-data",
                "arn:aws:iam::123456789012:policy/bootstrap/ecs-platform-prod-permissions-boundary")) {
            assertThat(PolicyEvaluator.allows(policy, attach.with("iam:PolicyARN", refused))).as(refused).isFalse();
        }
        assertThat(PolicyEvaluator.allows(policy, attach)).as("no iam:PolicyARN").isFalse();
    }

    /**
     * A deploy role must not be able to rewrite its own trust or permissions, nor another stack's IAM. Checked for
     * names chosen so that naive prefixes would collide ("ecs" + "platform" spells the start of "ecs-platform-...").
     */
    @Test
    void iamWritesReachNeitherTheBootstrapsOwnRolesNorAnotherStacks() {
        var cases = List.of(List.of("ecs-platform", "dev", "prod"), List.of("ecs", "platform", "platform2"));
        for (var names : cases) {
            var project = names.get(0);
            var stack = names.get(1);
            var otherStack = names.get(2);
            var protectedArns = new ArrayList<String>();
            for (var anyStack : List.of(stack, otherStack)) {
                protectedArns.add(iamArn("role", AccessNames.IAM_PATH, AccessNames.pulumiDeployRole(project, anyStack)));
                protectedArns.add(iamArn("role", AccessNames.IAM_PATH, AccessNames.githubDeployRole(project, anyStack)));
                protectedArns.add(iamArn("role", AccessNames.IAM_PATH, AccessNames.githubPreviewRole(project, anyStack)));
                protectedArns.add(iamArn("policy", AccessNames.IAM_PATH, AccessNames.previewPolicy(project, anyStack)));
                protectedArns.add(iamArn("policy", AccessNames.IAM_PATH,
                        new StackContract(project, anyStack).permissionsBoundaryName()));
                for (var part : DeployPolicyPart.values()) {
                    protectedArns.add(iamArn("policy", AccessNames.IAM_PATH,
                            AccessNames.deployPolicy(project, anyStack, part.partName())));
                }
            }
            protectedArns.add(iamArn("role", "/", new StackContract(project, otherStack).roleName("task")));

            for (var statement : statements(project, stack)) {
                if (statement.actions().stream().noneMatch(action -> action.startsWith("iam:"))) {
                    continue;
                }
                for (var resource : statement.resources()) {
                    assertThat(protectedArns).as(project + "/" + stack + " " + statement.sid() + " " + resource)
                            .noneMatch(arn -> Glob.matches(resource, arn));
                }
            }
            var ownTaskRole = iamArn("role", "/", new StackContract(project, stack).roleName("task"));
            assertThat(bySid(statements(project, stack)).get("StackRoles").resources())
                    .as("the stack's own roles stay writable")
                    .anyMatch(resource -> Glob.matches(resource, ownTaskRole));
        }
    }

    /** Defect 5: whatever a deploy role does to a stack role, the role keeps the stack's boundary. */
    @Test
    void rolesAreCreatedAndGivenPermissionsOnlyWithTheStacksBoundary() {
        var policy = PolicyJson.write(DeployPermissions.document(DeployPolicyPart.IDENTITY_DATA, ACCOUNT, "ecs-platform", "dev"));
        var role = "arn:aws:iam::123456789012:role/ecs-platform-dev-api-task";
        var boundary = "arn:aws:iam::123456789012:policy/bootstrap/ecs-platform-dev-permissions-boundary";
        var prodBoundary = "arn:aws:iam::123456789012:policy/bootstrap/ecs-platform-prod-permissions-boundary";

        for (var action : List.of("iam:CreateRole", "iam:PutRolePolicy", "iam:DeleteRolePolicy", "iam:DetachRolePolicy",
                "iam:PutRolePermissionsBoundary")) {
            var request = PolicyEvaluator.Request.of(action, role);
            assertThat(PolicyEvaluator.allows(policy, request.with("iam:PermissionsBoundary", boundary))).as(action).isTrue();
            assertThat(PolicyEvaluator.allows(policy, request)).as(action + " without a boundary").isFalse();
            assertThat(PolicyEvaluator.allows(policy, request.with("iam:PermissionsBoundary", prodBoundary)))
                    .as(action + " with prod's boundary").isFalse();
        }
        var attach = PolicyEvaluator.Request.of("iam:AttachRolePolicy", role)
                .with("iam:PolicyARN", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess");
        assertThat(PolicyEvaluator.allows(policy, attach.with("iam:PermissionsBoundary", boundary))).isTrue();
        assertThat(PolicyEvaluator.allows(policy, attach)).as("attaching to a role without the boundary").isFalse();
        assertThat(PolicyEvaluator.allows(policy, PolicyEvaluator.Request.of("iam:DeleteRolePermissionsBoundary", role)
                .with("iam:PermissionsBoundary", boundary))).as("removing the boundary").isFalse();
        for (var action : List.of("iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion", "iam:DeletePolicy")) {
            assertThat(PolicyEvaluator.allows(policy, PolicyEvaluator.Request.of(action, boundary)))
                    .as(action + " on the boundary itself").isFalse();
        }
    }

    private static String iamArn(String kind, String path, String name) {
        return "arn:aws:iam::123456789012:" + kind + path + name;
    }

    private static List<Written> statements(String project, String stack) {
        var written = new ArrayList<Written>();
        for (var part : DeployPolicyPart.values()) {
            var json = PolicyJson.write(DeployPermissions.document(part, ACCOUNT, project, stack));
            for (var element : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("Statement")) {
                var statement = element.getAsJsonObject();
                written.add(new Written(
                        statement.get("Sid").getAsString(),
                        PolicyEvaluator.strings(statement.get("Action")),
                        PolicyEvaluator.strings(statement.get("Resource")),
                        statement.has("Condition") ? statement.getAsJsonObject("Condition") : new JsonObject()));
            }
        }
        return written;
    }

    private static Map<String, Written> bySid(List<Written> statements) {
        var byName = new HashMap<String, Written>();
        statements.forEach(statement -> assertThat(byName.put(statement.sid(), statement)).as(statement.sid()).isNull());
        return byName;
    }
}
