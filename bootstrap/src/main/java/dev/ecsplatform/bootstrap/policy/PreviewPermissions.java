package dev.ecsplatform.bootstrap.policy;

import dev.ecsplatform.contract.AwsAccount;

import java.util.ArrayList;

/**
 * What a pull request's {@code pulumi preview} of a stack may do: call the data sources the main program reads
 * ({@link DataSourceActions}), nothing else. A preview without refresh reads none of the stack's resources, so no
 * {@code Describe*}, no {@code Get*}, no object, parameter or secret value: pull-request code runs with this role,
 * and whatever it does with the credentials can neither change the account nor read its data. The Private CA lookup
 * reads the CA's certificate, CSR and tags, which are public parts of a CA, on the account's own CAs only; the TLS key's
 * lookup reads its metadata ({@code DescribeKey}), on the account's own keys only.
 */
public final class PreviewPermissions {

    private PreviewPermissions() {
    }

    public static PolicyDocument document(AwsAccount account) {
        var statements = new ArrayList<Statement>();
        for (var target : DataSourceActions.Target.values()) {
            if (!DataSourceActions.on(target).isEmpty()) {
                statements.add(DataSourceActions.statement(target, account));
            }
        }
        if (statements.isEmpty()) {
            throw new IllegalStateException("a preview policy needs at least one action: IAM refuses an empty policy");
        }
        return new PolicyDocument(statements);
    }
}
