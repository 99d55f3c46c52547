package dev.ecsplatform.bootstrap;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.core.Output;
import dev.ecsplatform.contract.AwsAccount;

/** The account and partition the administrator's credentials point at, which the roles' ARNs are spelled with. */
final class AccountLookup {

    private AccountLookup() {
    }

    static Output<AwsAccount> current() {
        return Output.tuple(AwsFunctions.getPartition(), AwsFunctions.getCallerIdentity())
                .applyValue(t -> new AwsAccount(t.t1.partition(), t.t2.accountId()));
    }
}
