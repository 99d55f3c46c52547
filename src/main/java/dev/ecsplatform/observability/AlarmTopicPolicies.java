package dev.ecsplatform.observability;

import dev.ecsplatform.aws.Arn;
import dev.ecsplatform.iam.LogGroupEncryption;
import dev.ecsplatform.iam.PolicyDocument;
import dev.ecsplatform.iam.PolicyStatement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The key policy and topic policy of the alarm topic. Pure.
 *
 * <p>CloudWatch alarms cannot publish to a topic encrypted with the AWS managed key {@code aws/sns}: its policy cannot
 * be changed to let {@code cloudwatch.amazonaws.com} use it. A customer managed key whose policy grants CloudWatch
 * {@code kms:Decrypt} and {@code kms:GenerateDataKey*} is needed (SNS developer guide, "Key management", compatibility
 * between event sources from AWS services and encrypted topics). CloudWatch publishes to the topic only for this
 * account's alarms of this stack: the topic policy carries {@code aws:SourceAccount} and {@code aws:SourceArn} on the
 * alarm name prefix, the conditions CloudWatch documents for SNS topic policies (CloudWatch user guide, confused
 * deputy prevention), so no other alarm can publish to the topic.
 *
 * <p>The key policy's CloudWatch statement carries no such conditions: the SNS guide's statement for AWS event
 * sources has none, and no AWS document says that the KMS requests made when CloudWatch publishes to an encrypted
 * topic carry {@code aws:SourceArn}/{@code aws:SourceAccount} (AWS documents them on key policies service by service,
 * e.g. End User Messaging SMS, and not for CloudWatch). A key
 * condition the request does not carry denies every data key, and every notification is silently dropped. The key
 * only encrypts this topic, and the topic policy already decides which alarms reach it.
 */
public final class AlarmTopicPolicies {

    static final String CLOUDWATCH = "cloudwatch.amazonaws.com";

    /** What the provider does to the key after creating it (bootstrap: ObservabilityActions, the key's row). */
    static final List<String> DEPLOY_ROLE_KEY_ACTIONS = List.of(
            "kms:CancelKeyDeletion", "kms:DescribeKey", "kms:DisableKeyRotation", "kms:EnableKeyRotation",
            "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:ListResourceTags", "kms:PutKeyPolicy",
            "kms:ScheduleKeyDeletion", "kms:TagResource", "kms:UntagResource", "kms:UpdateKeyDescription");

    private AlarmTopicPolicies() {
    }

    /**
     * The alarm key's policy.
     *
     * @param deployRoleArns the stack's deploy roles (StackContract): they administer this key by this policy, which
     *                       they wrote when they created the key. Their identity policies grant no key writes: a grant
     *                       conditioned on tags would reach any key a role can tag, and creating a key with tags needs
     *                       kms:TagResource on every key of the account (KMS developer guide, "Controlling access to
     *                       tags"; "ABAC for AWS KMS").
     */
    public static String keyPolicy(String region, String accountId, List<String> deployRoleArns) {
        return keyPolicy(region, accountId, deployRoleArns, Optional.empty());
    }

    /**
     * The stack key's policy, also letting CloudWatch Logs encrypt the ECS Exec session log group when the stack has
     * one: the stack's only customer managed key encrypts both, so an operator's shell sessions are kept under a key
     * of the stack's own (docs/design-decisions.md, "ECS Exec sessions are audited").
     *
     * @param execSessionLogGroupArn the Exec session log group, when any service allows Exec
     */
    public static String keyPolicy(String region, String accountId, List<String> deployRoleArns,
                                   Optional<String> execSessionLogGroupArn) {
        var statements = new ArrayList<>(List.of(
                // AWS's default key statement: the account (through IAM) administers the key, so it can never be
                // locked out of it.
                new PolicyStatement("AccountAdministersKey", "Allow", principal("AWS", root(region, accountId)),
                        List.of("kms:*"), List.of("*"), new TreeMap<>()),
                // By the caller's role ARN rather than as principals: a key policy naming a role that does not exist
                // (a stack deployed only from GitHub) is refused, and a re-created role keeps its access.
                new PolicyStatement("StackDeployRolesAdministerThisKey", "Allow", principal("AWS", "*"),
                        DEPLOY_ROLE_KEY_ACTIONS, List.of("*"), new TreeMap<>())
                        .withCondition("StringEquals", "aws:PrincipalAccount", List.of(accountId))
                        .withCondition("ArnEquals", "aws:PrincipalArn", deployRoleArns),
                new PolicyStatement("CloudWatchAlarmsEncryptNotifications", "Allow",
                        principal("Service", CLOUDWATCH), List.of("kms:Decrypt", "kms:GenerateDataKey*"), List.of("*"),
                        new TreeMap<>())));
        execSessionLogGroupArn.ifPresent(group -> statements.add(
                LogGroupEncryption.keyPolicyStatement("CloudWatchLogsEncryptExecSessions", region, group)));
        return new PolicyDocument(statements).toJson();
    }

    public static String topicPolicy(String region, String accountId, String topicArn, String alarmPrefix) {
        return PolicyDocument.of(
                new PolicyStatement("AccountManagesTopic", "Allow", principal("AWS", root(region, accountId)),
                        List.of("sns:AddPermission", "sns:DeleteTopic", "sns:GetTopicAttributes",
                                "sns:ListSubscriptionsByTopic", "sns:Publish", "sns:RemovePermission",
                                "sns:SetTopicAttributes", "sns:Subscribe"),
                        List.of(topicArn), new TreeMap<>()),
                fromOwnAlarms(new PolicyStatement("CloudWatchAlarmsPublish", "Allow", principal("Service", CLOUDWATCH),
                        List.of("sns:Publish"), List.of(topicArn), new TreeMap<>()), region, accountId, alarmPrefix),
                new PolicyStatement("DenyPublishWithoutTls", "Deny", principal("AWS", "*"), List.of("sns:Publish"),
                        List.of(topicArn), new TreeMap<>())
                        .withCondition("Bool", "aws:SecureTransport", List.of("false"))
        ).toJson();
    }

    /** Alarms of this stack in this account: {@code arn:<partition>:cloudwatch:<region>:<account>:alarm:<prefix>*}. */
    static String alarmArnPattern(String region, String accountId, String alarmPrefix) {
        return ConsoleUrls.alarmArn(region, accountId, alarmPrefix + "*");
    }

    private static PolicyStatement fromOwnAlarms(PolicyStatement statement, String region, String accountId,
                                                 String alarmPrefix) {
        return statement
                .withCondition("StringEquals", "aws:SourceAccount", List.of(accountId))
                .withCondition("ArnLike", "aws:SourceArn", List.of(alarmArnPattern(region, accountId, alarmPrefix)));
    }

    private static String root(String region, String accountId) {
        return "arn:" + Arn.partitionOf(region) + ":iam::" + accountId + ":root";
    }

    private static TreeMap<String, List<String>> principal(String type, String value) {
        return new TreeMap<>(Map.of(type, List.of(value)));
    }
}
