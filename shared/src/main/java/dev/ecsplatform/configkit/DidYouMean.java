package dev.ecsplatform.configkit;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Suggests the closest known word for a misspelt key or name. */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** The candidate closest to {@code word}, if it is close enough to be a plausible typo. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        return candidates.stream()
                .filter(candidate -> distance(word.toLowerCase(), candidate.toLowerCase()) <= tolerance(candidate))
                .min(Comparator.comparingInt((String candidate) -> distance(word.toLowerCase(), candidate.toLowerCase()))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** A hint such as {@code did you mean "natGateways"?}, or empty. */
    public static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> "did you mean \"" + c + "\"?").orElse("");
    }

    // Short words tolerate one edit, longer ones a third of their length: enough for typos and
    // case slips, not so much that unrelated words are suggested.
    private static int tolerance(String candidate) {
        return Math.max(1, candidate.length() / 3);
    }

    static int distance(String a, String b) {
        var previous = new int[b.length() + 1];
        var current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
