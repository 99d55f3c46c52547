package dev.ecsplatform.aws;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SecretReferenceTest {

    @Test
    void secretsManagerArnsAreScopedWithAndWithoutTheRandomSuffix() {
        var secret = SecretReference.parse("arn:aws:secretsmanager:us-east-1:123456789012:secret:db/password").orElseThrow();
        assertThat(secret.secretsManager()).isTrue();
        assertThat(secret.iamResources()).containsExactly(
                "arn:aws:secretsmanager:us-east-1:123456789012:secret:db/password",
                "arn:aws:secretsmanager:us-east-1:123456789012:secret:db/password-??????");
    }

    @Test
    void aJsonKeyReferenceIsGrantedOnTheSecretItself() {
        var secret = SecretReference.parse(
                "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password::").orElseThrow();
        assertThat(secret.arn()).endsWith(":password::");
        assertThat(secret.iamResources()).containsExactly(
                "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf",
                "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf-??????");
    }

    @Test
    void parametersAreScopedToTheirArn() {
        var parameter = SecretReference.parse("arn:aws:ssm:eu-west-1:123456789012:parameter/app/token").orElseThrow();
        assertThat(parameter.secretsManager()).isFalse();
        assertThat(parameter.iamResources()).isEqualTo(List.of("arn:aws:ssm:eu-west-1:123456789012:parameter/app/token"));
    }

    @Test
    void anythingElseIsRejected() {
        assertThat(SecretReference.parse("arn:aws:s3:::bucket/key")).isEmpty();
        assertThat(SecretReference.parse("arn:aws:secretsmanager:us-east-1:12345:secret:x")).isEmpty();
        assertThat(SecretReference.parse("my-secret")).isEmpty();
    }
}
