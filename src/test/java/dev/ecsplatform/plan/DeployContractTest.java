package dev.ecsplatform.plan;

import dev.ecsplatform.contract.AwsAccount;
import dev.ecsplatform.contract.StackContract;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan keeps the contract its deploy roles are granted by (shared/, StackContract): every role carries the
 * stack's permissions boundary and is named under the stack's prefix, every log group and parameter sits under the
 * stack's path, and the access-log bucket starts with the agreed prefix. The bootstrap's tests check the same plans
 * against its policies; this keeps the program's side true without it.
 */
class DeployContractTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyRoleCarriesTheStacksBoundaryAndEveryNameFitsItsPattern(String stack) {
        var plan = StackFiles.plan(stack);
        var contract = new StackContract("ecs-platform", stack);
        var boundary = contract.permissionsBoundaryArn(new AwsAccount("aws", PlanMocks.ACCOUNT_ID));

        var roles = plan.ofType("aws:iam/role:Role");
        assertThat(roles).isNotEmpty().allSatisfy(role -> {
            assertThat(role.inputString("permissionsBoundary")).as(role.name()).isEqualTo(boundary);
            // Named by the program, or auto-named by Pulumi from the logical name.
            var name = role.inputString("name") != null ? role.inputString("name") : role.name() + "-1a2b3c4";
            assertThat(name).as(role.name()).matches(glob(contract.rolePattern())).hasSizeLessThanOrEqualTo(64);
        });
        assertThat(plan.ofType("aws:cloudwatch/logGroup:LogGroup")).isNotEmpty().allSatisfy(group ->
                assertThat(group.inputString("name")).matches(glob(contract.logGroupPattern())));
        assertThat(plan.ofType("aws:ssm/parameter:Parameter")).isNotEmpty().allSatisfy(parameter ->
                assertThat(parameter.inputString("name")).matches(glob(contract.parameterPattern())));
        assertThat(plan.ofType("aws:s3/bucketV2:BucketV2")).isNotEmpty().allSatisfy(bucket ->
                assertThat(bucket.inputString("bucketPrefix")).isEqualTo(contract.accessLogBucketPrefix()));
    }

    private static Pattern glob(String pattern) {
        return Pattern.compile(Pattern.quote(pattern).replace("*", "\\E.*\\Q"));
    }
}
