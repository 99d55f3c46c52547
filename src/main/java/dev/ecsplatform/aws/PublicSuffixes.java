package dev.ecsplatform.aws;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises, cheaply, DNS names that end in a public top-level domain: a private namespace named under one
 * (say {@code internal.dev}) can be owned by someone else on the internet, and lookups that leak out of the
 * VPC go to them. Not the whole Public Suffix List: every two-letter label (the country codes) and the
 * generic TLDs people reach for when naming environments. {@code .internal} is reserved for private use
 * (ICANN, 2024), and {@code home.arpa} for homes (RFC 8375), so neither is public.
 */
public final class PublicSuffixes {

    private static final Set<String> GENERIC = Set.of(
            "com", "net", "org", "info", "biz", "edu", "gov", "mil", "int", "name", "pro", "mobi", "asia", "tel",
            "app", "dev", "page", "prod", "zip", "mov", "cloud", "tech", "online", "site", "xyz", "top", "shop",
            "store", "blog", "live", "network", "systems", "services", "digital", "company", "work", "team",
            "host", "hosting", "website", "space", "world", "global", "group", "solutions", "software", "codes",
            "internet", "link", "click", "run", "new", "google", "aws", "amazon");

    private PublicSuffixes() {
    }

    /** The public top-level domain a name ends in, or empty when its last label is not a known public one. */
    public static Optional<String> publicTopLevelDomain(String dnsName) {
        var name = dnsName.toLowerCase(Locale.ROOT);
        var last = name.substring(name.lastIndexOf('.') + 1);
        boolean countryCode = last.length() == 2 && last.chars().allMatch(Character::isLetter);
        return countryCode || GENERIC.contains(last) ? Optional.of(last) : Optional.empty();
    }
}
