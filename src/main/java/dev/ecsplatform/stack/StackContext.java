package dev.ecsplatform.stack;

import com.pulumi.core.Output;
import dev.ecsplatform.contract.AwsAccount;
import dev.ecsplatform.live.RolloutWatch;
import dev.ecsplatform.naming.StackNames;

import java.util.Map;
import java.util.Optional;

/**
 * The facts of one stack that every component shares, passed as one value instead of four loose ones.
 *
 * @param names     naming and tagging: every logical and physical name starts with {@code <project>-<stack>}
 * @param region    {@code aws:region}: endpoint service names, log configuration and trust conditions use it
 * @param accountId the account the stack deploys to; trust policies and log prefixes are limited to it
 * @param protect   {@code ecs-platform:protect}: stateful resources are protected from deletion and replacement
 * @param rollouts  how this run waits for ECS deployments to end: only a real {@code pulumi up} has one; a preview,
 *                  the offline plan and the tests have none and never reach AWS
 */
public record StackContext(StackNames names, String region, Output<String> accountId, boolean protect,
                           Optional<RolloutWatch> rollouts) {

    /**
     * The permissions boundary every role of the stack carries: a policy the bootstrap creates for the stack
     * ({@code shared/}, StackContract), which caps what any role of it may do, and without which its deploy roles may
     * not create or change a role. The program spells ARNs in the {@code aws} partition throughout.
     */
    public Output<String> permissionsBoundaryArn() {
        return accountId.applyValue(account -> names.contract().permissionsBoundaryArn(new AwsAccount("aws", account)));
    }

    /** The tags every taggable resource carries, with its {@code Name}. */
    public Map<String, String> tags(String resourceName) {
        return names.tags(resourceName);
    }
}
