package dev.ecsplatform.findings;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.ecsplatform.plan.Plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Security Hub IAM controls on the policy documents and attachments the plan registers. */
final class IamControls {

    static final String ADMINISTRATOR_ACCESS = "arn:aws:iam::aws:policy/AdministratorAccess";

    private IamControls() {
    }

    /** A policy document found in the plan, and where. */
    record Document(String resource, String json) {
    }

    static List<Control> all() {
        return List.of(
                new SimpleControl("IAM.1", "No policy allows every action on every resource", Severity.MANDATORY, (c, plan) -> {
                    var findings = new ArrayList<Finding>();
                    for (var document : documents(plan)) {
                        for (var statement : allowStatements(document.json())) {
                            if (values(statement, "Action").contains("*") && values(statement, "Resource").contains("*")) {
                                findings.add(c.finding(document.resource(), "a statement allows \"*\" on \"*\""));
                            }
                        }
                    }
                    for (var arn : attachedManagedPolicies(plan)) {
                        if (arn.getValue().equals(ADMINISTRATOR_ACCESS)) {
                            findings.add(c.finding(arn.getKey(), "AdministratorAccess is attached"));
                        }
                    }
                    return findings;
                }),
                new SimpleControl("IAM.21", "No policy allows a whole service (service:*)", Severity.MANDATORY, (c, plan) -> {
                    var findings = new ArrayList<Finding>();
                    for (var document : documents(plan)) {
                        for (var statement : allowStatements(document.json())) {
                            for (var action : values(statement, "Action")) {
                                if (action.endsWith(":*")) {
                                    findings.add(c.finding(document.resource(), "a statement allows " + action + "; name the actions"));
                                }
                            }
                        }
                    }
                    return findings;
                }));
    }

    /** Every identity policy document: inline role policies, managed policies and roles' inline policies. */
    static List<Document> documents(Plan plan) {
        var documents = new ArrayList<Document>();
        for (var type : List.of("aws:iam/rolePolicy:RolePolicy", "aws:iam/policy:Policy", "aws:iam/userPolicy:UserPolicy",
                "aws:iam/groupPolicy:GroupPolicy")) {
            plan.ofType(type).forEach(p -> {
                if (p.inputString("policy") != null) {
                    documents.add(new Document(p.name(), p.inputString("policy")));
                }
            });
        }
        for (var role : plan.ofType("aws:iam/role:Role")) {
            if (role.input("inlinePolicies") instanceof List<?> list) {
                for (var item : list) {
                    if (item instanceof Map<?, ?> inline && inline.get("policy") instanceof String json) {
                        documents.add(new Document(role.name(), json));
                    }
                }
            }
        }
        return documents;
    }

    private static List<Map.Entry<String, String>> attachedManagedPolicies(Plan plan) {
        var attached = new ArrayList<Map.Entry<String, String>>();
        plan.ofType("aws:iam/rolePolicyAttachment:RolePolicyAttachment")
                .forEach(a -> attached.add(Map.entry(a.name(), a.inputString("policyArn"))));
        for (var role : plan.ofType("aws:iam/role:Role")) {
            if (role.input("managedPolicyArns") instanceof List<?> arns) {
                arns.forEach(arn -> attached.add(Map.entry(role.name(), String.valueOf(arn))));
            }
        }
        return attached;
    }

    private static List<JsonElement> allowStatements(String json) {
        var statements = new ArrayList<JsonElement>();
        JsonElement document;
        try {
            document = JsonParser.parseString(json);
        } catch (RuntimeException e) {
            return statements;
        }
        if (!document.isJsonObject() || !document.getAsJsonObject().has("Statement")) {
            return statements;
        }
        var statement = document.getAsJsonObject().get("Statement");
        var all = statement.isJsonArray() ? statement.getAsJsonArray().asList() : List.of(statement);
        for (var s : all) {
            if (s.isJsonObject() && s.getAsJsonObject().has("Effect") && "Allow".equals(s.getAsJsonObject().get("Effect").getAsString())) {
                statements.add(s);
            }
        }
        return statements;
    }

    private static List<String> values(JsonElement statement, String field) {
        var object = statement.getAsJsonObject();
        if (!object.has(field)) {
            return List.of();
        }
        var value = object.get(field);
        if (value.isJsonArray()) {
            return value.getAsJsonArray().asList().stream().map(JsonElement::getAsString).toList();
        }
        return List.of(value.getAsString());
    }
}
