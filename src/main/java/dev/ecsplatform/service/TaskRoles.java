package dev.ecsplatform.service;

import dev.ecsplatform.aws.Arn;
import dev.ecsplatform.aws.ImageReference;
import dev.ecsplatform.aws.SecretReference;
import dev.ecsplatform.config.ServiceSettings;
import dev.ecsplatform.iam.LogGroupEncryption;
import dev.ecsplatform.iam.PolicyDocument;
import dev.ecsplatform.iam.PolicyStatement;
import dev.ecsplatform.naming.StableHash;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The IAM documents of a service's two roles. Pure: ARNs in, JSON out. */
public final class TaskRoles {

    private TaskRoles() {
    }

    /** Only ECS tasks started on behalf of this account may assume the roles. */
    public static String trustPolicy(String region, String accountId) {
        return PolicyDocument.of(
                PolicyStatement.serviceTrust("EcsTasksOfThisAccount", "ecs-tasks.amazonaws.com", accountId)
                        .withCondition("ArnLike", "aws:SourceArn", List.of("arn:aws:ecs:" + region + ":" + accountId + ":*")))
                .toJson();
    }

    /**
     * What ECS needs to start the task: pull its image, write its two log groups, read exactly the
     * secrets the service declares. Nothing else.
     */
    public static String executionPolicy(ServiceSettings service, List<String> logGroupArns) {
        var statements = new ArrayList<PolicyStatement>();
        var image = ImageReference.parse(service.image());
        image.flatMap(ImageReference::ecrRepositoryArn).ifPresent(repository -> {
            // GetAuthorizationToken has no resource-level permissions; the pull itself is scoped to the repository.
            statements.add(PolicyStatement.allow("EcrLogin", List.of("ecr:GetAuthorizationToken"), List.of("*")));
            statements.add(PolicyStatement.allow("PullImage",
                    List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"),
                    List.of(repository)));
        });
        statements.add(PolicyStatement.allow("WriteLogs", List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                logGroupArns.stream().map(arn -> arn + ":log-stream:*").toList()));
        var secretsManager = new ArrayList<String>();
        var parameters = new ArrayList<String>();
        var keyUsers = new TreeMap<String, SortedSet<String>>();
        for (var source : service.secrets().values()) {
            var secret = SecretReference.parse(source.from()).orElseThrow();
            (secret.secretsManager() ? secretsManager : parameters).addAll(secret.iamResources());
            source.kmsKey().ifPresent(key -> keyUsers.computeIfAbsent(key, k -> new TreeSet<>()).add(secret.kmsViaService()));
        }
        if (!secretsManager.isEmpty()) {
            statements.add(PolicyStatement.allow("ReadOwnSecrets", List.of("secretsmanager:GetSecretValue"),
                    secretsManager.stream().distinct().sorted().toList()));
        }
        if (!parameters.isEmpty()) {
            statements.add(PolicyStatement.allow("ReadOwnParameters", List.of("ssm:GetParameters"),
                    parameters.stream().distinct().sorted().toList()));
        }
        // A secret under a customer-managed key is decrypted by Secrets Manager or SSM on ECS's behalf: allow
        // exactly those keys, and only through the service that reads each secret (kms:ViaService).
        int key = 0;
        for (var entry : keyUsers.entrySet()) {
            statements.add(PolicyStatement.allow("DecryptOwnSecrets" + (++key), List.of("kms:Decrypt"), List.of(entry.getKey()))
                    .withCondition("StringEquals", "kms:ViaService", List.copyOf(entry.getValue())));
        }
        return new PolicyDocument(statements).toJson();
    }

    /**
     * The logical name of a managed policy's attachment: the policy's name for the reader and a hash of its whole
     * ARN, because two ARNs can share a last segment ({@code policy/ReadOnlyAccess} and
     * {@code policy/job-function/ReadOnlyAccess}, or an AWS and a customer policy of one name).
     */
    public static String attachmentName(String componentName, String policyArn) {
        return componentName + "-policy-" + policyArn.substring(policyArn.lastIndexOf('/') + 1) + "-" + StableHash.of(policyArn);
    }

    /**
     * The inline policy of the task role of a service with Exec: ECS Exec's channels and what session logging needs
     * from the application's side (the SSM agent in the task writes the session to the cluster's log group with the
     * task role: ECS developer guide, "Monitor Amazon ECS containers with ECS Exec", IAM permissions for logging).
     *
     * @param execLogGroupArn the ARN of the stack's Exec session log group
     * @param region          the stack's region (CloudWatch Logs makes the key's calls there)
     * @param execLogsKeyArn  the stack's key, when it encrypts that group: the writer may use it through CloudWatch
     *                        Logs for that group only ({@link LogGroupEncryption#writerStatements})
     */
    public static String taskPolicy(String execLogGroupArn, String region, Optional<String> execLogsKeyArn) {
        // The SSM message channels and DescribeLogGroups have no resource-level permissions.
        var statements = new ArrayList<>(List.of(
                PolicyStatement.allow("EcsExecChannels", List.of(
                        "ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel",
                        "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel"), List.of("*")),
                PolicyStatement.allow("FindExecSessionLog", List.of("logs:DescribeLogGroups"), List.of("*")),
                PolicyStatement.allow("WriteExecSessionLog", List.of(
                        "logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"),
                        List.of(execLogGroupArn + ":*"))));
        execLogsKeyArn.ifPresent(key -> statements.addAll(
                LogGroupEncryption.writerStatements("ExecSessionLogKey", region, key, execLogGroupArn)));
        return new PolicyDocument(statements).toJson();
    }

    /**
     * The ARN of a log group of the stack, as CloudWatch Logs spells it in KMS encryption contexts and as IAM matches
     * it: in the region's partition.
     */
    public static String logGroupArn(String region, String accountId, String groupName) {
        return "arn:" + Arn.partitionOf(region) + ":logs:" + region + ":" + accountId + ":log-group:" + groupName;
    }
}
