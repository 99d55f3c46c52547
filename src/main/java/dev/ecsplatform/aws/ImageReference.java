package dev.ecsplatform.aws;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A container image reference, split as Docker does: {@code [registry/]repository[:tag][@digest]}.
 *
 * @param registry   the registry host; {@code docker.io} when none is written
 * @param repository the repository path
 * @param tag        the tag, if written
 * @param digest     the {@code sha256:...} digest, if written
 */
public record ImageReference(String registry, String repository, Optional<String> tag, Optional<String> digest) {

    private static final Pattern REFERENCE = Pattern.compile(
            "(?:(?<registry>[a-zA-Z0-9.-]+(?::\\d+)?)/)?(?<repository>[a-z0-9]+(?:[._-]+[a-z0-9]+|/[a-z0-9]+)*)"
                    + "(?::(?<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@(?<digest>sha256:[a-f0-9]{64}))?");
    private static final Pattern PRIVATE_ECR = Pattern.compile("(\\d{12})\\.dkr\\.ecr\\.([a-z0-9-]+)\\.amazonaws\\.com(\\.cn)?");

    public static Optional<ImageReference> parse(String text) {
        var m = REFERENCE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        var registry = m.group("registry");
        var repository = m.group("repository");
        // A first component without a dot, a port or "localhost" is part of a Docker Hub repository path.
        if (registry != null && !registry.contains(".") && !registry.contains(":") && !registry.equals("localhost")) {
            if (!registry.matches("[a-z0-9]+(?:[._-]+[a-z0-9]+)*")) {
                return Optional.empty();
            }
            repository = registry + "/" + repository;
            registry = null;
        }
        return Optional.of(new ImageReference(registry == null ? "docker.io" : registry, repository,
                Optional.ofNullable(m.group("tag")), Optional.ofNullable(m.group("digest"))));
    }

    /** True when the reference can point at different images over time: no digest and no tag, or {@code latest}. */
    public boolean isMutable() {
        return digest.isEmpty() && tag.map(t -> t.equals("latest")).orElse(true);
    }

    /** True for the private ECR registry of this account's region, which the VPC endpoints reach without NAT. */
    public boolean isPrivateEcrIn(String region) {
        var m = PRIVATE_ECR.matcher(registry);
        return m.matches() && m.group(2).equals(region);
    }

    /** The ECR repository ARN the execution role may pull from, for private ECR images. */
    public Optional<String> ecrRepositoryArn() {
        var m = PRIVATE_ECR.matcher(registry);
        if (!m.matches()) {
            return Optional.empty();
        }
        var partition = m.group(3) == null ? "aws" : "aws-cn";
        return Optional.of("arn:" + partition + ":ecr:" + m.group(2) + ":" + m.group(1) + ":repository/" + repository);
    }
}
