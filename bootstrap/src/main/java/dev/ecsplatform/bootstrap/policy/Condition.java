package dev.ecsplatform.bootstrap.policy;

import java.util.List;

/**
 * One condition of a statement: {@code operator: {key: values}}; more than one value means any of them.
 *
 * @param operator e.g. {@code StringEquals}, {@code StringLike}
 * @param key      e.g. {@code token.actions.githubusercontent.com:sub}, {@code iam:PassedToService}
 */
public record Condition(String operator, String key, List<String> values) {

    public Condition {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("condition " + operator + " " + key + " needs at least one value");
        }
    }

    public static Condition stringEquals(String key, String... values) {
        return new Condition("StringEquals", key, List.of(values));
    }

    public static Condition stringLike(String key, String... values) {
        return new Condition("StringLike", key, List.of(values));
    }

    public static Condition arnLike(String key, String... values) {
        return new Condition("ArnLike", key, List.of(values));
    }
}
