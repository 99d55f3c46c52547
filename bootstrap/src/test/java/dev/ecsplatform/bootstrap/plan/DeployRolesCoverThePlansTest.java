package dev.ecsplatform.bootstrap.plan;

import dev.ecsplatform.bootstrap.policy.DataSourceActions;
import dev.ecsplatform.bootstrap.policy.DeployPermissions;
import dev.ecsplatform.bootstrap.policy.DeployPolicyPart;
import dev.ecsplatform.bootstrap.policy.PolicyEvaluator;
import dev.ecsplatform.bootstrap.policy.PolicyJson;
import dev.ecsplatform.bootstrap.policy.ProviderActions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proof the issue asks for: for every stack file in the repository, each stack's deploy role may make every call
 * a deployment of that stack's plan makes (create, read, update and delete of every resource, and every data source),
 * for the exact ARNs the plan produces and with the condition keys those calls carry.
 */
class DeployRolesCoverThePlansTest {

    static Stream<Path> stackFiles() {
        return StackPlans.all();
    }

    @ParameterizedTest
    @MethodSource("stackFiles")
    void everyResourceTypeAndDataSourceOfThePlanHasARow(Path stackFile) {
        var plan = StackPlans.plan(stackFile);

        assertThat(plan.cloudResources()).as("resource types of " + stackFile.getFileName() + " without a row in ProviderActions")
                .extracting(PlannedStack.Resource::type)
                .allMatch(type -> ProviderActions.row(type).isPresent());
        assertThat(plan.invokes()).as("data sources of " + stackFile.getFileName() + " without a row in DataSourceActions")
                .allMatch(token -> DataSourceActions.actions(token).isPresent());
    }

    @ParameterizedTest
    @MethodSource("stackFiles")
    void theStacksDeployRoleMayDeployItsPlan(Path stackFile) {
        var plan = new ResolvedPlan(StackPlans.plan(stackFile));
        var policies = deployPolicies(plan);

        var denied = Stream.concat(RequiredRequests.forResources(plan).stream(),
                        RequiredRequests.forInvokes(plan.plan()).stream())
                .filter(required -> !allowed(plan, policies, required))
                .map(RequiredRequests.Required::describe)
                .distinct()
                .toList();

        assertThat(denied).as("calls the deploy role of " + plan.plan().stack() + " may not make").isEmpty();
    }

    /**
     * The main program's own calls in a real update (not the provider's): the rollout wait's DescribeServices on each
     * service that waits for a steady state, by its exact ARN, and the pre-flight's DescribeAlarms.
     */
    @ParameterizedTest
    @MethodSource("stackFiles")
    void theDeployRoleMayMakeTheProgramsOwnCallsOfARealUpdate(Path stackFile) {
        var plan = new ResolvedPlan(StackPlans.plan(stackFile));
        var policies = deployPolicies(plan);
        var updates = RequiredRequests.forResources(plan).stream().filter(r -> r.source().endsWith(") update")).toList();
        var waiting = plan.plan().cloudResources().stream()
                .filter(r -> r.type().equals("aws:ecs/service:Service") && Boolean.TRUE.equals(r.inputs().get("waitForSteadyState")))
                .map(plan::arn).sorted().toList();
        var described = updates.stream().filter(r -> r.request().action().equals("ecs:DescribeServices"))
                .map(r -> r.request().resource()).sorted().toList();
        var alarmReads = updates.stream().filter(r -> r.request().action().equals("cloudwatch:DescribeAlarms")).toList();

        assertThat(described).as("services waiting for a steady state").isEqualTo(waiting)
                .allMatch(arn -> arn.matches("arn:aws:ecs:[a-z0-9-]+:\\d{12}:service/[^/]+/[^/]+"));
        assertThat(plan.plan().cloudResources().stream().anyMatch(r -> r.type().equals("aws:cloudwatch/metricAlarm:MetricAlarm")))
                .isEqualTo(!alarmReads.isEmpty());
        assertThat(Stream.concat(described.stream().map(arn -> PolicyEvaluator.Request.of("ecs:DescribeServices", arn)),
                alarmReads.stream().map(RequiredRequests.Required::request)))
                .allMatch(request -> PolicyEvaluator.allows(policies, request));
    }

    /**
     * Allowed to both deploy roles of the stack: by their identity policies, or, on a KMS key, by the key's own policy
     * (a key policy grants a principal it names by itself; KMS developer guide, "Key policies in AWS KMS").
     */
    static boolean allowed(ResolvedPlan plan, List<String> policies, RequiredRequests.Required required) {
        if (PolicyEvaluator.allows(policies, required.request())) {
            return true;
        }
        var contract = new dev.ecsplatform.contract.StackContract(plan.plan().project(), plan.plan().stack());
        return required.resourcePolicy().map(keyPolicy -> contract.deployRoleArns(plan.account()).stream()
                .allMatch(role -> PolicyEvaluator.allows(keyPolicy, new PolicyEvaluator.Request(
                        required.request().action(), required.request().resource(),
                        java.util.Optional.of(new PolicyEvaluator.Principal("AWS", role)), required.request().context())
                        .with("aws:PrincipalArn", role).with("aws:PrincipalAccount", plan.account().accountId()))))
                .orElse(false);
    }

    /** What the bootstrap attaches to the stack's deploy roles, for the account the plan is spelled with. */
    static List<String> deployPolicies(ResolvedPlan plan) {
        return Arrays.stream(DeployPolicyPart.values())
                .map(part -> PolicyJson.write(DeployPermissions.document(part, plan.account(),
                        plan.plan().project(), plan.plan().stack())))
                .toList();
    }
}
