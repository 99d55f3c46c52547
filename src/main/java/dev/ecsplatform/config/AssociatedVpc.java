package dev.ecsplatform.config;

import java.util.Optional;

/**
 * A VPC outside the stack whose servers resolve the namespace ({@code namespace.associatedVpcs}): the namespace's
 * private hosted zone is associated with it.
 *
 * @param vpcId     the VPC
 * @param region    its region when it is not the stack's
 * @param accountId its account when it is not the stack's: the stack then only authorizes the association, which
 *                  the VPC's owner completes
 */
public record AssociatedVpc(String vpcId, Optional<String> region, Optional<String> accountId) {

    /** True when the VPC belongs to another account: only its owner can complete the association. */
    public boolean otherAccount() {
        return accountId.isPresent();
    }

    /** The region the association names: the VPC's own, or the stack's. */
    public String regionOr(String stackRegion) {
        return region.orElse(stackRegion);
    }
}
