package dev.ecsplatform.config;

import dev.ecsplatform.testing.ConfigProblems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.LongStream;


/**
 * ARNs from the wrong place, over the class: from each seed a stack region in one of three partitions, a secret
 * (Secrets Manager or SSM), maybe a KMS key, a task role policy and a certificate, each with a partition and a
 * region drawn independently (a zone where a region belongs included). The oracle: an ARN is usable when its
 * partition is the stack's and its region field is a region of that partition; a key must share its secret's
 * partition and region. Every unusable one is refused at its own key path; nothing else is reported.
 */
class ArnPlacementStacksTest {

    private static final List<String> REGIONS = List.of("us-east-1", "eu-west-1", "cn-north-1", "cn-northwest-1",
            "us-gov-west-1", "us-gov-east-1");
    private static final List<String> PARTITIONS = List.of("aws", "aws-cn", "aws-us-gov");
    private static final String KEY_ID = "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 400);
    }

    static String partitionOf(String region) {
        return region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
    }

    /** A partition and a region field: mostly right, sometimes another partition, region, or a zone. */
    private record Place(String partition, String region) {
        boolean usableFrom(String stackRegion) {
            return !region.matches(".*\\d[a-z]$") && partition.equals(partitionOf(stackRegion))
                    && partitionOf(region).equals(partition);
        }
    }

    private static Place place(Random random, String stackRegion) {
        var region = random.nextInt(3) == 0 ? REGIONS.get(random.nextInt(REGIONS.size())) : stackRegion;
        if (random.nextInt(6) == 0) {
            region = region + "abc".charAt(random.nextInt(3)); // a zone where the region belongs
        }
        var partition = random.nextInt(4) == 0 ? PARTITIONS.get(random.nextInt(PARTITIONS.size())) : partitionOf(stackRegion);
        return new Place(partition, region);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyArnTheStackCannotReachIsRefusedAtItsPath(long seed) {
        var random = new Random(seed);
        var region = REGIONS.get(random.nextInt(REGIONS.size()));
        var expected = new TreeSet<String>();
        var service = "ecs-platform:services.web";

        var secret = place(random, region);
        boolean ssm = random.nextBoolean();
        var secretArn = ssm ? "arn:%s:ssm:%s:123456789012:parameter/db".formatted(secret.partition(), secret.region())
                : "arn:%s:secretsmanager:%s:123456789012:secret:db".formatted(secret.partition(), secret.region());
        String secretYaml;
        boolean withKey = random.nextBoolean();
        if (withKey) {
            var key = random.nextBoolean() ? secret : place(random, region);
            var keyArn = "arn:%s:kms:%s:123456789012:key/%s".formatted(key.partition(), key.region(), KEY_ID);
            secretYaml = "{from: \"%s\", kmsKey: \"%s\"}".formatted(secretArn, keyArn);
            if (!secret.usableFrom(region)) {
                expected.add(service + ".secrets.DB.from");
            }
            if (!key.usableFrom(region)) {
                expected.add(service + ".secrets.DB.kmsKey");
            } else if (secret.usableFrom(region) && !key.equals(secret)) {
                expected.add(service + ".secrets.DB.kmsKey"); // both reachable, but a key of another region
            }
        } else {
            secretYaml = "\"" + secretArn + "\"";
            if (!secret.usableFrom(region)) {
                expected.add(service + ".secrets.DB");
            }
        }
        var policyPartition = random.nextInt(4) == 0 ? PARTITIONS.get(random.nextInt(PARTITIONS.size())) : partitionOf(region);
        if (!policyPartition.equals(partitionOf(region))) {
            expected.add(service + ".taskRolePolicies[0]");
        }
        var lines = new ArrayList<String>(List.of(
                "config:",
                "  aws:region: " + region,
                "  ecs-platform:namespace: dev.internal",
                "  ecs-platform:protect: false",
                "  ecs-platform:services:",
                "    web:",
                "      image: \"nginx:1.27\"",
                "      port: 8080",
                "      secrets: {DB: " + secretYaml + "}",
                "      taskRolePolicies: [\"arn:" + policyPartition + ":iam::aws:policy/AmazonS3ReadOnlyAccess\"]"));
        var yaml = String.join("\n", lines) + "\n";

        ConfigProblems.assertPathsOrValid(yaml, expected);
    }
}
