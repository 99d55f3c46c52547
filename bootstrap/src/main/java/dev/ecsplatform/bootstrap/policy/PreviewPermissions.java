package dev.ecsplatform.bootstrap.policy;

import java.util.List;

/**
 * What a pull request's {@code pulumi preview} of a stack may do: call the data sources the main program reads
 * ({@link DataSourceActions}), nothing else. A preview without refresh reads none of the stack's resources, so no
 * {@code Describe*}, no {@code Get*}, no object, parameter or secret value: pull-request code runs with this role,
 * and whatever it does with the credentials can neither change the account nor read its data.
 */
public final class PreviewPermissions {

    private PreviewPermissions() {
    }

    public static PolicyDocument document() {
        var actions = DataSourceActions.all();
        if (actions.isEmpty()) {
            throw new IllegalStateException("a preview policy needs at least one action: IAM refuses an empty policy");
        }
        // DescribeAvailabilityZones has no resource-level permissions.
        return PolicyDocument.of(Statement.allow("ProgramDataSources", actions, List.of("*")));
    }
}
