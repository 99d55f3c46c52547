package dev.ecsplatform.iam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One IAM policy statement, as typed data.
 *
 * @param sid        statement id, letters and digits only
 * @param effect     {@code Allow} or {@code Deny}
 * @param principal  principal type to values (e.g. {@code Service} to {@code ecs-tasks.amazonaws.com}); empty in identity policies
 * @param actions    the actions, never {@code *}
 * @param resources  resource ARNs; empty in trust policies
 * @param conditions operator to (key to values), e.g. {@code StringEquals} to {@code aws:SourceAccount}
 */
public record PolicyStatement(
        String sid,
        String effect,
        SortedMap<String, List<String>> principal,
        List<String> actions,
        List<String> resources,
        SortedMap<String, SortedMap<String, List<String>>> conditions) {

    public PolicyStatement {
        principal = new TreeMap<>(principal);
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        conditions = new TreeMap<>(conditions);
    }

    public static PolicyStatement allow(String sid, List<String> actions, List<String> resources) {
        return new PolicyStatement(sid, "Allow", new TreeMap<>(), actions, resources, new TreeMap<>());
    }

    /** A statement of a resource policy (a key's, a trust policy) that allows an AWS service principal. */
    public static PolicyStatement forService(String sid, String service, List<String> actions, List<String> resources) {
        return new PolicyStatement(sid, "Allow", new TreeMap<>(Map.of("Service", List.of(service))), actions, resources,
                new TreeMap<>());
    }

    /** A trust statement letting an AWS service assume the role, only on behalf of this account. */
    public static PolicyStatement serviceTrust(String sid, String service, String accountId) {
        return forService(sid, service, List.of("sts:AssumeRole"), List.of())
                .withCondition("StringEquals", "aws:SourceAccount", List.of(accountId));
    }

    /** This statement with one more condition. */
    public PolicyStatement withCondition(String operator, String key, List<String> values) {
        var copy = new TreeMap<>(conditions);
        var inner = new TreeMap<>(copy.getOrDefault(operator, new TreeMap<>()));
        inner.put(key, List.copyOf(values));
        copy.put(operator, inner);
        return new PolicyStatement(sid, effect, principal, actions, resources, copy);
    }

    /** The JSON shape IAM expects, with a fixed field order so that diffs stay quiet. */
    Map<String, Object> toJsonShape() {
        var shape = new LinkedHashMap<String, Object>();
        shape.put("Sid", sid);
        shape.put("Effect", effect);
        if (!principal.isEmpty()) {
            var principals = new LinkedHashMap<String, Object>();
            principal.forEach((type, values) -> principals.put(type, single(values)));
            shape.put("Principal", principals);
        }
        shape.put("Action", single(actions));
        if (!resources.isEmpty()) {
            shape.put("Resource", single(resources));
        }
        if (!conditions.isEmpty()) {
            var operators = new LinkedHashMap<String, Object>();
            conditions.forEach((operator, keys) -> {
                var inner = new LinkedHashMap<String, Object>();
                keys.forEach((key, values) -> inner.put(key, single(values)));
                operators.put(operator, inner);
            });
            shape.put("Condition", operators);
        }
        return shape;
    }

    private static Object single(List<String> values) {
        return values.size() == 1 ? values.get(0) : values;
    }
}
