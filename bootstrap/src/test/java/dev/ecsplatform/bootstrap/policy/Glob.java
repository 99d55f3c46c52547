package dev.ecsplatform.bootstrap.policy;

import java.util.Locale;

/**
 * IAM's wildcard matching, as StringLike, ArnLike and Action/Resource elements use it: '*' is any run of
 * characters (including none and ':' or '/'), '?' is exactly one character, everything else is literal.
 */
public final class Glob {

    private Glob() {
    }

    public static boolean matches(String pattern, String value) {
        return matches(pattern, 0, value, 0);
    }

    /** IAM action names are case-insensitive; resource ARNs and condition values are not. */
    public static boolean matchesAction(String pattern, String action) {
        return matches(pattern.toLowerCase(Locale.ROOT), action.toLowerCase(Locale.ROOT));
    }

    private static boolean matches(String pattern, int p, String value, int v) {
        while (p < pattern.length()) {
            var c = pattern.charAt(p);
            if (c == '*') {
                for (var rest = v; rest <= value.length(); rest++) {
                    if (matches(pattern, p + 1, value, rest)) {
                        return true;
                    }
                }
                return false;
            }
            if (v >= value.length() || (c != '?' && c != value.charAt(v))) {
                return false;
            }
            p++;
            v++;
        }
        return v == value.length();
    }
}
