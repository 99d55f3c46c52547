package dev.ecsplatform.aws;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ImageReferenceTest {

    @Test
    void splitsRegistryRepositoryTagAndDigest() {
        assertThat(ImageReference.parse("123456789012.dkr.ecr.us-east-1.amazonaws.com/team/orders:1.4.2")).hasValue(
                new ImageReference("123456789012.dkr.ecr.us-east-1.amazonaws.com", "team/orders", Optional.of("1.4.2"), Optional.empty()));
        assertThat(ImageReference.parse("nginx")).hasValue(
                new ImageReference("docker.io", "nginx", Optional.empty(), Optional.empty()));
        assertThat(ImageReference.parse("bitnami/redis:7")).hasValue(
                new ImageReference("docker.io", "bitnami/redis", Optional.of("7"), Optional.empty()));
        assertThat(ImageReference.parse("localhost:5000/app@sha256:" + "a".repeat(64)).orElseThrow().digest())
                .hasValue("sha256:" + "a".repeat(64));
    }

    @Test
    void mutableMeansLatestOrUntaggedWithoutDigest() {
        assertThat(ImageReference.parse("nginx").orElseThrow().isMutable()).isTrue();
        assertThat(ImageReference.parse("nginx:latest").orElseThrow().isMutable()).isTrue();
        assertThat(ImageReference.parse("nginx:1.27").orElseThrow().isMutable()).isFalse();
        assertThat(ImageReference.parse("nginx@sha256:" + "0".repeat(64)).orElseThrow().isMutable()).isFalse();
    }

    @Test
    void recognisesThisRegionsPrivateEcr() {
        var image = ImageReference.parse("123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:2").orElseThrow();
        assertThat(image.isPrivateEcrIn("eu-west-1")).isTrue();
        assertThat(image.isPrivateEcrIn("us-east-1")).isFalse();
        assertThat(image.ecrRepositoryArn()).hasValue("arn:aws:ecr:eu-west-1:123456789012:repository/web");
        assertThat(ImageReference.parse("public.ecr.aws/nginx/nginx:1").orElseThrow().ecrRepositoryArn()).isEmpty();
    }

    @Test
    void rejectsWhatDockerWouldReject() {
        assertThat(ImageReference.parse("Bad Image!")).isEmpty();
        assertThat(ImageReference.parse("UPPER/case:1")).isEmpty();
        assertThat(ImageReference.parse("")).isEmpty();
    }
}
