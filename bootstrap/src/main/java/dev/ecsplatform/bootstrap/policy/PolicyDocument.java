package dev.ecsplatform.bootstrap.policy;

import java.util.List;

/** An IAM policy: permissions (attached to a role) or trust (the role's assume-role policy). Allow-only. */
public record PolicyDocument(List<Statement> statements) {

    public PolicyDocument {
        statements = List.copyOf(statements);
    }

    public static PolicyDocument of(Statement... statements) {
        return new PolicyDocument(List.of(statements));
    }
}
