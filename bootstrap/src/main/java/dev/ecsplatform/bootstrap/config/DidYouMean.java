package dev.ecsplatform.bootstrap.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Suggests the known key an unknown one was probably meant to be ("stack" → "stacks", "repo" → "repository"). */
final class DidYouMean {

    private static final int MAX_EDITS = 2;

    private DidYouMean() {
    }

    static Optional<String> suggest(String unknown, Collection<String> known) {
        var typed = unknown.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(candidate -> isLikely(typed, candidate.toLowerCase(Locale.ROOT)))
                .min(Comparator.comparingInt(candidate -> distance(typed, candidate.toLowerCase(Locale.ROOT))));
    }

    private static boolean isLikely(String typed, String candidate) {
        // A short form of the key ("repo", "branch") is as likely a slip as a typo.
        var abbreviation = typed.length() >= 4 && (candidate.startsWith(typed) || candidate.endsWith(typed));
        return abbreviation || distance(typed, candidate) <= MAX_EDITS;
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        var previous = new int[b.length() + 1];
        var current = new int[b.length() + 1];
        for (var j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (var i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (var j = 1; j <= b.length(); j++) {
                var substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
