package dev.ecsplatform.iam;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import java.util.LinkedHashMap;
import java.util.List;

/** An IAM policy document built from typed statements and serialised to the JSON IAM reads. */
public record PolicyDocument(List<PolicyStatement> statements) {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    public PolicyDocument {
        statements = List.copyOf(statements);
    }

    public static PolicyDocument of(PolicyStatement... statements) {
        return new PolicyDocument(List.of(statements));
    }

    public String toJson() {
        var shape = new LinkedHashMap<String, Object>();
        shape.put("Version", "2012-10-17");
        shape.put("Statement", statements.stream().map(PolicyStatement::toJsonShape).toList());
        return GSON.toJson(shape);
    }
}
