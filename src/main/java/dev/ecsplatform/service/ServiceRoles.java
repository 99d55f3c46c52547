package dev.ecsplatform.service;

import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import dev.ecsplatform.aws.NameLimits;
import dev.ecsplatform.naming.PhysicalNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A service's two identities: the execution role ECS uses to start its tasks, and the task role its
 * application runs as, with their policies. Both trust only ECS tasks of this account.
 *
 * @param execution   the execution role
 * @param task        the task role
 * @param permissions every policy and log group the first tasks need in place before they start
 */
record ServiceRoles(Role execution, Role task, List<Resource> permissions) {

    static ServiceRoles create(ComponentResource parent, String name, ConnectedServiceArgs args,
                               LogGroup appLogs, LogGroup proxyLogs) {
        var service = args.service();
        var serviceName = service.name();
        var trust = args.stack().accountId().applyValue(account -> TaskRoles.trustPolicy(args.stack().region(), account));
        var executionRole = role(parent, name + "-execution-role", serviceName + "-execution", "Starts the tasks of "
                + serviceName + ": pulls its image, writes its logs, reads its own secrets", trust, args);
        var permissions = new ArrayList<Resource>();
        permissions.add(appLogs);
        permissions.add(new RolePolicy(name + "-execution-policy", RolePolicyArgs.builder()
                .name(PhysicalNames.fit(name + "-execution", NameLimits.IAM_INLINE_POLICY))
                .role(executionRole.id())
                .policy(Output.all(appLogs.arn(), proxyLogs.arn()).applyValue(arns -> TaskRoles.executionPolicy(service, arns)))
                .build(), child(parent).build()));
        var taskRole = role(parent, name + "-task-role", serviceName + "-task", "The identity of " + serviceName
                + "'s application", trust, args);
        if (service.exec()) {
            // The cluster logs sessions to this group whenever a service allows Exec.
            var execLogs = args.home().execLogging().orElseThrow().logGroupName();
            permissions.add(new RolePolicy(name + "-exec-channels", RolePolicyArgs.builder()
                    .name(PhysicalNames.fit(name + "-exec-channels", NameLimits.IAM_INLINE_POLICY))
                    .role(taskRole.id())
                    .policy(Output.tuple(args.stack().accountId(), keyArn(args)).applyValue(t -> TaskRoles.taskPolicy(
                            TaskRoles.logGroupArn(args.stack().region(), t.t1, execLogs), args.stack().region(), t.t2)))
                    .build(), child(parent).build()));
        }
        for (var policyArn : service.taskRolePolicies()) {
            permissions.add(new RolePolicyAttachment(TaskRoles.attachmentName(name, policyArn), RolePolicyAttachmentArgs.builder()
                    .role(taskRole.name())
                    .policyArn(policyArn)
                    .build(), child(parent).build()));
        }
        return new ServiceRoles(executionRole, taskRole, List.copyOf(permissions));
    }

    private static Role role(ComponentResource parent, String resourceName, String rolePart, String description,
                             Output<String> trust, ConnectedServiceArgs args) {
        return new Role(resourceName, RoleArgs.builder()
                // A fixed name is findable in the console; fitted to IAM's limit keeping the stack's prefix, which the
                // deploy roles' name pattern needs (shared contract); replaced delete-first.
                .name(args.stack().names().contract().roleName(rolePart))
                .description(description)
                // Caps what the role can ever be given; the deploy roles may create and change roles only with it.
                .permissionsBoundary(args.stack().permissionsBoundaryArn())
                .assumeRolePolicy(trust)
                .tags(args.stack().tags(resourceName))
                .build(), child(parent).deleteBeforeReplace(true).build());
    }

    /** The key of the Exec session log group, when the stack has one, as one output. */
    private static Output<Optional<String>> keyArn(ConnectedServiceArgs args) {
        return args.home().execLogsKeyArn().map(key -> key.applyValue(Optional::of))
                .orElse(Output.of(Optional.empty()));
    }

    private static CustomResourceOptions.Builder child(ComponentResource parent) {
        return CustomResourceOptions.builder().parent(parent);
    }
}
