package dev.ecsplatform.bootstrap.policy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides whether a role's trust policy lets a web-identity token assume it, the way STS does for the parts these
 * policies use: an Allow statement admits the request when its action matches, its federated principal is the
 * token's provider and every condition holds (within one condition key, any of the values); a matching Deny
 * refuses. An operator it does not know fails the test instead of being guessed at.
 */
public final class TrustPolicyEvaluator {

    /**
     * A request to assume a role with a token.
     *
     * @param providerArn the identity provider the token's issuer is registered as
     * @param claims      condition key → value, e.g. {@code token.actions.githubusercontent.com:sub} → {@code repo:...}
     */
    public record Request(String providerArn, Map<String, String> claims) {
    }

    private TrustPolicyEvaluator() {
    }

    public static boolean admits(String trustPolicyJson, Request request) {
        var policy = JsonParser.parseString(trustPolicyJson).getAsJsonObject();
        var allowed = false;
        for (var element : asList(policy.get("Statement"))) {
            var statement = element.getAsJsonObject();
            if (!applies(statement, request)) {
                continue;
            }
            if ("Deny".equals(statement.get("Effect").getAsString())) {
                return false;
            }
            allowed = true;
        }
        return allowed;
    }

    private static boolean applies(JsonObject statement, Request request) {
        var actionMatches = strings(statement.get("Action")).stream()
                .anyMatch(pattern -> Glob.matchesAction(pattern, TrustPolicies.ASSUME_ROLE_WITH_WEB_IDENTITY));
        var principal = statement.getAsJsonObject("Principal");
        var principalMatches = principal != null && principal.has("Federated")
                && strings(principal.get("Federated")).contains(request.providerArn());
        return actionMatches && principalMatches && conditionsHold(statement.getAsJsonObject("Condition"), request);
    }

    private static boolean conditionsHold(JsonObject conditions, Request request) {
        if (conditions == null) {
            return true;
        }
        for (var operator : conditions.entrySet()) {
            for (var key : operator.getValue().getAsJsonObject().entrySet()) {
                var actual = request.claims().get(key.getKey());
                var expected = strings(key.getValue());
                if (actual == null || expected.stream().noneMatch(value -> holds(operator.getKey(), value, actual))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean holds(String operator, String expected, String actual) {
        return switch (operator) {
            case "StringEquals" -> expected.equals(actual);
            case "StringLike" -> Glob.matches(expected, actual);
            default -> throw new IllegalArgumentException("the evaluator does not know condition operator " + operator);
        };
    }

    private static List<JsonElement> asList(JsonElement element) {
        var list = new ArrayList<JsonElement>();
        if (element instanceof JsonArray array) {
            array.forEach(list::add);
        } else {
            list.add(element);
        }
        return list;
    }

    static List<String> strings(JsonElement element) {
        return asList(element).stream().map(JsonElement::getAsString).toList();
    }
}
