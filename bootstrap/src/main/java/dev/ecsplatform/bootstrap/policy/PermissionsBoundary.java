package dev.ecsplatform.bootstrap.policy;

import dev.ecsplatform.contract.AttachablePolicies;
import dev.ecsplatform.contract.AwsAccount;
import dev.ecsplatform.contract.StackContract;

import java.util.ArrayList;
import java.util.List;

/**
 * The most any role of one stack may ever do: the permissions boundary its deploy roles must put on every role they
 * create or change. Whatever a policy on a stack role says (an inline {@code *:*} written by a compromised pipeline, an
 * attached managed policy), AWS grants a task only what this boundary also allows (IAM User Guide, "Permissions
 * boundaries for IAM entities").
 *
 * <p>It allows what the main program's roles are given, and no more: starting tasks (pulling images from ECR,
 * writing the stack's own log groups, reading secrets and parameters of the account, decrypting them only through
 * Secrets Manager or Parameter Store), ECS Exec's message channels and its session log under the stack's key (only
 * through CloudWatch Logs, for the stack's log groups), VPC flow logs' delivery to the stack's log group,
 * and the task actions of the AWS managed policies a stack may attach ({@link AttachablePolicies}). Nothing of IAM,
 * STS, EC2, ECS, Organizations or any write to data outside the stack's logs.
 *
 * <p>Secrets: the program accepts any secret ARN of the account, so the boundary lets a stack role read any secret or
 * parameter of the account (only the execution role is given the service's own ones). Accounts that keep other
 * secrets beside a stack's should give the stack an account of its own.
 */
public final class PermissionsBoundary {

    private PermissionsBoundary() {
    }

    public static PolicyDocument document(AwsAccount account, String project, String stack) {
        var contract = new StackContract(project, stack);
        var statements = new ArrayList<Statement>();
        // ECR's token call has no resource-level permissions; images may come from any account's registry.
        statements.add(Statement.allow("PullImages", List.of("ecr:GetAuthorizationToken",
                "ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"), List.of("*")));
        statements.add(Statement.allow("WriteStackLogs", List.of("logs:CreateLogStream", "logs:PutLogEvents",
                        "logs:DescribeLogStreams"),
                List.of(account.anyRegionArn("logs", "log-group:" + contract.logGroupPattern()))));
        statements.add(Statement.allow("ReadSecrets", List.of("secretsmanager:GetSecretValue", "ssm:GetParameters"),
                List.of(account.anyRegionArn("secretsmanager", "secret:*"), account.anyRegionArn("ssm", "parameter/*"))));
        statements.add(Statement.allow("DecryptSecretsOnly", List.of("kms:Decrypt"),
                List.of(account.anyRegionArn("kms", "key/*")),
                Condition.stringLike("kms:ViaService", "secretsmanager.*.amazonaws.com", "ssm.*.amazonaws.com")));
        // ECS Exec's channels have no resource-level permissions.
        statements.add(Statement.allow("EcsExecChannels", List.of("ssmmessages:CreateControlChannel",
                "ssmmessages:CreateDataChannel", "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel"),
                List.of("*")));
        // ECS Exec session logging: the SSM agent in the task finds the log group, then writes the session to it
        // (WriteStackLogs). DescribeLogGroups has no resource-level permissions.
        statements.add(Statement.allow("FindExecSessionLog", List.of("logs:DescribeLogGroups"), List.of("*")));
        // ECS Exec session logs under the stack's key: CloudWatch Logs makes the key's calls on the writer's behalf
        // (kms:ViaService), for the stack's log groups only; DescribeKey carries no encryption context.
        statements.add(Statement.allow("EncryptStackLogs", List.of("kms:Decrypt", "kms:GenerateDataKey"),
                List.of(account.anyRegionArn("kms", "key/*")),
                Condition.stringLike("kms:ViaService", "logs.*.amazonaws.com", "logs.*.amazonaws.com.cn"),
                new Condition("ArnLike", "kms:EncryptionContext:aws:logs:arn",
                        List.of(account.anyRegionArn("logs", "log-group:" + contract.logGroupPattern())))));
        statements.add(Statement.allow("DescribeStackLogsKey", List.of("kms:DescribeKey"),
                List.of(account.anyRegionArn("kms", "key/*")),
                Condition.stringLike("kms:ViaService", "logs.*.amazonaws.com", "logs.*.amazonaws.com.cn")));
        // Service Connect TLS: what AWS's managed policy gives the stack's infrastructure role, for that role only
        // (aws:PrincipalArn), so no task role can ever issue certificates or touch the certificates' secrets.
        var tlsRole = List.of(contract.serviceConnectTlsRoleArn(account));
        var tlsActions = StackContract.SERVICE_CONNECT_TLS_POLICY.taskActions();
        statements.add(Statement.allow("ServiceConnectTlsCertificates",
                tlsActions.stream().filter(a -> a.startsWith("acm-pca:")).toList(),
                List.of(account.anyRegionArn("acm-pca", "certificate-authority/*")),
                new Condition("ArnEquals", "aws:PrincipalArn", tlsRole)));
        statements.add(Statement.allow("ServiceConnectTlsSecrets",
                tlsActions.stream().filter(a -> a.startsWith("secretsmanager:")).toList(),
                List.of(account.anyRegionArn("secretsmanager", StackContract.SERVICE_CONNECT_TLS_SECRETS)),
                new Condition("ArnEquals", "aws:PrincipalArn", tlsRole)));
        statements.add(Statement.allow("ServiceConnectTlsKey", StackContract.SERVICE_CONNECT_TLS_KEY_ACTIONS,
                List.of(account.anyRegionArn("kms", "key/*")),
                new Condition("ArnEquals", "aws:PrincipalArn", tlsRole)));
        for (var policy : AttachablePolicies.AWS_MANAGED) {
            statements.add(Statement.allow(sid(policy.pathAndName()), policy.taskActions(), List.of("*")));
        }
        return new PolicyDocument(statements);
    }

    /** {@code AmazonS3ReadOnlyAccess} → {@code AsAmazonS3ReadOnlyAccess}; a path is dropped. */
    static String sid(String pathAndName) {
        return "As" + pathAndName.substring(pathAndName.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9]", "");
    }
}
