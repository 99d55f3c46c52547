package dev.ecsplatform.config;

import dev.ecsplatform.configkit.ConfigNode;
import dev.ecsplatform.configkit.DidYouMean;
import dev.ecsplatform.configkit.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which keys a stack's configuration may hold: this project's, the AWS provider's and the few Pulumi reads
 * itself. Anything else is a mistake (e.g. {@code ecs-platfrom:protect}, which Pulumi would hand to nobody).
 */
final class ConfigKeys {

    static final String AWS = "aws";
    static final String PULUMI = "pulumi";

    /**
     * The AWS provider's configuration keys: the getters of {@code com.pulumi.aws.Config} in com.pulumi:aws
     * 6.83.0 ({@code ConfigKeysTest} keeps this list equal to them).
     */
    static final List<String> AWS_KEYS = List.of(
            "accessKey", "allowedAccountIds", "assumeRole", "assumeRoleWithWebIdentity", "customCaBundle",
            "defaultTags", "ec2MetadataServiceEndpoint", "ec2MetadataServiceEndpointMode", "endpoints",
            "forbiddenAccountIds", "httpProxy", "httpsProxy", "ignoreTags", "insecure", "maxRetries", "noProxy",
            "profile", "region", "retryMode", "s3UsEast1RegionalEndpoint", "s3UsePathStyle", "secretKey",
            "sharedConfigFiles", "sharedCredentialsFiles", "skipCredentialsValidation", "skipMetadataApiCheck",
            "skipRegionValidation", "skipRequestingAccountId", "stsRegion", "token", "tokenBucketRateLimiterCapacity",
            "useDualstackEndpoint", "useFipsEndpoint");

    /**
     * Keys of the {@code pulumi:} namespace that Pulumi itself reads from stack configuration (pulumi/pulumi:
     * {@code pulumi:template} written by {@code pulumi new}, {@code pulumi:tags} stack tags,
     * {@code pulumi:disable-default-providers}, {@code pulumi:autonaming}).
     */
    static final List<String> PULUMI_KEYS = List.of("autonaming", "disable-default-providers", "tags", "template");

    private ConfigKeys() {
    }

    /**
     * The key as Pulumi reads it (sdk/go/common/resource/config/key.go {@code ParseKey} and workspace/loaders.go
     * {@code stackConfigNamespacedWithProject}): {@code name} belongs to the project, {@code ns:name} is kept,
     * the old {@code ns:config:name} is {@code ns:name}; anything else is not a key.
     */
    static Optional<String> normalize(String key, String project) {
        var parts = key.split(":", -1);
        return switch (parts.length) {
            case 1 -> Optional.of(project + ":" + key);
            case 2 -> Optional.of(key);
            case 3 -> parts[1].equals("config") && !parts[0].isEmpty() && !parts[2].isEmpty()
                    ? Optional.of(parts[0] + ":" + parts[2]) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Reports every key that no one reads, with the closest known key. */
    static void check(String project, Set<String> keys, List<String> projectKeys, Problems problems) {
        var known = new ArrayList<String>();
        projectKeys.forEach(k -> known.add(project + ":" + k));
        AWS_KEYS.forEach(k -> known.add(AWS + ":" + k));
        PULUMI_KEYS.forEach(k -> known.add(PULUMI + ":" + k));
        for (var key : keys) {
            int colon = key.indexOf(':');
            var namespace = colon < 0 ? "" : key.substring(0, colon);
            var name = key.substring(colon + 1);
            if (namespace.equals(project)) {
                if (!projectKeys.contains(name)) {
                    problems.add(key, "an unknown key", "one of " + String.join(", ", projectKeys),
                            DidYouMean.hint(name, projectKeys));
                }
            } else if (namespace.equals(AWS)) {
                if (!AWS_KEYS.contains(name)) {
                    problems.add(key, "an unknown key of the AWS provider", "one of " + String.join(", ", AWS_KEYS),
                            DidYouMean.hint(name, AWS_KEYS));
                }
            } else if (namespace.equals(PULUMI)) {
                if (!PULUMI_KEYS.contains(name)) {
                    problems.add(key, "an unknown key of Pulumi's own", "one of " + String.join(", ", PULUMI_KEYS),
                            DidYouMean.hint(name, PULUMI_KEYS));
                }
            } else {
                problems.add(key, "a key in the namespace " + ConfigNode.quote(namespace) + ", which nothing reads",
                        "a key under " + project + ": (this program), " + AWS + ": (the AWS provider) or "
                                + PULUMI + ": (Pulumi itself)", DidYouMean.hint(key, known));
            }
        }
    }
}
