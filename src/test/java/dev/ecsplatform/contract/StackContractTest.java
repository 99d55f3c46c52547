package dev.ecsplatform.contract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names the program gives and the patterns the deploy roles are granted come from one place; here they are
 * checked to agree at and beyond the length limits, where names get shortened.
 */
class StackContractTest {

    private static final String LONGEST_STACK = "s".repeat(StackNameRule.MAX_LENGTH);
    /** The longest service name the main program accepts (config.NameRules). */
    private static final String LONGEST_SERVICE = "v".repeat(32);

    @Test
    void namesTheStacksResourcesUnderItsPrefixAndPath() {
        var contract = new StackContract("ecs-platform", "dev");

        assertThat(contract.prefix()).isEqualTo("ecs-platform-dev");
        assertThat(contract.roleName("api-execution")).isEqualTo("ecs-platform-dev-api-execution");
        assertThat(contract.path("services/api/app")).isEqualTo("/ecs-platform/dev/services/api/app");
        assertThat(contract.endpointParameter("api")).isEqualTo("/ecs-platform/dev/endpoints/api");
        assertThat(contract.accessLogBucketPrefix()).isEqualTo("ecs-platform-dev-logs-");
        assertThat(contract.permissionsBoundaryArn(new AwsAccount("aws", "123456789012")))
                .isEqualTo("arn:aws:iam::123456789012:policy/bootstrap/ecs-platform-dev-permissions-boundary");
    }

    @Test
    void everyRoleNameFitsIamAndKeepsThePatternAtTheLimits() {
        for (var project : List.of("ecs-platform", "p".repeat(StackContract.MAX_PREFIX_LENGTH - 1 - LONGEST_STACK.length()))) {
            for (var stack : List.of("a", "dev", LONGEST_STACK)) {
                var contract = new StackContract(project, stack);
                for (var part : List.of("task", LONGEST_SERVICE + "-execution", LONGEST_SERVICE + "-task", "x".repeat(80))) {
                    var name = contract.roleName(part);
                    assertThat(name.length()).as(name).isLessThanOrEqualTo(StackContract.ROLE_NAME_LIMIT);
                    assertThat(name).as(name).matches(glob(contract.rolePattern()));
                }
            }
        }
    }

    @Test
    void shortenedRoleNamesStayDistinctAndStable() {
        var contract = new StackContract("ecs-platform", LONGEST_STACK);
        var execution = contract.roleName(LONGEST_SERVICE + "-execution");

        assertThat(execution).isNotEqualTo(contract.roleName(LONGEST_SERVICE + "-task"))
                .isEqualTo(new StackContract("ecs-platform", LONGEST_STACK).roleName(LONGEST_SERVICE + "-execution"))
                .hasSize(StackContract.ROLE_NAME_LIMIT);
    }

    @Test
    void theBucketPrefixLeavesRoomForTheUniqueSuffixAndMatchesItsPattern() {
        for (var stack : List.of("dev", "prod", LONGEST_STACK)) {
            var contract = new StackContract("ecs-platform", stack);
            var prefix = contract.accessLogBucketPrefix();
            // S3 appends 26 characters to a bucket_prefix of at most 37; names are 3 to 63 lowercase characters.
            assertThat(prefix.length()).as(prefix).isLessThanOrEqualTo(37);
            assertThat(prefix + "20250101000000000000000001").matches(glob(contract.bucketPattern()))
                    .matches("[a-z0-9][a-z0-9.-]{2,62}");
        }
    }

    @Test
    void logGroupsAndParametersMatchTheirPatternsAndNothingOfAnotherStack() {
        var dev = new StackContract("ecs-platform", "dev");
        var devEu = new StackContract("ecs-platform", "dev-eu");

        assertThat(dev.path("services/" + LONGEST_SERVICE + "/service-connect")).matches(glob(dev.logGroupPattern()));
        assertThat(dev.endpointParameter(LONGEST_SERVICE)).matches(glob(dev.parameterPattern()));
        assertThat(dev.path("orders/db-password")).as("a secret beside the endpoints")
                .doesNotMatch(glob(dev.parameterPattern()));
        assertThat(devEu.path("vpc-flow-logs")).doesNotMatch(glob(dev.logGroupPattern()));
        assertThat(devEu.endpointParameter("api")).doesNotMatch(glob(dev.parameterPattern()));
    }

    @Test
    void alarmsDashboardsTopicAndKeyAliasMatchTheirPatternsAndNothingOfAnotherStack() {
        var dev = new StackContract("ecs-platform", "dev");
        var devEu = new StackContract("ecs-platform", "dev-eu");

        assertThat(dev.alarmPrefix() + LONGEST_SERVICE + "/5xx-rate").isEqualTo("ecs-platform-dev/" + LONGEST_SERVICE
                + "/5xx-rate").matches(glob(dev.alarmPattern()));
        assertThat(devEu.alarmPrefix() + "api/5xx-rate").doesNotMatch(glob(dev.alarmPattern()));
        assertThat(List.of(dev.dashboardName(), dev.dashboardName() + "_2"))
                .allMatch(name -> dev.dashboardPatterns().stream().anyMatch(pattern -> glob(pattern).matcher(name).matches()));
        assertThat(List.of(devEu.dashboardName(), devEu.dashboardName() + "_2"))
                .noneMatch(name -> dev.dashboardPatterns().stream().anyMatch(pattern -> glob(pattern).matcher(name).matches()));
        assertThat(dev.alarmTopicName()).isEqualTo("ecs-platform-dev-alarms").isNotEqualTo(devEu.alarmTopicName());
        assertThat(dev.keyAliasPrefix() + "alarms").isEqualTo("alias/ecs-platform/dev/alarms")
                .matches(glob(dev.keyAliasPattern()));
        assertThat(devEu.keyAliasPrefix() + "alarms").doesNotMatch(glob(dev.keyAliasPattern()));
    }

    @Test
    void stackNamesFollowTheLeadsRule() {
        assertThat(List.of("a", "dev", "prod", "eu-west-2", "a1", LONGEST_STACK)).allMatch(StackNameRule::isValid);
        assertThat(List.of("", "Dev", "1dev", "-dev", "dev-", "dev_eu", "eu.dev", "my stack", LONGEST_STACK + "s"))
                .noneMatch(StackNameRule::isValid);
    }

    /** IAM's '*' (any run, including none) as a regular expression; the names here hold no '?'. */
    static Pattern glob(String pattern) {
        return Pattern.compile(Pattern.quote(pattern).replace("*", "\\E.*\\Q"));
    }
}
