package dev.ecsplatform.findings;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The host names a configuration value points at, compared by host rather than by substring: a value that
 * names {@code status.example.org} does not call {@code example.org}. A value is split into words (blanks,
 * commas, semicolons, quotes and brackets separate them); a word with {@code ://} is a URL whose host sits between
 * the scheme and the first {@code /?#} (user info and port dropped); any other word is a host when it reads as
 * one, with an optional {@code :port} or path. A word with {@code @} outside a URL is a mail address, not a call.
 */
final class HostReferences {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;\"'<>()\\[\\]{}|]+");
    private static final Pattern HOST = Pattern.compile(
            "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+");

    private HostReferences() {
    }

    /** Every host the text names, lowercase, in the order written. */
    static Set<String> hosts(String text) {
        var hosts = new LinkedHashSet<String>();
        for (var word : SEPARATORS.split(text)) {
            var url = word.indexOf("://");
            var rest = url >= 0 ? word.substring(url + 3) : word;
            var end = firstOf(rest, "/?#");
            var authority = rest.substring(0, end);
            if (authority.contains("@")) {
                if (url < 0) {
                    continue;
                }
                authority = authority.substring(authority.lastIndexOf('@') + 1);
            }
            var host = authority.replaceFirst(":\\d*$", "").toLowerCase(Locale.ROOT);
            host = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
            if (HOST.matcher(host).matches()) {
                hosts.add(host);
            }
        }
        return hosts;
    }

    /**
     * The first public name (an ALB host condition: an exact host, or {@code *.domain} for any host under it) that
     * a host in the text matches.
     */
    static Optional<String> firstMatch(String text, List<String> publicNames) {
        for (var host : hosts(text)) {
            for (var name : publicNames) {
                var pattern = name.toLowerCase(Locale.ROOT);
                if (pattern.startsWith("*.") ? host.endsWith(pattern.substring(1)) : host.equals(pattern)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    private static int firstOf(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
