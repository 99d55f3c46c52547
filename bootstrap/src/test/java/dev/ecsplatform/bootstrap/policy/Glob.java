package dev.ecsplatform.bootstrap.policy;

import java.util.Locale;

/**
 * IAM's wildcard matching. In {@code StringLike} values and action names, '*' is any run of characters (including
 * none and ':' or '/') and '?' exactly one character; everything else is literal. ARNs ({@code ArnLike}/{@code
 * ArnEquals} values and {@code Resource} elements) are matched component by component: the six colon-delimited
 * parts are checked separately, so a wildcard in one part never swallows a colon of another (IAM User Guide,
 * "Condition operators", ARN condition operators).
 */
public final class Glob {

    private static final int ARN_COMPONENTS = 6;

    private Glob() {
    }

    public static boolean matches(String pattern, String value) {
        return matches(pattern, 0, value, 0);
    }

    /** IAM action names are case-insensitive; resource ARNs and condition values are not. */
    public static boolean matchesAction(String pattern, String action) {
        return matches(pattern.toLowerCase(Locale.ROOT), action.toLowerCase(Locale.ROOT));
    }

    /**
     * An ARN pattern against an ARN, part by part ({@code arn:partition:service:region:account:resource}, the last
     * part keeping any further colons). A lone {@code *} matches every resource; when either side is not an ARN of six
     * parts, only two plain values without colons can match (as globs).
     */
    public static boolean matchesArn(String pattern, String arn) {
        if (pattern.equals("*")) {
            return true;
        }
        var patternParts = pattern.split(":", ARN_COMPONENTS);
        var arnParts = arn.split(":", ARN_COMPONENTS);
        if (patternParts.length != ARN_COMPONENTS || arnParts.length != ARN_COMPONENTS) {
            return !pattern.contains(":") && !arn.contains(":") && matches(pattern, arn);
        }
        for (var i = 0; i < ARN_COMPONENTS; i++) {
            if (!matches(patternParts[i], arnParts[i])) {
                return false;
            }
        }
        return true;
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
