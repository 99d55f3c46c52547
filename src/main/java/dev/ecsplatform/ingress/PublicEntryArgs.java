package dev.ecsplatform.ingress;

import com.pulumi.core.Output;
import dev.ecsplatform.config.IngressSettings;
import dev.ecsplatform.config.ServiceSettings;
import dev.ecsplatform.naming.StackNames;

import java.util.List;

/**
 * What the public entry needs.
 *
 * @param names           naming and tagging for the stack
 * @param region          the AWS region (which principal may deliver access logs)
 * @param accountId       the account (access logs land under its prefix)
 * @param protect         deletion protection for the load balancer, retention for the log bucket
 * @param ingress         the validated ingress settings
 * @param services        the public services, by name order
 * @param vpcId           the VPC
 * @param subnetIds       the public subnets
 * @param securityGroupId the load balancer's security group (rules live in the service firewall)
 */
public record PublicEntryArgs(StackNames names, String region, Output<String> accountId, boolean protect,
                              IngressSettings ingress, List<ServiceSettings> services, Output<String> vpcId,
                              Output<List<String>> subnetIds, Output<String> securityGroupId) {
}
