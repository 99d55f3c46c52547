package dev.ecsplatform.bootstrap.policy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides a request against IAM policy documents the way IAM does for the parts this project's policies use, so the
 * tests can judge the policies the bootstrap writes rather than their text (IAM User Guide, "Policy evaluation
 * logic"): a matching Deny statement always wins; otherwise a matching Allow allows; otherwise the request is denied
 * implicitly. With a permissions boundary, a request must be allowed by both the identity policies and the boundary.
 *
 * <p>A statement matches when its {@code Action} (or {@code NotAction}), {@code Resource} (or {@code NotResource}),
 * {@code Principal} (trust policies) and every condition match. Conditions: every operator in a block must hold
 * (AND), every key of an operator must hold (AND), any of a key's values may match (OR; NOR for negated operators);
 * {@code ...IfExists}, {@code Null}, {@code Bool}, the {@code String*} and {@code Arn*} operators and the
 * {@code ForAnyValue:}/{@code ForAllValues:} set operators are implemented; a key missing from the request makes a
 * condition false, except for negated operators (true), {@code IfExists} (true) and {@code ForAllValues} (true).
 * Context key names are case-insensitive. Anything else (numeric, date or IP operators, policy variables, a
 * multivalued key without a set operator) fails the test instead of being guessed at.
 */
public final class PolicyEvaluator {

    public enum Decision { ALLOW, EXPLICIT_DENY, IMPLICIT_DENY }

    /** The principal of a request judged by a trust policy: type ({@code Federated}, {@code Service}, {@code AWS}). */
    public record Principal(String type, String id) {
    }

    /**
     * One request: an action on a resource, by an optional principal, with its context keys and values.
     *
     * @param context context key → values (one for a single-valued key; several for {@code aws:TagKeys} and the like)
     */
    public record Request(String action, String resource, Optional<Principal> principal,
                          Map<String, List<String>> context) {

        public Request {
            var lowerCased = new LinkedHashMap<String, List<String>>();
            context.forEach((key, values) -> lowerCased.put(key.toLowerCase(Locale.ROOT), List.copyOf(values)));
            context = Map.copyOf(lowerCased);
        }

        public static Request of(String action, String resource) {
            return new Request(action, resource, Optional.empty(), Map.of());
        }

        /** {@code sts:AssumeRoleWithWebIdentity} with a token from {@code providerArn} carrying these claims. */
        public static Request webIdentity(String providerArn, Map<String, String> claims) {
            var context = new LinkedHashMap<String, List<String>>();
            claims.forEach((key, value) -> context.put(key, List.of(value)));
            return new Request(TrustPolicies.ASSUME_ROLE_WITH_WEB_IDENTITY, "*",
                    Optional.of(new Principal("Federated", providerArn)), context);
        }

        /** This request with one more context key. */
        public Request with(String key, String... values) {
            var context = new LinkedHashMap<>(this.context);
            context.put(key, List.of(values));
            return new Request(action, resource, principal, context);
        }

        Optional<List<String>> values(String key) {
            return Optional.ofNullable(context.get(key.toLowerCase(Locale.ROOT)));
        }
    }

    private PolicyEvaluator() {
    }

    public static Decision decide(String policyJson, Request request) {
        return decide(List.of(policyJson), request);
    }

    /** The decision of several policies of one kind (all identity policies of a role, say), taken together. */
    public static Decision decide(List<String> policiesJson, Request request) {
        var allowed = false;
        for (var policyJson : policiesJson) {
            for (var statement : statements(policyJson)) {
                if (!applies(statement, request)) {
                    continue;
                }
                if ("Deny".equals(statement.get("Effect").getAsString())) {
                    return Decision.EXPLICIT_DENY;
                }
                allowed = true;
            }
        }
        return allowed ? Decision.ALLOW : Decision.IMPLICIT_DENY;
    }

    public static boolean allows(List<String> policiesJson, Request request) {
        return decide(policiesJson, request) == Decision.ALLOW;
    }

    public static boolean allows(String policyJson, Request request) {
        return decide(policyJson, request) == Decision.ALLOW;
    }

    /** A role's identity policies limited by its permissions boundary: both must allow, and neither deny. */
    public static Decision decideWithBoundary(List<String> identityPolicies, String boundary, Request request) {
        var identity = decide(identityPolicies, request);
        var limit = decide(boundary, request);
        if (identity == Decision.EXPLICIT_DENY || limit == Decision.EXPLICIT_DENY) {
            return Decision.EXPLICIT_DENY;
        }
        return identity == Decision.ALLOW && limit == Decision.ALLOW ? Decision.ALLOW : Decision.IMPLICIT_DENY;
    }

    private static List<JsonObject> statements(String policyJson) {
        var policy = JsonParser.parseString(policyJson).getAsJsonObject();
        return asList(policy.get("Statement")).stream().map(JsonElement::getAsJsonObject).toList();
    }

    private static boolean applies(JsonObject statement, Request request) {
        return actionMatches(statement, request.action())
                && resourceMatches(statement, request.resource())
                && principalMatches(statement, request.principal())
                && conditionsHold(statement.getAsJsonObject("Condition"), request);
    }

    private static boolean actionMatches(JsonObject statement, String action) {
        if (statement.has("NotAction")) {
            return strings(statement.get("NotAction")).stream().noneMatch(p -> Glob.matchesAction(p, action));
        }
        return strings(statement.get("Action")).stream().anyMatch(p -> Glob.matchesAction(p, action));
    }

    /** Trust policies name no resource: the role they are attached to is the resource. */
    private static boolean resourceMatches(JsonObject statement, String resource) {
        if (statement.has("NotResource")) {
            return strings(statement.get("NotResource")).stream().noneMatch(p -> Glob.matchesArn(p, resource));
        }
        if (!statement.has("Resource")) {
            return true;
        }
        return strings(statement.get("Resource")).stream().anyMatch(p -> Glob.matchesArn(p, resource));
    }

    /** Identity policies name no principal (the identity is the principal); resource and trust policies must. */
    private static boolean principalMatches(JsonObject statement, Optional<Principal> principal) {
        if (!statement.has("Principal")) {
            return principal.isEmpty();
        }
        if (principal.isEmpty()) {
            return false;
        }
        var element = statement.get("Principal");
        if (element.isJsonPrimitive()) {
            return element.getAsString().equals("*");
        }
        var ids = element.getAsJsonObject().get(principal.get().type());
        return ids != null && strings(ids).stream().anyMatch(id -> id.equals("*") || id.equals(principal.get().id()));
    }

    private static boolean conditionsHold(JsonObject conditions, Request request) {
        if (conditions == null) {
            return true;
        }
        for (var operator : conditions.entrySet()) {
            for (var key : operator.getValue().getAsJsonObject().entrySet()) {
                if (!holds(operator.getKey(), key.getKey(), strings(key.getValue()), request.values(key.getKey()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean holds(String fullOperator, String key, List<String> expected, Optional<List<String>> actual) {
        expected.forEach(value -> {
            if (value.contains("${")) {
                throw new IllegalArgumentException("the evaluator does not resolve policy variables: " + value);
            }
        });
        var set = fullOperator.startsWith("ForAnyValue:") ? "any" : fullOperator.startsWith("ForAllValues:") ? "all" : "";
        var operator = set.isEmpty() ? fullOperator : fullOperator.substring(fullOperator.indexOf(':') + 1);
        var ifExists = operator.endsWith("IfExists");
        if (ifExists) {
            operator = operator.substring(0, operator.length() - "IfExists".length());
        }
        if (operator.equals("Null")) {
            var mustBeAbsent = Boolean.parseBoolean(single(expected, key));
            return mustBeAbsent == actual.isEmpty();
        }
        var negated = operator.contains("Not");
        var positive = operator.replace("Not", "");
        if (actual.isEmpty()) {
            return switch (set) {
                case "all" -> true;
                case "any" -> ifExists;
                default -> ifExists || negated;
            };
        }
        var values = actual.get();
        return switch (set) {
            case "any" -> values.stream().anyMatch(value -> matchesOne(positive, negated, expected, value));
            case "all" -> values.stream().allMatch(value -> matchesOne(positive, negated, expected, value));
            default -> {
                if (values.size() != 1) {
                    throw new IllegalArgumentException("condition key " + key + " has " + values.size()
                            + " values in the request: a multivalued key needs ForAnyValue or ForAllValues");
                }
                yield matchesOne(positive, negated, expected, values.get(0));
            }
        };
    }

    /** One request value against the policy's values: any of them (OR), or none of them for a negated operator. */
    private static boolean matchesOne(String operator, boolean negated, List<String> expected, String actual) {
        var any = expected.stream().anyMatch(value -> compare(operator, value, actual));
        return negated ? !any : any;
    }

    private static boolean compare(String operator, String expected, String actual) {
        return switch (operator) {
            case "StringEquals" -> expected.equals(actual);
            case "StringEqualsIgnoreCase" -> expected.equalsIgnoreCase(actual);
            case "StringLike" -> Glob.matches(expected, actual);
            // IAM matches both ARN operators part by part with wildcards allowed in each part.
            case "ArnEquals", "ArnLike" -> Glob.matchesArn(expected, actual);
            case "Bool" -> expected.equalsIgnoreCase(actual);
            default -> throw new IllegalArgumentException("the evaluator does not know condition operator " + operator);
        };
    }

    private static String single(List<String> values, String key) {
        if (values.size() != 1) {
            throw new IllegalArgumentException("Null on " + key + " takes one value, not " + values);
        }
        return values.get(0);
    }

    private static List<JsonElement> asList(JsonElement element) {
        var list = new ArrayList<JsonElement>();
        if (element instanceof JsonArray array) {
            array.forEach(list::add);
        } else if (element != null) {
            list.add(element);
        }
        return list;
    }

    public static List<String> strings(JsonElement element) {
        return asList(element).stream().map(JsonElement::getAsString).toList();
    }
}
