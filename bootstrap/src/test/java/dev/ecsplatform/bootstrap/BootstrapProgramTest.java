package dev.ecsplatform.bootstrap;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.pulumi.exceptions.RunException;
import com.pulumi.resources.CustomResource;
import com.pulumi.test.PulumiTest;
import dev.ecsplatform.bootstrap.cli.PoliciesCommand;
import dev.ecsplatform.bootstrap.config.StackConfigFile;
import dev.ecsplatform.contract.AwsAccount;
import dev.ecsplatform.bootstrap.policy.DeployPermissions;
import dev.ecsplatform.bootstrap.policy.DeployPolicyPart;
import dev.ecsplatform.bootstrap.policy.PermissionsBoundary;
import dev.ecsplatform.bootstrap.policy.PolicyJson;
import dev.ecsplatform.bootstrap.policy.PreviewPermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.ecsplatform.bootstrap.ProgramRun.ATTACHMENT;
import static dev.ecsplatform.bootstrap.ProgramRun.OIDC_PROVIDER;
import static dev.ecsplatform.bootstrap.ProgramRun.POLICY;
import static dev.ecsplatform.bootstrap.ProgramRun.ROLE;
import static org.assertj.core.api.Assertions.assertThat;

/** Runs the program on the real {@code Pulumi.shared.yaml} under the mock engine and checks the exact inputs. */
class BootstrapProgramTest {

    private static final String IAM = "arn:aws:iam::123456789012:";
    private static final String PULUMI_PROVIDER_ARN = IAM + "oidc-provider/api.pulumi.com/oidc";
    private static final String GITHUB_PROVIDER_ARN = IAM + "oidc-provider/token.actions.githubusercontent.com";
    private static final Map<String, Object> SHARED_TAGS =
            Map.of("project", "ecs-platform-bootstrap", "stack", "shared", "managed-by", "pulumi");

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    @Test
    void createsBothIdentityProvidersWithoutThumbprints() {
        var run = ProgramRun.of(StackConfigFile.entries("shared"));

        assertThat(run.ofType(OIDC_PROVIDER)).extracting(RecordingMocks.Registered::name)
                .containsExactlyInAnyOrder("oidc-pulumi-deployments", "oidc-github-actions");
        assertThat(run.inputs(OIDC_PROVIDER, "oidc-pulumi-deployments")).isEqualTo(Map.of(
                "url", "https://api.pulumi.com/oidc",
                "clientIdLists", List.of("acme"),
                "tags", SHARED_TAGS));
        assertThat(run.inputs(OIDC_PROVIDER, "oidc-github-actions")).isEqualTo(Map.of(
                "url", "https://token.actions.githubusercontent.com",
                "clientIdLists", List.of("sts.amazonaws.com"),
                "tags", SHARED_TAGS));
    }

    @Test
    void createsTwoDeployRolesAndAPreviewRolePerStack() {
        var run = ProgramRun.of(StackConfigFile.entries("shared"));

        assertThat(run.ofType(ROLE)).extracting(RecordingMocks.Registered::name).containsExactlyInAnyOrder(
                "dev-pulumi-deploy", "dev-github-deploy", "dev-github-preview",
                "prod-pulumi-deploy", "prod-github-deploy", "prod-github-preview");
        assertRole(run, "dev-pulumi-deploy", "ecs-platform-dev-pulumi-deploy",
                "Pulumi Deployments updates, refreshes and destroys ecs-platform/dev", stackTags("dev"));
        assertRole(run, "dev-github-deploy", "ecs-platform-dev-github-deploy",
                "GitHub Actions in environment dev of acme/ecs-platform deploys ecs-platform/dev", stackTags("dev"));
        assertRole(run, "dev-github-preview", "ecs-platform-dev-github-preview",
                "Pull requests of acme/ecs-platform preview ecs-platform/dev: no writes, no data", stackTags("dev"));
        assertRole(run, "prod-pulumi-deploy", "ecs-platform-prod-pulumi-deploy",
                "Pulumi Deployments updates, refreshes and destroys ecs-platform/prod", stackTags("prod"));
        assertRole(run, "prod-github-deploy", "ecs-platform-prod-github-deploy",
                "GitHub Actions in environment prod of acme/ecs-platform deploys ecs-platform/prod", stackTags("prod"));
        assertRole(run, "prod-github-preview", "ecs-platform-prod-github-preview",
                "Pull requests of acme/ecs-platform preview ecs-platform/prod: no writes, no data", stackTags("prod"));
    }

    @Test
    void trustsPulumiDeploymentsForOneStacksUpdatesRefreshesAndDestroysButNotPreviews() {
        var run = ProgramRun.of(StackConfigFile.entries("shared"));

        assertThat(trust(run, "dev-pulumi-deploy")).isEqualTo(json("""
                {"Version": "2012-10-17", "Statement": [{
                  "Sid": "PulumiDeploymentsDeploy", "Effect": "Allow",
                  "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/api.pulumi.com/oidc"},
                  "Action": "sts:AssumeRoleWithWebIdentity",
                  "Condition": {
                    "StringEquals": {"api.pulumi.com/oidc:aud": "acme", "api.pulumi.com/oidc:sub": [
                      "pulumi:deploy:org:acme:project:ecs-platform:stack:dev:operation:update:scope:write",
                      "pulumi:deploy:org:acme:project:ecs-platform:stack:dev:operation:refresh:scope:write",
                      "pulumi:deploy:org:acme:project:ecs-platform:stack:dev:operation:destroy:scope:write"]}}}]}
                """));
        assertThat(trust(run, "prod-pulumi-deploy")).isEqualTo(json("""
                {"Version": "2012-10-17", "Statement": [{
                  "Sid": "PulumiDeploymentsDeploy", "Effect": "Allow",
                  "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/api.pulumi.com/oidc"},
                  "Action": "sts:AssumeRoleWithWebIdentity",
                  "Condition": {
                    "StringEquals": {"api.pulumi.com/oidc:aud": "acme", "api.pulumi.com/oidc:sub": [
                      "pulumi:deploy:org:acme:project:ecs-platform:stack:prod:operation:update:scope:write",
                      "pulumi:deploy:org:acme:project:ecs-platform:stack:prod:operation:refresh:scope:write",
                      "pulumi:deploy:org:acme:project:ecs-platform:stack:prod:operation:destroy:scope:write"]}}}]}
                """));
    }

    @Test
    void trustsGithubOnlyFromTheStacksEnvironmentAndPullRequestsOnlyForPreview() {
        var run = ProgramRun.of(StackConfigFile.entries("shared"));

        assertThat(trust(run, "prod-github-deploy")).isEqualTo(json("""
                {"Version": "2012-10-17", "Statement": [{
                  "Sid": "GitHubActionsDeploy", "Effect": "Allow",
                  "Principal": {"Federated":
                    "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},
                  "Action": "sts:AssumeRoleWithWebIdentity",
                  "Condition": {"StringEquals": {
                    "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
                    "token.actions.githubusercontent.com:sub": "repo:acme/ecs-platform:environment:prod"}}}]}
                """));
        assertThat(trust(run, "prod-github-preview")).isEqualTo(json("""
                {"Version": "2012-10-17", "Statement": [{
                  "Sid": "GitHubActionsPullRequestPreview", "Effect": "Allow",
                  "Principal": {"Federated":
                    "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},
                  "Action": "sts:AssumeRoleWithWebIdentity",
                  "Condition": {"StringEquals": {
                    "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
                    "token.actions.githubusercontent.com:sub": "repo:acme/ecs-platform:pull_request"}}}]}
                """));
    }

    @Test
    void addsTheBranchSubjectOnlyToTheStackThatAsksForIt() {
        var entries = new HashMap<>(StackConfigFile.entries("shared"));
        entries.put("stacks", "{\"dev\":{\"githubBranch\":\"main\"},\"prod\":{}}");
        var run = ProgramRun.of(entries);

        var devSubjects = JsonParser.parseString((String) run.inputs(ROLE, "dev-github-deploy").get("assumeRolePolicy"))
                .getAsJsonObject().getAsJsonArray("Statement").get(0).getAsJsonObject()
                .getAsJsonObject("Condition").getAsJsonObject("StringEquals")
                .get("token.actions.githubusercontent.com:sub");
        assertThat(devSubjects.toString()).isEqualTo(
                "[\"repo:acme/ecs-platform:environment:dev\",\"repo:acme/ecs-platform:ref:refs/heads/main\"]");
        assertThat((String) run.inputs(ROLE, "prod-github-deploy").get("assumeRolePolicy"))
                .doesNotContain("refs/heads");
    }

    @Test
    void givesEachStackItsDeployPoliciesPreviewPolicyAndBoundaryFromTheAccessPlan() {
        var run = ProgramRun.of(StackConfigFile.entries("shared"));
        var account = new AwsAccount("aws", RecordingMocks.ACCOUNT_ID);

        assertThat(run.ofType(POLICY)).hasSize(2 * (DeployPolicyPart.values().length + 2));
        for (var stack : List.of("dev", "prod")) {
            for (var part : DeployPolicyPart.values()) {
                assertThat(run.inputs(POLICY, stack + "-deploy-" + part.partName())).isEqualTo(Map.of(
                        "name", "ecs-platform-" + stack + "-deploy-" + part.partName(),
                        "path", "/bootstrap/",
                        "description", part.description() + " (ecs-platform/" + stack + ")",
                        "policy", PolicyJson.write(DeployPermissions.document(part, account, "ecs-platform", stack)),
                        "tags", stackTags(stack)));
            }
            assertThat(run.inputs(POLICY, stack + "-preview")).containsEntry("name", "ecs-platform-" + stack + "-preview")
                    .containsEntry("policy", PolicyJson.write(PreviewPermissions.document(account)));
            assertThat(run.inputs(POLICY, stack + "-permissions-boundary"))
                    .containsEntry("name", "ecs-platform-" + stack + "-permissions-boundary")
                    .containsEntry("path", "/bootstrap/")
                    .containsEntry("policy", PolicyJson.write(PermissionsBoundary.document(account, "ecs-platform", stack)));
        }

        var policiesByRole = run.ofType(ATTACHMENT).stream().collect(Collectors.groupingBy(
                attachment -> (String) attachment.inputs().get("role"),
                // Sorted: the engine registers resources concurrently, in no fixed order.
                Collectors.mapping(attachment -> (String) attachment.inputs().get("policyArn"),
                        Collectors.collectingAndThen(Collectors.toList(), arns -> arns.stream().sorted().toList()))));
        var devPolicies = List.of(IAM + "policy/bootstrap/ecs-platform-dev-deploy-identity-data",
                IAM + "policy/bootstrap/ecs-platform-dev-deploy-network",
                IAM + "policy/bootstrap/ecs-platform-dev-deploy-observability",
                IAM + "policy/bootstrap/ecs-platform-dev-deploy-services");
        var prodPolicies = devPolicies.stream().map(arn -> arn.replace("-dev-", "-prod-")).toList();
        assertThat(policiesByRole).isEqualTo(Map.of(
                "ecs-platform-dev-pulumi-deploy", devPolicies,
                "ecs-platform-dev-github-deploy", devPolicies,
                "ecs-platform-dev-github-preview", List.of(IAM + "policy/bootstrap/ecs-platform-dev-preview"),
                "ecs-platform-prod-pulumi-deploy", prodPolicies,
                "ecs-platform-prod-github-deploy", prodPolicies,
                "ecs-platform-prod-github-preview", List.of(IAM + "policy/bootstrap/ecs-platform-prod-preview")));
    }

    /** The offline review and the real run agree: every role, trust, policy and attachment the command prints. */
    @Test
    void declaresExactlyWhatThePoliciesCommandPrints() {
        var run = ProgramRun.of(StackConfigFile.entries("shared"));
        var out = new java.io.ByteArrayOutputStream();
        assertThat(PoliciesCommand.run(new String[] {"--account", RecordingMocks.ACCOUNT_ID},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8), System.err)).isZero();
        var printed = JsonParser.parseString(out.toString(java.nio.charset.StandardCharsets.UTF_8)).getAsJsonObject();

        var rolesByName = run.ofType(ROLE).stream().collect(Collectors.toMap(r -> (String) r.inputs().get("name"), r -> r));
        var policiesByName = run.ofType(POLICY).stream().collect(Collectors.toMap(p -> (String) p.inputs().get("name"), p -> p));
        var attachedByRole = run.ofType(ATTACHMENT).stream().collect(Collectors.groupingBy(
                a -> (String) a.inputs().get("role"), Collectors.mapping(a -> (String) a.inputs().get("policyArn"),
                        Collectors.toSet())));
        var printedRoles = 0;
        var printedPolicies = new java.util.HashSet<String>();
        for (var stack : printed.getAsJsonObject("stacks").entrySet()) {
            var boundary = stack.getValue().getAsJsonObject().getAsJsonObject("stackRolesPermissionsBoundary");
            printedPolicies.add(boundary.get("name").getAsString());
            assertThat(json((String) policiesByName.get(boundary.get("name").getAsString()).inputs().get("policy")))
                    .isEqualTo(boundary.get("document"));
            for (var element : stack.getValue().getAsJsonObject().getAsJsonArray("roles")) {
                var role = element.getAsJsonObject();
                var name = role.get("name").getAsString();
                printedRoles++;
                assertThat(json((String) rolesByName.get(name).inputs().get("assumeRolePolicy"))).as(name)
                        .isEqualTo(role.get("trustPolicy"));
                var arns = new java.util.HashSet<String>();
                for (var policyElement : role.getAsJsonArray("permissionPolicies")) {
                    var policy = policyElement.getAsJsonObject();
                    printedPolicies.add(policy.get("name").getAsString());
                    arns.add(policy.get("arn").getAsString());
                    assertThat(json((String) policiesByName.get(policy.get("name").getAsString()).inputs().get("policy")))
                            .as(policy.get("name").getAsString()).isEqualTo(policy.get("document"));
                }
                assertThat(attachedByRole.get(name)).as(name).isEqualTo(arns);
            }
        }
        assertThat(printedRoles).isEqualTo(rolesByName.size());
        assertThat(printedPolicies).isEqualTo(policiesByName.keySet());
    }

    @Test
    void declaredDeployPoliciesGrantNoStarOrServiceWideActionAndNothingAttachesAdministratorAccess() {
        var run = ProgramRun.of(StackConfigFile.entries("shared"));

        var actions = run.ofType(POLICY).stream()
                .flatMap(policy -> JsonParser.parseString((String) policy.inputs().get("policy")).getAsJsonObject()
                        .getAsJsonArray("Statement").asList().stream())
                .flatMap(statement -> {
                    var action = statement.getAsJsonObject().get("Action");
                    return action.isJsonArray()
                            ? action.getAsJsonArray().asList().stream().map(JsonElement::getAsString)
                            : Stream.of(action.getAsString());
                })
                .toList();
        assertThat(actions).isNotEmpty()
                .doesNotContain("*")
                .noneMatch(action -> action.matches("[a-z0-9-]+:\\*"));
        assertThat(run.ofType(ATTACHMENT)).extracting(a -> (String) a.inputs().get("policyArn"))
                .noneMatch(arn -> arn.endsWith("/AdministratorAccess") || arn.endsWith("/PowerUserAccess")
                        || arn.endsWith("/IAMFullAccess"));
    }

    @Test
    void exportsProviderRoleAndBoundaryArnsPerStackForTheMainProject() {
        var run = ProgramRun.of(StackConfigFile.entries("shared"));

        assertThat(run.output(BootstrapProgram.PULUMI_PROVIDER_OUTPUT)).isEqualTo(PULUMI_PROVIDER_ARN);
        assertThat(run.output(BootstrapProgram.GITHUB_PROVIDER_OUTPUT)).isEqualTo(GITHUB_PROVIDER_ARN);
        assertThat(run.output(BootstrapProgram.ROLES_OUTPUT)).isEqualTo(Map.of(
                "dev", Map.of(
                        "pulumiDeployRoleArn", IAM + "role/bootstrap/ecs-platform-dev-pulumi-deploy",
                        "githubDeployRoleArn", IAM + "role/bootstrap/ecs-platform-dev-github-deploy",
                        "githubPreviewRoleArn", IAM + "role/bootstrap/ecs-platform-dev-github-preview",
                        "permissionsBoundaryArn", IAM + "policy/bootstrap/ecs-platform-dev-permissions-boundary"),
                "prod", Map.of(
                        "pulumiDeployRoleArn", IAM + "role/bootstrap/ecs-platform-prod-pulumi-deploy",
                        "githubDeployRoleArn", IAM + "role/bootstrap/ecs-platform-prod-github-deploy",
                        "githubPreviewRoleArn", IAM + "role/bootstrap/ecs-platform-prod-github-preview",
                        "permissionsBoundaryArn", IAM + "policy/bootstrap/ecs-platform-prod-permissions-boundary")));
        assertThat(run.result().outputs().keySet()).containsExactlyInAnyOrder(
                "pulumiOidcProviderArn", "githubOidcProviderArn", "roles");
    }

    @Test
    void refersToAnExistingGithubProviderInsteadOfCreatingOne() {
        var existing = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";
        var entries = new HashMap<>(StackConfigFile.entries("shared"));
        entries.put("github", "{\"repository\":\"acme/ecs-platform\",\"createProvider\":false,"
                + "\"providerArn\":\"" + existing + "\"}");
        var run = ProgramRun.of(entries);

        assertThat(run.ofType(OIDC_PROVIDER)).extracting(RecordingMocks.Registered::name)
                .containsExactly("oidc-pulumi-deployments");
        assertThat(run.output(BootstrapProgram.GITHUB_PROVIDER_OUTPUT)).isEqualTo(existing);
        for (var role : List.of("dev-github-deploy", "prod-github-deploy", "dev-github-preview", "prod-github-preview")) {
            assertThat(principal(run, role)).as(role).isEqualTo(existing);
        }
    }

    @Test
    void tagsEveryTaggableResource() {
        var run = ProgramRun.of(StackConfigFile.entries("shared"));

        var taggable = run.registered().stream()
                .filter(r -> List.of(OIDC_PROVIDER, ROLE, POLICY).contains(r.type()))
                .toList();
        assertThat(taggable).hasSize(2 + 6 + 12).allSatisfy(resource -> assertThat(resource.inputs().get("tags"))
                .as(resource.name())
                .isIn(SHARED_TAGS, stackTags("dev"), stackTags("prod")));
    }

    @Test
    void parentsEveryResourceToItsComponent() {
        var run = ProgramRun.of(StackConfigFile.entries("shared"));

        var urns = run.result().resources().stream()
                .filter(resource -> resource instanceof CustomResource)
                .map(resource -> ProgramRun.value(resource.urn()))
                .toList();
        assertThat(urns).hasSize(2 + 6 + 12 + 18).allSatisfy(urn -> assertThat(urn).containsAnyOf(
                "pulumi:pulumi:Stack$ecs-platform-bootstrap:access:OidcProviders$aws:iam/",
                "pulumi:pulumi:Stack$ecs-platform-bootstrap:access:StackDeployAccess$aws:iam/"));
        assertThat(urns).contains("urn:pulumi:shared::ecs-platform-bootstrap::"
                + "pulumi:pulumi:Stack$ecs-platform-bootstrap:access:StackDeployAccess$aws:iam/role:Role::dev-pulumi-deploy");
    }

    @Test
    void stopsWithEveryConfigurationProblemAndCreatesNothing() {
        var entries = new HashMap<>(StackConfigFile.entries("shared"));
        entries.put("github", "{\"repository\":\"acme\"}");
        entries.put("stacks", "{}");
        var run = ProgramRun.of(entries);

        assertThat(run.result().exitCode()).isNotZero();
        assertThat(run.result().exceptions()).filteredOn(BootstrapConfigException.class::isInstance)
                .singleElement().satisfies(exception -> {
                    assertThat(exception).isInstanceOf(RunException.class);
                    assertThat(exception.getMessage()).startsWith("Invalid configuration in Pulumi.shared.yaml (2 problems); nothing was created:")
                            .contains("ecs-platform-bootstrap:github.repository: got \"acme\"")
                            .contains("ecs-platform-bootstrap:stacks: got an empty map");
                });
        // What `pulumi up` prints: the message alone, no stack trace (Pulumi hides it for a RunException).
        assertThat(run.result().errors()).singleElement().asString()
                .startsWith("Invalid configuration in Pulumi.shared.yaml (2 problems); nothing was created:")
                .doesNotContain("\tat ", "Exception");
        assertThat(run.registered()).noneMatch(r -> r.type().startsWith("aws:"));
    }

    private static void assertRole(ProgramRun run, String logicalName, String roleName, String description,
                                   Map<String, Object> tags) {
        var inputs = new HashMap<>(run.inputs(ROLE, logicalName));
        assertThat(((Number) inputs.remove("maxSessionDuration")).intValue()).isEqualTo(3600);
        assertThat(inputs.remove("assumeRolePolicy")).isInstanceOf(String.class);
        assertThat(inputs).as(logicalName).isEqualTo(Map.of(
                "name", roleName,
                "path", "/bootstrap/",
                "description", description,
                "tags", tags));
    }

    private static Map<String, Object> stackTags(String stack) {
        var tags = new HashMap<>(SHARED_TAGS);
        tags.put("target-stack", stack);
        return Map.copyOf(tags);
    }

    private static Object trust(ProgramRun run, String role) {
        return json((String) run.inputs(ROLE, role).get("assumeRolePolicy"));
    }

    private static String principal(ProgramRun run, String role) {
        return JsonParser.parseString((String) run.inputs(ROLE, role).get("assumeRolePolicy")).getAsJsonObject()
                .getAsJsonArray("Statement").get(0).getAsJsonObject()
                .getAsJsonObject("Principal").get("Federated").getAsString();
    }

    /** Parsed JSON, so that expected policies can be written readably and still compared exactly. */
    private static Object json(String text) {
        return JsonParser.parseString(text);
    }
}
