package dev.ecsplatform.config;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a plain (unquoted, untagged) YAML scalar exactly as the Pulumi CLI does. Pulumi reads stack files
 * with gopkg.in/yaml.v3 into untyped values (pulumi/pulumi sdk/go/common/workspace/loaders.go,
 * {@code LoadProjectStackBytes}; sdk/go/common/encoding/marshal.go), and yaml.v3's {@code resolve}
 * (resolve.go, v3.0.1) decides what a plain scalar is:
 * <ul>
 *   <li>booleans only {@code true/True/TRUE/false/False/FALSE} ({@code on}, {@code yes} stay text);</li>
 *   <li>null: empty, {@code ~}, {@code null/Null/NULL};</li>
 *   <li>integers after removing {@code _}: decimal with sign, {@code 0x}, {@code 0o} (YAML 1.2), {@code 0b},
 *       and a leading {@code 0} as octal (YAML 1.1, which yaml.v3 still reads: {@code 0777} is 511);
 *       up to 2^64-1; larger ones become floats;</li>
 *   <li>floats {@code [-+]?(.d+|d+(.d*)?)([eE][-+]?d+)?}, and {@code .inf}, {@code .nan} in their spellings;
 *       a float that overflows stays text;</li>
 *   <li>everything else is text. (yaml.v3 also reads {@code 2024-01-31} as a timestamp; no key of this
 *       program takes a date, so such values stay text here.)</li>
 * </ul>
 */
final class YamlScalars {

    /** What a plain scalar is: a JSON value, or a number JSON cannot carry ({@code .inf}, {@code .nan}). */
    record Resolved(JsonElement value, Optional<String> notFinite) {
        static Resolved of(JsonElement value) {
            return new Resolved(value, Optional.empty());
        }
    }

    private static final Map<String, JsonElement> WORDS = Map.ofEntries(
            Map.entry("true", new JsonPrimitive(true)), Map.entry("True", new JsonPrimitive(true)),
            Map.entry("TRUE", new JsonPrimitive(true)), Map.entry("false", new JsonPrimitive(false)),
            Map.entry("False", new JsonPrimitive(false)), Map.entry("FALSE", new JsonPrimitive(false)),
            Map.entry("", JsonNull.INSTANCE), Map.entry("~", JsonNull.INSTANCE), Map.entry("null", JsonNull.INSTANCE),
            Map.entry("Null", JsonNull.INSTANCE), Map.entry("NULL", JsonNull.INSTANCE));
    private static final Pattern NOT_FINITE = Pattern.compile("[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
    private static final Pattern YAML_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern DOT_FLOAT = Pattern.compile("\\.[0-9]+([eE][-+]?[0-9]+)?");
    private static final String DIGITS = "0123456789abcdef";
    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private YamlScalars() {
    }

    static Resolved resolvePlain(String text) {
        var word = WORDS.get(text);
        if (word != null) {
            return Resolved.of(word);
        }
        if (NOT_FINITE.matcher(text).matches()) {
            return new Resolved(JsonNull.INSTANCE, Optional.of(text));
        }
        char first = text.charAt(0);
        if (first == '.') {
            return DOT_FLOAT.matcher(text).matches() ? finiteFloat(text).map(Resolved::of).orElse(string(text))
                    : string(text);
        }
        if (!(Character.isDigit(first) || first == '-' || first == '+')) {
            return string(text);
        }
        var plain = text.replace("_", "");
        var integer = integer(plain);
        if (integer.isPresent()) {
            return Resolved.of(new JsonPrimitive(integer.get()));
        }
        if (YAML_FLOAT.matcher(plain).matches()) {
            var number = finiteFloat(plain);
            if (number.isPresent()) {
                return Resolved.of(number.get());
            }
        }
        return string(text);
    }

    /** Go's {@code strconv.ParseInt(s, 0, 64)}, then {@code ParseUint(s, 0, 64)}: base from the prefix. */
    static Optional<Number> integer(String text) {
        var s = text;
        boolean negative = false;
        if (s.startsWith("+") || s.startsWith("-")) {
            negative = s.startsWith("-");
            s = s.substring(1);
        }
        int radix = 10;
        if (s.length() > 2 && s.charAt(0) == '0' && "xXoObB".indexOf(s.charAt(1)) >= 0) {
            radix = switch (Character.toLowerCase(s.charAt(1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            s = s.substring(2);
        } else if (s.length() > 1 && s.charAt(0) == '0') {
            radix = 8;
            s = s.substring(1);
        }
        final int base = radix;
        // ASCII digits only (Character.digit would also take other scripts' digits, which Go does not).
        if (s.isEmpty() || !s.chars().allMatch(c -> DIGITS.indexOf(Character.toLowerCase(c)) >= 0
                && DIGITS.indexOf(Character.toLowerCase(c)) < base)) {
            return Optional.empty();
        }
        var value = new BigInteger(s, radix);
        if (negative) {
            value = value.negate();
            return value.compareTo(INT64_MIN) >= 0 ? Optional.of(value.longValueExact()) : Optional.empty();
        }
        if (value.bitLength() < 64) {
            return Optional.of(value.longValueExact());
        }
        // Go's ParseUint takes no sign: +18446744073709551615 is a float in yaml.v3.
        return value.compareTo(UINT64_MAX) <= 0 && !text.startsWith("+") ? Optional.of(value) : Optional.empty();
    }

    private static Optional<JsonElement> finiteFloat(String text) {
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            return Optional.empty();
        }
        // Kept as BigDecimal so that messages show what was written (1e3, not 1000.0).
        return Optional.of(new JsonPrimitive(new BigDecimal(text.startsWith("+") ? text.substring(1) : text)));
    }

    private static Resolved string(String text) {
        return Resolved.of(new JsonPrimitive(text));
    }
}
