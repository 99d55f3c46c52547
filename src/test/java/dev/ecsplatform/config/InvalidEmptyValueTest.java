package dev.ecsplatform.config;

import dev.ecsplatform.testing.ConfigProblems;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;

import static dev.ecsplatform.testing.ConfigProblems.ECR;
import static dev.ecsplatform.testing.ConfigProblems.VALID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Defect class 3: nulls, empty strings and empty lists were dropped or taken as absent. Each is now either
 * meaningful and documented (an empty environment value, no calls) or an error at its key path.
 */
class InvalidEmptyValueTest {

    private static final String NULL_FIELD = "null does not mean absent: leave the key out to use its default";
    private static final String NULL_ITEM = "a list item cannot be null: remove it";

    @Test
    void aServiceWhoseValueIsNullIsRefusedNotDropped() {
        var yaml = VALID.replace("    orders:\n      image: \"" + ECR + "/orders:1.0.0\"\n      port: 8080\n", "    orders: ~\n");
        // worker calls orders: it is not told that orders does not exist (the root problem is said once).
        assertThat(ConfigProblems.of(yaml)).containsExactly(
                "ecs-platform:services.orders: got null; expected a mapping of service settings (" + NULL_FIELD + ")");
    }

    @Test
    void aClientWhoseValueIsNullIsRefused() {
        assertThat(ConfigProblems.of(VALID + "  ecs-platform:externalClients:\n    erp:\n")).containsExactly(
                "ecs-platform:externalClients.erp: got null; expected a mapping with keys securityGroupIds, cidrs, calls (" + NULL_FIELD + ")");
    }

    @Test
    void aNullKeyIsNotAServiceNamedNull() {
        var yaml = VALID + "  ecs-platform:externalClients:\n    ~: {cidrs: [10.0.1.0/24], calls: [orders]}\n";
        assertThat(ConfigProblems.of(yaml)).containsExactly(
                "ecs-platform:externalClients.~: got the key ~ (line 13), which YAML reads as null; expected text keys only: "
                        + "Pulumi refuses other keys (quote it if it is a name: \"~\")");
    }

    @Test
    void aNullItemInCallsIsRefusedNotSkipped() {
        assertThat(ConfigProblems.of(VALID.replace("calls: [orders]", "calls: [orders, ~]"))).containsExactly(
                "ecs-platform:services.worker.calls[1]: got null; expected a service name (" + NULL_ITEM + ")");
    }

    @Test
    void anEmptyImageIsRefused() {
        assertThat(ConfigProblems.of(VALID.replace("\"" + ECR + "/orders:1.0.0\"", "''"))).containsExactly(
                "ecs-platform:services.orders.image: got \"\"; expected a container image reference such as "
                        + "123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2");
    }

    @Test
    void aClientAdmittedNowhereIsRefused() {
        assertThat(ConfigProblems.of(VALID + "  ecs-platform:externalClients: {erp: {securityGroupIds: [], calls: [orders]}}\n"))
                .containsExactly("ecs-platform:externalClients.erp.securityGroupIds: got []; expected at least one security "
                        + "group id (leave securityGroupIds out when cidrs admit the server)");
        assertThat(ConfigProblems.of(VALID + "  ecs-platform:externalClients: {erp: {securityGroupIds: [~], calls: [orders]}}\n"))
                .containsExactly("ecs-platform:externalClients.erp.securityGroupIds[0]: got null; expected a security group "
                        + "id such as sg-0123456789abcdef0 (" + NULL_ITEM + ")");
        assertThat(ConfigProblems.of(VALID + "  ecs-platform:externalClients: {erp: {cidrs: [], calls: [orders]}}\n"))
                .containsExactly("ecs-platform:externalClients.erp.cidrs: got []; expected at least one block (leave cidrs "
                        + "out when securityGroupIds admit the server)");
    }

    @Test
    void aNullAllowedCidrNeverOpensTheLoadBalancerToTheInternet() {
        var yaml = VALID.replace("      port: 8080\n", "      port: 8080\n      public: {paths: [/*], priority: 1}\n")
                + "  ecs-platform:ingress: {allowPlainHttp: true, allowedCidrs: [~]}\n";
        assertThat(ConfigProblems.of(yaml)).containsExactly(
                "ecs-platform:ingress.allowedCidrs[0]: got null; expected an IPv4 CIDR block such as 203.0.113.0/24 (" + NULL_ITEM + ")");
        assertThat(ConfigProblems.of(yaml.replace("allowedCidrs: [~]", "allowedCidrs: []"))).containsExactly(
                "ecs-platform:ingress.allowedCidrs: got []; expected at least one block (leave allowedCidrs out to admit everyone)");
    }

    @Test
    void aPublicRuleWithoutConditionsIsRefused() {
        var yaml = VALID.replace("      port: 8080\n", "      port: 8080\n      public: {hosts: [], priority: 1}\n")
                + "  ecs-platform:ingress: {allowPlainHttp: true}\n";
        assertThat(ConfigProblems.of(yaml)).containsExactly(
                "ecs-platform:services.orders.public.hosts: got []; expected at least one host (leave hosts out to route by path alone)");
    }

    @Test
    void emptyCommandTimeoutsAndAcceptedResourcesAreRefused() {
        var yaml = VALID.replace("      port: 8080\n", "      port: 8080\n      command: []\n      timeouts: {}\n")
                + "  ecs-platform:acceptedFindings: {ELB.6: {reason: nothing is deployed here yet, resources: []}}\n";
        assertThat(ConfigProblems.of(yaml)).containsExactly(
                "ecs-platform:acceptedFindings.ELB.6.resources: got []; expected at least one logical name (leave resources out to accept the finding for every resource)",
                "ecs-platform:services.orders.command: got []; expected at least one word (leave command out to run the image's own)",
                "ecs-platform:services.orders.timeouts: got {}; expected idleSeconds and/or perRequestSeconds (leave timeouts out for the ECS defaults)");
    }

    @Test
    void anEmptyTopLevelValueIsRefusedAsPulumiReadsIt() {
        assertThat(ConfigProblems.of(VALID.replace("ecs-platform:protect: false", "ecs-platform:protect:"))).containsExactly(
                "ecs-platform:protect: got an empty value; expected true or false (Pulumi reads an empty value as an empty "
                        + "string; leave the key out to use its default)");
    }

    @Test
    void aNullSettingInsideAServiceIsRefused() {
        assertThat(ConfigProblems.of(VALID.replace("      port: 8080\n", "      port: 8080\n      desiredCount:\n")))
                .containsExactly("ecs-platform:services.orders.desiredCount: got null; expected an integer from 0 to 1000 (" + NULL_FIELD + ")");
    }

    @Test
    void emptyCapacityProvidersAreReportedAlongsideOtherProblems() {
        var yaml = VALID + "  ecs-platform:cluster: {capacityProviders: {}}\n  ecs-platform:network: {azCount: 9}\n";
        assertThat(ConfigProblems.paths(yaml)).containsExactly("ecs-platform:cluster.capacityProviders", "ecs-platform:network.azCount");
    }

    @Test
    void meaningfulEmptiesAreAccepted() {
        // An empty environment value sets the variable to ""; an empty calls list calls nothing.
        var config = StackFiles.load(VALID.replace("      port: 8080\n", "      port: 8080\n      environment: {FLAG: ''}\n      calls: []\n"));
        assertThat(config.services().get("orders").environment()).containsEntry("FLAG", "");
        assertThat(config.services().get("orders").calls()).isEmpty();
    }
}
