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
            var actions = DataSourceActions.on(target);
            if (!actions.isEmpty()) {
                statements.add(Statement.allow(sid(target), actions, target.resources(account)));
            }
        }
        if (statements.isEmpty()) {
            throw new IllegalStateException("a preview policy needs at least one action: IAM refuses an empty policy");
        }
        return new PolicyDocument(statements);
    }

    /** One statement per target, named for what it reads. */
    private static String sid(DataSourceActions.Target target) {
        return switch (target) {
            case ANY -> "ProgramDataSources";
            case ACCOUNT_CERTIFICATE_AUTHORITIES -> "StackCertificateAuthority";
            case ACCOUNT_KMS_KEYS -> "StackTlsKey";
        };
    }
}
