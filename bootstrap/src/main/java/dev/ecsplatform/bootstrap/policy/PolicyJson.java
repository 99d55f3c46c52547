package dev.ecsplatform.bootstrap.policy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.util.List;

/**
 * Writes a {@link PolicyDocument} as IAM policy JSON, compact: IAM counts every character but whitespace against
 * a managed policy's size limit, and compact JSON keeps the text IAM stores equal to the text Pulumi diffs.
 */
public final class PolicyJson {

    public static final String VERSION = "2012-10-17";

    private PolicyJson() {
    }

    public static String write(PolicyDocument document) {
        var root = new JsonObject();
        root.addProperty("Version", VERSION);
        var statements = new JsonArray();
        document.statements().forEach(statement -> statements.add(statement(statement)));
        root.add("Statement", statements);
        return root.toString();
    }

    private static JsonObject statement(Statement statement) {
        var json = new JsonObject();
        json.addProperty("Sid", statement.sid());
        json.addProperty("Effect", "Allow");
        statement.federatedPrincipal().ifPresent(arn -> {
            var principal = new JsonObject();
            principal.addProperty("Federated", arn);
            json.add("Principal", principal);
        });
        json.add("Action", oneOrMany(statement.actions()));
        if (!statement.resources().isEmpty()) {
            json.add("Resource", oneOrMany(statement.resources()));
        }
        if (!statement.conditions().isEmpty()) {
            var conditions = new JsonObject();
            for (var condition : statement.conditions()) {
                if (!conditions.has(condition.operator())) {
                    conditions.add(condition.operator(), new JsonObject());
                }
                var byKey = conditions.getAsJsonObject(condition.operator());
                if (byKey.has(condition.key())) {
                    // IAM would keep only one of two equal keys under one operator; fail instead of losing one.
                    throw new IllegalArgumentException("statement " + statement.sid() + " repeats condition "
                            + condition.operator() + " " + condition.key());
                }
                byKey.add(condition.key(), oneOrMany(condition.values()));
            }
            json.add("Condition", conditions);
        }
        return json;
    }

    private static JsonElement oneOrMany(List<String> values) {
        if (values.size() == 1) {
            return new JsonPrimitive(values.get(0));
        }
        var array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
