package dev.ecsplatform.config;

import dev.ecsplatform.aws.Ipv4Cidr;
import dev.ecsplatform.configkit.ConfigNode;
import dev.ecsplatform.configkit.DidYouMean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code ecs-platform:ingress} and each service's {@code public} block. */
final class IngressReader {

    static final String DEFAULT_SSL_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";
    /** Policies that offer TLS 1.2 or newer only. */
    static final List<String> SSL_POLICIES = List.of(
            "ELBSecurityPolicy-TLS13-1-2-2021-06", "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
            "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06", "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06",
            "ELBSecurityPolicy-TLS13-1-3-2021-06", "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04",
            "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04", "ELBSecurityPolicy-FS-1-2-Res-2020-10",
            "ELBSecurityPolicy-TLS-1-2-Ext-2018-06");
    static final int MAX_CONDITION_VALUES = 5;

    private static final Pattern HOST = Pattern.compile("(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9_\\-.$/~\"'@:+*?&]{0,127}");

    private IngressReader() {
    }

    /** {@code region} is empty when the stack's region is invalid: the certificate's region is then not compared. */
    static IngressSettings read(ConfigNode node, Optional<String> region, boolean protect) {
        node.expectObject("a mapping with keys certificateArn, allowPlainHttp, allowedCidrs, idleTimeoutSeconds, "
                + "accessLogRetentionDays, sslPolicy, desyncMitigationMode");
        var certificateNode = node.field("certificateArn");
        var certificate = certificateNode.string("an ACM certificate ARN").flatMap(arn -> {
            var regionPattern = region.map(Pattern::quote).orElse("[a-z0-9-]+");
            var pattern = Pattern.compile("arn:aws(?:-cn|-us-gov)?:acm:" + regionPattern + ":\\d{12}:certificate/[0-9a-f-]{36}");
            if (!pattern.matcher(arn).matches()) {
                certificateNode.problem("an ACM certificate ARN in the stack's region, arn:aws:acm:" + region.orElse("<region>")
                        + ":<account>:certificate/<id> (a load balancer can only use a certificate of its own region)");
                return Optional.<String>empty();
            }
            var unreachable = dev.ecsplatform.aws.Arn.unreachable(arn, region);
            if (unreachable.isPresent()) {
                certificateNode.problem(unreachable.get());
                return Optional.empty();
            }
            return Optional.of(arn);
        });
        var plainNode = node.field("allowPlainHttp");
        var plain = plainNode.bool().orElse(false);
        if (plain && certificateNode.isPresent()) {
            plainNode.problem("false when a certificate is given (HTTP then only redirects to HTTPS)");
        } else if (plain && protect) {
            plainNode.problem("false in a protected environment (protect: true): it serves the internet over HTTPS only");
        }
        var cidrs = new ArrayList<String>();
        var cidrsNode = node.field("allowedCidrs");
        for (var item : cidrsNode.items("a list of IPv4 CIDR blocks")) {
            item.string("an IPv4 CIDR block such as 203.0.113.0/24").ifPresent(text -> {
                var parsed = Ipv4Cidr.parse(text);
                if (parsed.cidr().isEmpty()) {
                    item.problem("an IPv4 CIDR block such as 203.0.113.0/24 (" + parsed.error() + ")",
                            parsed.suggestion().map(s -> "did you mean \"" + s + "\"?").orElse(""));
                } else if (cidrs.contains(parsed.cidr().get().toString())) {
                    item.problem("each block once");
                } else {
                    cidrs.add(parsed.cidr().get().toString());
                }
            });
        }
        if (cidrsNode.isEmptyList()) {
            cidrsNode.problem("at least one block (leave allowedCidrs out to admit everyone)");
        }
        var idle = node.field("idleTimeoutSeconds").integer(1, 4000).orElse(60);
        var retention = node.field("accessLogRetentionDays").integer(1, 3650).orElse(365);
        var policyNode = node.field("sslPolicy");
        var policy = policyNode.string("a TLS policy name").orElse(DEFAULT_SSL_POLICY);
        if (!SSL_POLICIES.contains(policy)) {
            policyNode.problem("a TLS 1.2+ policy: one of " + String.join(", ", SSL_POLICIES),
                    DidYouMean.hint(policy, SSL_POLICIES));
            policy = DEFAULT_SSL_POLICY;
        }
        var desync = node.field("desyncMitigationMode").word("defensive", "strictest").orElse("defensive");
        node.rejectUnknownKeys();
        // Everyone only when the key is left out: a written list, even one whose items were all refused, is never
        // widened to the internet.
        return new IngressSettings(certificate, plain, cidrsNode.isPresent() ? cidrs : List.of("0.0.0.0/0"), idle,
                retention, policy, desync);
    }

    static Optional<PublicSettings> readPublic(ConfigNode node, boolean hasPort, Protocol protocol) {
        if (!node.expectObject("a mapping with keys hosts, paths, priority, healthCheckPath, "
                + "deregistrationDelaySeconds, healthCheckGracePeriodSeconds")) {
            return Optional.empty();
        }
        var hosts = new ArrayList<String>();
        var hostsNode = node.field("hosts");
        for (var item : hostsNode.items("a list of host names")) {
            item.string("a host name such as api.example.com or *.example.com").ifPresent(host -> {
                if (!HOST.matcher(host).matches() || host.length() > 128) {
                    item.problem("a lowercase host name such as api.example.com or *.example.com");
                } else if (hosts.contains(host)) {
                    item.problem("each host once");
                } else {
                    hosts.add(host);
                }
            });
        }
        var paths = new ArrayList<String>();
        var pathsNode = node.field("paths");
        for (var item : pathsNode.items("a list of path patterns")) {
            item.string("a path pattern such as /api/*").ifPresent(path -> {
                if (!PATH.matcher(path).matches()) {
                    item.problem("a path pattern starting with / (at most 128 characters of letters, digits and _-.$/~\"'@:+*?&)");
                } else if (paths.contains(path)) {
                    item.problem("each path once");
                } else {
                    paths.add(path);
                }
            });
        }
        if (hostsNode.isEmptyList()) {
            hostsNode.problem("at least one host (leave hosts out to route by path alone)");
        }
        if (pathsNode.isEmptyList()) {
            pathsNode.problem("at least one path (leave paths out to route by host alone)");
        }
        var priorityNode = node.field("priority");
        var priority = priorityNode.integer(1, 50000);
        if (!priorityNode.isPresent()) {
            priorityNode.problem("the listener rule priority, 1–50000, unique among public services (lower wins)");
        }
        var healthNode = node.field("healthCheckPath");
        var health = healthNode.string("a path such as /healthz").orElse("/");
        if (!health.startsWith("/")) {
            healthNode.problem("a path starting with /, such as /healthz");
        }
        var delay = node.field("deregistrationDelaySeconds").integer(0, 3600).orElse(30);
        var grace = node.field("healthCheckGracePeriodSeconds").integer(0, 3600).orElse(60);
        node.rejectUnknownKeys();
        if (hostsNode.isPresent() || pathsNode.isPresent()) {
            if (hosts.size() + paths.size() > MAX_CONDITION_VALUES) {
                node.problem("at most " + MAX_CONDITION_VALUES + " hosts and paths together (a load balancer rule limit)");
            }
        } else {
            node.problem("hosts and/or paths: which requests reach this service");
        }
        if (!hasPort) {
            node.problem("no public block on a client-only service: it has no port to serve");
            return Optional.empty();
        }
        if (protocol == Protocol.TCP) {
            node.problem("an HTTP, HTTP/2 or gRPC service: an Application Load Balancer does not serve plain TCP");
            return Optional.empty();
        }
        return priority.map(p -> new PublicSettings(hosts, paths, p, health, delay, grace));
    }
}
