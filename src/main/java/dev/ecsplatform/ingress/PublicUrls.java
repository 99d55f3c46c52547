package dev.ecsplatform.ingress;

import dev.ecsplatform.config.PlatformConfig;

import java.util.Map;
import java.util.TreeMap;

/** Where each public service can be reached from the internet. Pure. */
public final class PublicUrls {

    private PublicUrls() {
    }

    /**
     * {@code <scheme>://<host><path>}: the first host of the service's rule (the load balancer's DNS name
     * when it routes by path only) and the literal start of its first path pattern.
     */
    public static Map<String, String> of(PlatformConfig config, String loadBalancerDnsName) {
        var scheme = config.ingress().https() ? "https" : "http";
        var urls = new TreeMap<String, String>();
        for (var service : config.publicServices()) {
            var entry = service.publicEntry().orElseThrow();
            var host = entry.hosts().stream().filter(h -> !h.startsWith("*.")).findFirst().orElse(loadBalancerDnsName);
            var path = entry.paths().isEmpty() ? "/" : literalStart(entry.paths().get(0));
            urls.put(service.name(), scheme + "://" + host + path);
        }
        return urls;
    }

    private static String literalStart(String pattern) {
        int wildcard = pattern.length();
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '*' || pattern.charAt(i) == '?') {
                wildcard = i;
                break;
            }
        }
        return pattern.substring(0, wildcard);
    }
}
