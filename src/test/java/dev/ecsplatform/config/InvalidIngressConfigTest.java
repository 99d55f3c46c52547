package dev.ecsplatform.config;

import dev.ecsplatform.testing.ConfigProblems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad public entries: each yields exactly the problem named. */
class InvalidIngressConfigTest {

    record Case(String name, String yaml, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String CERT = "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789";

    static Stream<Case> cases() {
        return Stream.of(
                new Case("public service without a certificate", """
                          ecs-platform:services:
                            web: {image: "nginx:1.27", port: 80, public: {hosts: [www.example.com], priority: 1}}
                        """,
                        "ecs-platform:ingress.certificateArn: got nothing; expected an ACM certificate ARN for the HTTPS listener, because [web] face the internet (or allowPlainHttp: true, which only an unprotected environment may set)"),
                new Case("plain HTTP in a protected environment (prod)", """
                          ecs-platform:protect: true
                          ecs-platform:ingress: {allowPlainHttp: true}
                          ecs-platform:services:
                            web: {image: "nginx:1.27", port: 80, public: {hosts: [www.example.com], priority: 1}}
                        """,
                        "ecs-platform:ingress.allowPlainHttp: got true; expected false in a protected environment (protect: true): it serves the internet over HTTPS only"),
                new Case("gRPC service behind the plain-HTTP listener", """
                          ecs-platform:protect: false
                          ecs-platform:ingress: {allowPlainHttp: true}
                          ecs-platform:services:
                            web: {image: "nginx:1.27", port: 80, protocol: grpc, public: {hosts: [www.example.com], priority: 1}}
                        """,
                        "ecs-platform:services.web.protocol: got \"grpc\"; expected http for a public service behind the plain-HTTP listener (allowPlainHttp): the load balancer forwards to HTTP/2 and gRPC targets only from an HTTPS listener; set ingress.certificateArn, or make web private"),
                new Case("HTTP/2 service behind the plain-HTTP listener", """
                          ecs-platform:protect: false
                          ecs-platform:ingress: {allowPlainHttp: true}
                          ecs-platform:services:
                            web: {image: "nginx:1.27", port: 80, protocol: http2, public: {hosts: [www.example.com], priority: 1}}
                        """,
                        "ecs-platform:services.web.protocol: got \"http2\"; expected http for a public service behind the plain-HTTP listener (allowPlainHttp): the load balancer forwards to HTTP/2 and gRPC targets only from an HTTPS listener; set ingress.certificateArn, or make web private"),
                new Case("plain HTTP beside a certificate", """
                          ecs-platform:protect: false
                          ecs-platform:ingress: {allowPlainHttp: true, certificateArn: %s}
                        """.formatted(CERT),
                        "ecs-platform:ingress.allowPlainHttp: got true; expected false when a certificate is given (HTTP then only redirects to HTTPS)"),
                new Case("certificate of another region", """
                          ecs-platform:ingress: {certificateArn: "arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789"}
                        """,
                        "ecs-platform:ingress.certificateArn: got \"arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789\"; expected an ACM certificate ARN in the stack's region, arn:aws:acm:us-east-1:<account>:certificate/<id> (a load balancer can only use a certificate of its own region)"),
                new Case("weak TLS policy", """
                          ecs-platform:ingress: {certificateArn: %s, sslPolicy: ELBSecurityPolicy-2016-08}
                        """.formatted(CERT),
                        "ecs-platform:ingress.sslPolicy: got \"ELBSecurityPolicy-2016-08\"; expected a TLS 1.2+ policy: one of ELBSecurityPolicy-TLS13-1-2-2021-06, ELBSecurityPolicy-TLS13-1-2-Res-2021-06, ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06, ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06, ELBSecurityPolicy-TLS13-1-3-2021-06, ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04, ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04, ELBSecurityPolicy-FS-1-2-Res-2020-10, ELBSecurityPolicy-TLS-1-2-Ext-2018-06"),
                new Case("desync mitigation that only monitors", """
                          ecs-platform:ingress: {certificateArn: %s, desyncMitigationMode: monitor}
                        """.formatted(CERT),
                        "ecs-platform:ingress.desyncMitigationMode: got \"monitor\"; expected one of defensive, strictest"),
                new Case("allowed block that is not a block", """
                          ecs-platform:ingress: {certificateArn: %s, allowedCidrs: [203.0.113.7/24]}
                        """.formatted(CERT),
                        "ecs-platform:ingress.allowedCidrs[0]: got \"203.0.113.7/24\"; expected an IPv4 CIDR block such as 203.0.113.0/24 (host bits are set) (did you mean \"203.0.113.0/24\"?)"),
                new Case("idle timeout out of range", """
                          ecs-platform:ingress: {certificateArn: %s, idleTimeoutSeconds: 5000}
                        """.formatted(CERT),
                        "ecs-platform:ingress.idleTimeoutSeconds: got 5000; expected an integer from 1 to 4000"),
                new Case("public block on a client-only service", """
                          ecs-platform:ingress: {certificateArn: %s}
                          ecs-platform:services:
                            worker: {image: "nginx:1.27", public: {paths: ["/*"], priority: 1}}
                        """.formatted(CERT),
                        "ecs-platform:services.worker.public: got {\"paths\":[\"/*\"],\"priority\":1}; expected no public block on a client-only service: it has no port to serve"),
                new Case("public block on a TCP service", """
                          ecs-platform:ingress: {certificateArn: %s}
                          ecs-platform:services:
                            db: {image: "postgres:16", port: 5432, protocol: tcp, public: {paths: ["/*"], priority: 1}}
                        """.formatted(CERT),
                        "ecs-platform:services.db.public: got {\"paths\":[\"/*\"],\"priority\":1}; expected an HTTP, HTTP/2 or gRPC service: an Application Load Balancer does not serve plain TCP"),
                new Case("public block with neither hosts nor paths", """
                          ecs-platform:ingress: {certificateArn: %s}
                          ecs-platform:services:
                            web: {image: "nginx:1.27", port: 80, public: {priority: 1}}
                        """.formatted(CERT),
                        "ecs-platform:services.web.public: got {\"priority\":1}; expected hosts and/or paths: which requests reach this service"),
                new Case("public block without a priority", """
                          ecs-platform:ingress: {certificateArn: %s}
                          ecs-platform:services:
                            web: {image: "nginx:1.27", port: 80, public: {hosts: [www.example.com]}}
                        """.formatted(CERT),
                        "ecs-platform:services.web.public.priority: got nothing; expected the listener rule priority, 1–50000, unique among public services (lower wins)"),
                new Case("two rules with one priority", """
                          ecs-platform:ingress: {certificateArn: %s}
                          ecs-platform:services:
                            web: {image: "nginx:1.27", port: 80, public: {hosts: [www.example.com], priority: 5}}
                            api: {image: "nginx:1.27", port: 81, public: {hosts: [api.example.com], priority: 5}}
                        """.formatted(CERT),
                        "ecs-platform:services.web.public.priority: got 5; expected a priority no other public service uses (api has 5)"),
                new Case("overlapping rules: one hides the other", """
                          ecs-platform:ingress: {certificateArn: %s}
                          ecs-platform:services:
                            web: {image: "nginx:1.27", port: 80, public: {paths: ["/*"], priority: 1}}
                            api: {image: "nginx:1.27", port: 81, public: {paths: ["/api/*"], priority: 2}}
                        """.formatted(CERT),
                        "ecs-platform:services.api.public: got {\"paths\":[\"/api/*\"],\"priority\":2}; expected a rule that can match something: web's rule (priority 1) takes every request this one would, so it would never be used"),
                new Case("wildcard host hides a concrete one", """
                          ecs-platform:ingress: {certificateArn: %s}
                          ecs-platform:services:
                            web: {image: "nginx:1.27", port: 80, public: {hosts: ["*.example.com"], priority: 1}}
                            api: {image: "nginx:1.27", port: 81, public: {hosts: [api.example.com], paths: ["/v1/*"], priority: 2}}
                        """.formatted(CERT),
                        "ecs-platform:services.api.public: got {\"hosts\":[\"api.example.com\"],\"paths\":[\"/v1/*\"],\"priority\":2}; expected a rule that can match something: web's rule (priority 1) takes every request this one would, so it would never be used"),
                new Case("path that does not start with a slash", """
                          ecs-platform:ingress: {certificateArn: %s}
                          ecs-platform:services:
                            web: {image: "nginx:1.27", port: 80, public: {paths: ["api/*"], priority: 1}}
                        """.formatted(CERT),
                        "ecs-platform:services.web.public.paths[0]: got \"api/*\"; expected a path pattern starting with / (at most 128 characters of letters, digits and _-.$/~\"'@:+*?&)"),
                new Case("uppercase host", """
                          ecs-platform:ingress: {certificateArn: %s}
                          ecs-platform:services:
                            web: {image: "nginx:1.27", port: 80, public: {hosts: [WWW.Example.com], priority: 1}}
                        """.formatted(CERT),
                        "ecs-platform:services.web.public.hosts[0]: got \"WWW.Example.com\"; expected a lowercase host name such as api.example.com or *.example.com"),
                new Case("too many conditions for one rule", """
                          ecs-platform:ingress: {certificateArn: %s}
                          ecs-platform:services:
                            web: {image: "nginx:1.27", port: 80, public: {hosts: [a.example.com, b.example.com, c.example.com], paths: ["/a", "/b", "/c"], priority: 1}}
                        """.formatted(CERT),
                        "ecs-platform:services.web.public: got {\"hosts\":[\"a.example.com\",\"b.example.com\",\"c.example.com\"],\"paths\":[\"/a\",\"/b\",\"/c\"],\"priority\":1}; expected at most 5 hosts and paths together (a load balancer rule limit)"),
                new Case("health check path without a slash", """
                          ecs-platform:ingress: {certificateArn: %s}
                          ecs-platform:services:
                            web: {image: "nginx:1.27", port: 80, public: {hosts: [www.example.com], priority: 1, healthCheckPath: healthz}}
                        """.formatted(CERT),
                        "ecs-platform:services.web.public.healthCheckPath: got \"healthz\"; expected a path starting with /, such as /healthz"),
                new Case("service named like a platform resource", """
                          ecs-platform:services:
                            alb: {image: "nginx:1.27", port: 80}
                        """,
                        "ecs-platform:services.alb: got the name \"alb\"; expected a name other than alb, endpoints, default, public, private (the platform uses them for its own resources)"),
                new Case("access logs kept too long", """
                          ecs-platform:ingress: {certificateArn: %s, accessLogRetentionDays: 5000}
                        """.formatted(CERT),
                        "ecs-platform:ingress.accessLogRetentionDays: got 5000; expected an integer from 1 to 3650"),
                new Case("deregistration delay out of range", """
                          ecs-platform:ingress: {certificateArn: %s}
                          ecs-platform:services:
                            web: {image: "nginx:1.27", port: 80, public: {hosts: [www.example.com], priority: 1, deregistrationDelaySeconds: 4000}}
                        """.formatted(CERT),
                        "ecs-platform:services.web.public.deregistrationDelaySeconds: got 4000; expected an integer from 0 to 3600"),
                new Case("grace period out of range", """
                          ecs-platform:ingress: {certificateArn: %s}
                          ecs-platform:services:
                            web: {image: "nginx:1.27", port: 80, public: {hosts: [www.example.com], priority: 1, healthCheckGracePeriodSeconds: -1}}
                        """.formatted(CERT),
                        "ecs-platform:services.web.public.healthCheckGracePeriodSeconds: got -1; expected an integer from 0 to 3600"),
                new Case("acceptance of an unknown control", """
                          ecs-platform:acceptedFindings:
                            ELB.99: {reason: "we really want this one"}
                        """,
                        "ecs-platform:acceptedFindings.ELB.99: got the control \"ELB.99\"; expected a control the plan checks: CloudWatch.16, EC2.15, EC2.18, EC2.19, EC2.2, EC2.6, ECS.12, ECS.17, ECS.2, ECS.20, ECS.3, ECS.4, ECS.5, ECS.8, ECS.9, ELB.1, ELB.12, ELB.4, ELB.5, ELB.6, IAM.1, IAM.21, OBS.1, OBS.2, PLAT.1, PLAT.2, PLAT.3, PLAT.4, PLAT.5 (did you mean \"ELB.12\"?)"),
                new Case("acceptance without a reason", """
                          ecs-platform:acceptedFindings:
                            ECS.12: {resources: [ecs-platform-dev-cluster]}
                        """,
                        "ecs-platform:acceptedFindings.ECS.12.reason: got nothing; expected a sentence saying why this finding is acceptable here (at least 10 characters): an acceptance without a reason is not one"),
                new Case("misspelt ingress key", """
                          ecs-platform:ingress: {certificateArn: %s, certificate: x}
                        """.formatted(CERT),
                        "ecs-platform:ingress.certificate: got an unknown key; expected one of certificateArn, allowPlainHttp, allowedCidrs, idleTimeoutSeconds, accessLogRetentionDays, sslPolicy, desyncMitigationMode (did you mean \"certificateArn\"?)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheOneProblemWithPathValueAndExpectation(Case c) {
        var yaml = "config:\n  aws:region: us-east-1\n  ecs-platform:namespace: dev.internal\n"
                + (c.yaml().contains("ecs-platform:protect") ? "" : "  ecs-platform:protect: false\n")
                + "  ecs-platform:observability: {subscribers: none}\n" + c.yaml();

        assertThat(ConfigProblems.of(yaml)).isEqualTo(List.of(c.expected()));
    }
}
