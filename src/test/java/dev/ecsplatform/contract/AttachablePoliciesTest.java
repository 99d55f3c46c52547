package dev.ecsplatform.contract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AttachablePoliciesTest {

    @Test
    void aStackMayAttachTheCataloguedAwsManagedPoliciesInAnyPartition() {
        assertThat(List.of("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
                "arn:aws-us-gov:iam::aws:policy/AmazonS3ReadOnlyAccess",
                "arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess",
                "arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess")).allMatch(AttachablePolicies::isAttachable);
        assertThat(AttachablePolicies.awsManaged("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess").orElseThrow()
                .taskActions()).contains("s3:Get*", "s3:List*");
    }

    @Test
    void noOtherAwsManagedPolicyAndNoneOfTheBootstraps() {
        assertThat(List.of("arn:aws:iam::aws:policy/AdministratorAccess", "arn:aws:iam::aws:policy/AmazonS3FullAccess",
                "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy",
                "arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/service-role/AmazonS3ReadOnlyAccess",
                "arn:aws:iam::123456789012:policy/bootstrap/ecs-platform-dev-permissions-boundary",
                "arn:aws:iam::123456789012:policy/bootstrap/x/y", "AmazonS3ReadOnlyAccess", "arn:aws:iam::12:policy/x"))
                .noneMatch(AttachablePolicies::isAttachable);
    }

    @Test
    void theAccountsOwnCustomerManagedPoliciesAreAttachable() {
        assertThat(List.of("arn:aws:iam::123456789012:policy/orders-reads-bucket",
                "arn:aws:iam::123456789012:policy/teams/orders/reads-bucket",
                "arn:aws:iam::123456789012:policy/bootstrapped")).allMatch(AttachablePolicies::isAttachable);
    }

    @Test
    void theDeployPolicyPatternsFollowTheCatalogue() {
        var account = new AwsAccount("aws", "123456789012");

        assertThat(AttachablePolicies.arnPatterns(account)).containsExactly(
                "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
                "arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess",
                "arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess",
                "arn:aws:iam::123456789012:policy/*");
        assertThat(AttachablePolicies.bootstrapPolicies(account)).isEqualTo("arn:aws:iam::123456789012:policy/bootstrap/*");
    }
}
