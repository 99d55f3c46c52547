package dev.ecsplatform.bootstrap.policy;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyJsonTest {

    @Test
    void writesCompactIamJsonWithSingleValuesAsStringsAndConditionsGroupedByOperator() {
        var document = PolicyDocument.of(
                Statement.allow("Read", List.of("ec2:Describe*"), List.of("*")),
                Statement.allow("Pass", List.of("iam:PassRole", "iam:GetRole"), List.of("arn:aws:iam::1:role/x-*"),
                        Condition.stringEquals("iam:PassedToService", "ecs-tasks.amazonaws.com"),
                        Condition.stringLike("aws:userid", "A*", "B?"),
                        Condition.stringEquals("aws:RequestedRegion", "eu-west-1")),
                Statement.trust("Trust", "arn:aws:iam::1:oidc-provider/issuer", "sts:AssumeRoleWithWebIdentity"));

        assertThat(PolicyJson.write(document)).isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"Read\",\"Effect\":\"Allow\",\"Action\":\"ec2:Describe*\",\"Resource\":\"*\"},"
                + "{\"Sid\":\"Pass\",\"Effect\":\"Allow\",\"Action\":[\"iam:PassRole\",\"iam:GetRole\"],"
                + "\"Resource\":\"arn:aws:iam::1:role/x-*\",\"Condition\":{"
                + "\"StringEquals\":{\"iam:PassedToService\":\"ecs-tasks.amazonaws.com\","
                + "\"aws:RequestedRegion\":\"eu-west-1\"},"
                + "\"StringLike\":{\"aws:userid\":[\"A*\",\"B?\"]}}},"
                + "{\"Sid\":\"Trust\",\"Effect\":\"Allow\",\"Principal\":{\"Federated\":"
                + "\"arn:aws:iam::1:oidc-provider/issuer\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\"}]}");
    }

    @Test
    void refusesTwoConditionsOnOneKeyUnderOneOperator() {
        var document = PolicyDocument.of(Statement.allow("Twice", List.of("s3:GetObject"), List.of("*"),
                Condition.stringEquals("aws:PrincipalTag/team", "a"),
                Condition.stringEquals("aws:PrincipalTag/team", "b")));

        assertThatThrownBy(() -> PolicyJson.write(document))
                .hasMessage("statement Twice repeats condition StringEquals aws:PrincipalTag/team");
    }

    @Test
    void refusesAStatementWithoutActionsOrWithNeitherResourceNorPrincipal() {
        assertThatThrownBy(() -> Statement.allow("None", List.of(), List.of("*")))
                .hasMessage("statement None allows no action");
        assertThatThrownBy(() -> Statement.allow("Nowhere", List.of("s3:GetObject"), List.of()))
                .hasMessage("statement Nowhere needs either resources or a principal");
    }
}
