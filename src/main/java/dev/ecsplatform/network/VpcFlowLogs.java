package dev.ecsplatform.network;

import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.ec2.FlowLog;
import com.pulumi.aws.ec2.FlowLogArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import dev.ecsplatform.aws.NameLimits;
import dev.ecsplatform.config.FlowLogSettings;
import dev.ecsplatform.iam.PolicyDocument;
import dev.ecsplatform.iam.PolicyStatement;
import dev.ecsplatform.naming.PhysicalNames;
import dev.ecsplatform.stack.StackContext;

import java.util.List;

/** The VPC's flow logs (EC2.6): a log group, a role only the flow-logs service of this account can assume, the log. */
final class VpcFlowLogs {

    private VpcFlowLogs() {
    }

    static void create(ComponentResource network, String name, StackContext stack, FlowLogSettings flowLogs, Vpc vpc) {
        var names = stack.names();
        var logGroup = new LogGroup(name + "-flow-logs", LogGroupArgs.builder()
                .name(names.path("vpc-flow-logs"))
                .retentionInDays(flowLogs.retentionDays())
                .tags(names.tags(name + "-flow-logs"))
                .build(), child(network).build());
        var role = new Role(name + "-flow-logs-role", RoleArgs.builder()
                // Named like every stack role (fitted to IAM's 64 characters, inside the deploy roles' pattern);
                // Pulumi's auto-name would not fit long project and stack names. Only a new name replaces it,
                // so delete-first is safe.
                .name(names.contract().roleName("flow-logs"))
                .description("Lets VPC flow logs of " + name + " write to their log group")
                .permissionsBoundary(stack.permissionsBoundaryArn())
                .assumeRolePolicy(stack.accountId().applyValue(account -> PolicyDocument.of(
                        PolicyStatement.serviceTrust("FlowLogsAssume", "vpc-flow-logs.amazonaws.com", account)).toJson()))
                .tags(names.tags(name + "-flow-logs-role"))
                .build(), child(network).deleteBeforeReplace(true).build());
        var write = new RolePolicy(name + "-flow-logs-write", RolePolicyArgs.builder()
                .name(PhysicalNames.fit(name + "-flow-logs-write", NameLimits.IAM_INLINE_POLICY))
                .role(role.id())
                .policy(logGroup.arn().applyValue(arn -> PolicyDocument.of(PolicyStatement.allow("WriteFlowLogs",
                        List.of("logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"),
                        List.of(arn, arn + ":*"))).toJson()))
                .build(), child(network).build());
        new FlowLog(name + "-flow-log", FlowLogArgs.builder()
                .vpcId(vpc.id())
                .trafficType(flowLogs.trafficType())
                .logDestinationType("cloud-watch-logs")
                .logDestination(logGroup.arn())
                .iamRoleArn(role.arn())
                .maxAggregationInterval(60)
                .tags(names.tags(name + "-flow-log"))
                // The log is checked when it is created: the role must be able to write by then.
                .build(), child(network).dependsOn(write).build());
    }

    private static CustomResourceOptions.Builder child(ComponentResource network) {
        return CustomResourceOptions.builder().parent(network);
    }
}
