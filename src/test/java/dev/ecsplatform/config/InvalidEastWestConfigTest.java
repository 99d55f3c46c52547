package dev.ecsplatform.config;

import dev.ecsplatform.testing.ConfigProblems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad Service Connect TLS and request-scaling settings: each case yields exactly the problem named, with key path,
 * value given and what is expected. Every case starts from {@code orders} (http 8080, called by {@code worker}) and
 * {@code worker} (client-only), then adds the stack-level blocks ({@code SC:}, {@code CLUSTER:}, {@code INGRESS:})
 * and service lines it names.
 */
class InvalidEastWestConfigTest {

    static final String CA = "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/3c4d5e6f-7a8b-4c9d-8e0f-3a4b5c6d7e8f";
    static final String KEY = "arn:aws:kms:us-east-1:123456789012:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";
    static final String ECR = ConfigProblems.ECR;

    record Case(String name, String yaml, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("CA ARN malformed", "SC: {tls: {certificateAuthorityArn: arn:aws:acm:us-east-1:123456789012:certificate/x}}",
                        "ecs-platform:serviceConnect.tls.certificateAuthorityArn: got \"arn:aws:acm:us-east-1:123456789012:certificate/x\"; expected an AWS Private CA ARN, arn:aws:acm-pca:<region>:<account>:certificate-authority/<id>, of the stack's region"),
                new Case("CA of another region", "SC: {tls: {certificateAuthorityArn: " + CA.replace("us-east-1", "eu-west-1") + "}}",
                        "ecs-platform:serviceConnect.tls.certificateAuthorityArn: got \"" + CA.replace("us-east-1", "eu-west-1") + "\"; expected a CA in the stack's region us-east-1, not eu-west-1 (Service Connect TLS uses a Private CA of the service's region)"),
                new Case("CA of another partition", "SC: {tls: {certificateAuthorityArn: " + CA.replace("arn:aws:", "arn:aws-cn:") + "}}",
                        "ecs-platform:serviceConnect.tls.certificateAuthorityArn: got \"" + CA.replace("arn:aws:", "arn:aws-cn:") + "\"; expected a CA of partition aws (the partition of us-east-1), not aws-cn"),
                new Case("CA missing", "SC: {tls: {kmsKeyArn: " + KEY + "}}",
                        "ecs-platform:serviceConnect.tls.certificateAuthorityArn: got nothing; expected an AWS Private CA ARN, arn:aws:acm-pca:<region>:<account>:certificate-authority/<id>, of the stack's region (the AWS Private CA, short-lived certificate mode recommended, that issues the proxies' certificates; this program does not create one)"),
                new Case("key of another account", "SC: {tls: {certificateAuthorityArn: " + CA + ", kmsKeyArn: " + KEY.replace("123456789012", "210987654321") + "}}",
                        "ecs-platform:serviceConnect.tls.kmsKeyArn: got \"" + KEY.replace("123456789012", "210987654321") + "\"; expected a key of the CA's account 123456789012 (the stack's account), not 210987654321"),
                new Case("key alias instead of a key", "SC: {tls: {certificateAuthorityArn: " + CA + ", kmsKeyArn: arn:aws:kms:us-east-1:123456789012:alias/tls}}",
                        "ecs-platform:serviceConnect.tls.kmsKeyArn: got \"arn:aws:kms:us-east-1:123456789012:alias/tls\"; expected a KMS key ARN, arn:aws:kms:<region>:<account>:key/<key-id> (a key ARN, not an alias)"),
                new Case("CA of another account than the load balancer's certificate", """
                        SC: {tls: {certificateAuthorityArn: %s}}
                        INGRESS: {certificateArn: "arn:aws:acm:us-east-1:111111111111:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789"}
                        web: {image: "%s/web:1", port: 8080, public: {hosts: [web.example.com], priority: 10}}""".formatted(CA, ECR),
                        "ecs-platform:serviceConnect.tls.certificateAuthorityArn: got \"" + CA + "\"; expected a CA of the stack's account 111111111111 (the account of ingress.certificateArn), not 123456789012"),
                new Case("tls: true on a service", """
                        SC: {tls: {certificateAuthorityArn: %s}}
                        web: {image: "%s/web:1", port: 8080, tls: true}""".formatted(CA, ECR),
                        "ecs-platform:services.web.tls: got true; expected false to opt this service out of serviceConnect.tls, or leave tls out (services follow serviceConnect.tls)"),
                new Case("tls: false without environment TLS", """
                        web: {image: "%s/web:1", port: 8080, tls: false}""".formatted(ECR),
                        "ecs-platform:services.web.tls: got false; expected no tls on a service while serviceConnect.tls is not set (nothing to opt out of); set serviceConnect.tls or remove this key"),
                new Case("requestsPerTask on tcp", """
                        cache: {image: "%s/cache:1", port: 6379, protocol: tcp, autoscaling: {min: 1, max: 3, requestsPerTask: 100}}""".formatted(ECR),
                        "ecs-platform:services.cache.autoscaling.requestsPerTask: got 100; expected no requestsPerTask for protocol tcp: Service Connect publishes RequestCount only for http, http2 and grpc ports; scale it on cpuTarget, or use one of those protocols"),
                new Case("requestsPerTask on a client-only service", """
                        job: {image: "%s/job:1", calls: [orders], autoscaling: {min: 1, max: 3, requestsPerTask: 100}}""".formatted(ECR),
                        "ecs-platform:services.job.autoscaling.requestsPerTask: got 100; expected no requestsPerTask on a client-only service: it serves no port, so no proxy or load balancer counts requests for it; scale it on cpuTarget"),
                new Case("requestsPerTask of zero", """
                        orders: {image: "%s/orders:1.0.0", port: 8080, autoscaling: {min: 2, max: 3, requestsPerTask: 0}}""".formatted(ECR),
                        "ecs-platform:services.orders.autoscaling.requestsPerTask: got 0; expected an integer from 1 to 1000000"),
                new Case("requestsPerTask without Container Insights", """
                        CLUSTER: {containerInsights: disabled}
                        orders: {image: "%s/orders:1.0.0", port: 8080, autoscaling: {min: 2, max: 3, requestsPerTask: 500}}""".formatted(ECR),
                        "ecs-platform:services.orders.autoscaling.requestsPerTask: got 500; expected cluster.containerInsights enabled or enhanced: the per-task request rate divides Service Connect's RequestCount by Container Insights' RunningTaskCount, which a cluster without Container Insights does not publish"),
                new Case("requestsPerTask on a service only standalone servers call", """
                        CLIENT: {cidrs: [10.9.0.0/24], calls: [ledger]}
                        ledger: {image: "%s/ledger:1", port: 8080, autoscaling: {min: 1, max: 3, requestsPerTask: 500}}""".formatted(ECR),
                        "ecs-platform:services.ledger.autoscaling.requestsPerTask: got 500; expected a service that ECS services or the load balancer call: only standalone servers call ledger, they bypass the Service Connect proxy, so no request count is published; scale it on cpuTarget"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheOneProblemWithPathValueAndExpectation(Case c) {
        var services = new StringBuilder();
        var extra = new StringBuilder();
        boolean ordersGiven = false;
        for (var line : c.yaml().lines().toList()) {
            if (line.startsWith("SC: ")) {
                extra.append("  ecs-platform:serviceConnect: ").append(line.substring(4)).append('\n');
            } else if (line.startsWith("CLUSTER: ")) {
                extra.append("  ecs-platform:cluster: ").append(line.substring(9)).append('\n');
            } else if (line.startsWith("INGRESS: ")) {
                extra.append("  ecs-platform:ingress: ").append(line.substring(9)).append('\n');
            } else if (line.startsWith("CLIENT: ")) {
                extra.append("  ecs-platform:externalClients:\n    erp: ").append(line.substring(8)).append('\n');
            } else {
                ordersGiven |= line.startsWith("orders:");
                services.append("    ").append(line).append('\n');
            }
        }
        if (!ordersGiven) {
            services.append("    orders: {image: \"%s/orders:1.0.0\", port: 8080}\n".formatted(ECR));
        }
        services.append("    worker: {image: \"%s/worker:1.0.0\", calls: [orders]}\n".formatted(ECR));
        var yaml = "config:\n  aws:region: us-east-1\n  ecs-platform:namespace: dev.internal\n  ecs-platform:protect: false\n"
                + "  ecs-platform:services:\n" + services + extra;

        assertThat(ConfigProblems.of(yaml)).isEqualTo(List.of(c.expected()));
    }
}
