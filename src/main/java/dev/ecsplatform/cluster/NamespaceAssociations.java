package dev.ecsplatform.cluster;

import com.pulumi.aws.route53.VpcAssociationAuthorization;
import com.pulumi.aws.route53.VpcAssociationAuthorizationArgs;
import com.pulumi.aws.route53.ZoneAssociation;
import com.pulumi.aws.route53.ZoneAssociationArgs;
import com.pulumi.aws.servicediscovery.PrivateDnsNamespace;
import com.pulumi.exceptions.ResourceException;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import dev.ecsplatform.config.AssociatedVpc;
import dev.ecsplatform.stack.StackContext;

import java.util.List;

/**
 * Lets servers in other VPCs resolve the namespace: its private hosted zone is associated with each VPC of
 * {@code namespace.associatedVpcs}. A VPC of this account is associated here; for a VPC of another account this stack
 * can only authorize the association, which the VPC's owner then makes (docs/configuration.md gives the command).
 *
 * <p>Logical names carry the VPC id, never a list position. The associations depend on the namespace, so Pulumi
 * removes them before it deletes the namespace on destroy.
 */
final class NamespaceAssociations {

    private NamespaceAssociations() {
    }

    static void create(ComponentResource cluster, String name, StackContext stack, PrivateDnsNamespace namespace,
                       List<AssociatedVpc> vpcs) {
        for (var vpc : vpcs) {
            var region = vpc.regionOr(stack.region());
            var options = CustomResourceOptions.builder().parent(cluster).build();
            if (vpc.otherAccount()) {
                var owner = vpc.accountId().orElseThrow();
                // A check of its own (as in ZoneChoice), so that the run fails with this one line: Route 53 would
                // refuse an authorization for the zone's own account, and the association would never be made.
                stack.accountId().applyValue(account -> {
                    if (account.equals(owner)) {
                        throw new ResourceException("namespace.associatedVpcs: " + vpc.vpcId() + " names accountId "
                                + owner + ", the stack's own account; leave accountId out for a VPC of this account",
                                cluster, true);
                    }
                    return account;
                });
                new VpcAssociationAuthorization(name + "-namespace-authorization-" + vpc.vpcId(),
                        VpcAssociationAuthorizationArgs.builder()
                                .zoneId(namespace.hostedZone())
                                .vpcId(vpc.vpcId())
                                .vpcRegion(region)
                                .build(), options);
            } else {
                new ZoneAssociation(name + "-namespace-association-" + vpc.vpcId(), ZoneAssociationArgs.builder()
                        .zoneId(namespace.hostedZone())
                        .vpcId(vpc.vpcId())
                        .vpcRegion(region)
                        .build(), options);
            }
        }
    }
}
