package dev.ecsplatform.config;

import dev.ecsplatform.configkit.ConfigNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Rules across the public services: the load balancer needs HTTPS (or an explicit plain-HTTP
 * opt-in), and the listener rules must neither collide nor hide one another.
 */
final class PublicEntryChecks {

    private PublicEntryChecks() {
    }

    static void check(SortedMap<String, ServiceSettings> services, Map<String, ConfigNode> serviceNodes,
                      IngressSettings ingress, ConfigNode ingressNode) {
        var exposed = services.values().stream().filter(s -> s.publicEntry().isPresent())
                .sorted(Comparator.comparingInt((ServiceSettings s) -> s.publicEntry().get().priority())
                        .thenComparing(ServiceSettings::name))
                .toList();
        if (exposed.isEmpty()) {
            return;
        }
        // After a problem in ingress (a bad allowPlainHttp, say) the missing certificate would only echo it.
        if (!ingress.https() && !ingress.allowPlainHttp() && !ingressNode.field("certificateArn").isPresent()
                && !ingressNode.hasProblem()) {
            ingressNode.field("certificateArn").problem("an ACM certificate ARN for the HTTPS listener, because "
                    + exposed.stream().map(ServiceSettings::name).toList() + " face the internet "
                    + "(or allowPlainHttp: true, which only an unprotected environment may set)");
        }
        // Only behind a plain-HTTP listener the user chose: without a valid certificate for another reason (a
        // refused or missing certificateArn), that reason is the one problem to report.
        if (!ingress.https() && !ingressNode.hasProblem()) {
            // ELB user guide, "Target groups for your Application Load Balancers", protocol version: HTTP/2 and gRPC
            // target groups are forwarded to only from HTTPS listeners.
            exposed.stream().filter(s -> s.protocol() == Protocol.HTTP2 || s.protocol() == Protocol.GRPC)
                    .forEach(s -> serviceNodes.get(s.name()).field("protocol").problem("http for a public service "
                            + "behind the plain-HTTP listener (allowPlainHttp): the load balancer forwards to HTTP/2 "
                            + "and gRPC targets only from an HTTPS listener; set ingress.certificateArn, or make "
                            + s.name() + " private"));
        }
        var earlier = new ArrayList<ServiceSettings>();
        for (var service : exposed) {
            var entry = service.publicEntry().get();
            var node = serviceNodes.get(service.name()).field("public");
            if (node.hasProblem()) {
                // A rule with a refused host or path would seem to match everything: it is compared with no other.
                continue;
            }
            for (var other : earlier) {
                var first = other.publicEntry().get();
                if (first.priority() == entry.priority()) {
                    node.field("priority").problem("a priority no other public service uses (" + other.name()
                            + " has " + first.priority() + ")");
                } else if (covers(first, entry)) {
                    node.problem("a rule that can match something: " + other.name() + "'s rule (priority "
                            + first.priority() + ") takes every request this one would, so it would never be used");
                }
            }
            earlier.add(service);
        }
    }

    /** True when every request matching {@code later} also matches {@code first}. */
    static boolean covers(PublicSettings first, PublicSettings later) {
        return coversValues(first.hosts(), later.hosts(), PublicEntryChecks::hostCovers)
                && coversValues(first.paths(), later.paths(), PublicEntryChecks::pathCovers);
    }

    private interface Cover {
        boolean test(String general, String specific);
    }

    /** An empty list matches everything; otherwise each specific value must be covered by some general one. */
    private static boolean coversValues(List<String> general, List<String> specific, Cover cover) {
        if (general.isEmpty()) {
            return true;
        }
        if (specific.isEmpty()) {
            return false;
        }
        var covered = new HashSet<String>();
        for (var value : specific) {
            for (var candidate : general) {
                if (cover.test(candidate, value)) {
                    covered.add(value);
                }
            }
        }
        return covered.size() == specific.size();
    }

    private static boolean hostCovers(String general, String specific) {
        if (general.equals(specific)) {
            return true;
        }
        return general.startsWith("*.") && specific.endsWith(general.substring(1)) && !specific.startsWith("*.");
    }

    /** A pattern covers another when it matches the other's literal text, reading * and ? as wildcards. */
    private static boolean pathCovers(String general, String specific) {
        var regex = new StringBuilder();
        for (char c : general.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(java.util.regex.Pattern.quote(String.valueOf(c)));
            }
        }
        return specific.matches(regex.toString());
    }
}
