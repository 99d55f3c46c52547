package dev.ecsplatform.observability;

import dev.ecsplatform.iam.PolicyDocument;
import dev.ecsplatform.iam.PolicyStatement;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The key policy and topic policy of the alarm topic. Pure.
 *
 * <p>CloudWatch alarms cannot publish to a topic encrypted with the AWS managed key {@code aws/sns}: its policy cannot
 * be changed to let {@code cloudwatch.amazonaws.com} use it. A customer managed key whose policy grants CloudWatch
 * {@code kms:Decrypt} and {@code kms:GenerateDataKey*} is needed (SNS developer guide, "Key management", compatibility
 * between event sources from AWS services and encrypted topics). CloudWatch acts only for this account's alarms of
 * this stack ({@code aws:SourceAccount}, {@code aws:SourceArn} on the alarm name prefix), so no other alarm can use the
 * key or the topic.
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
    public static String keyPolicy(String region, String accountId, String alarmPrefix, List<String> deployRoleArns) {
        return PolicyDocument.of(
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
                fromOwnAlarms(new PolicyStatement("CloudWatchAlarmsEncryptNotifications", "Allow",
                        principal("Service", CLOUDWATCH), List.of("kms:Decrypt", "kms:GenerateDataKey*"), List.of("*"),
                        new TreeMap<>()), region, accountId, alarmPrefix)
        ).toJson();
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
        return "arn:" + ConsoleUrls.partition(region) + ":iam::" + accountId + ":root";
    }

    private static TreeMap<String, List<String>> principal(String type, String value) {
        return new TreeMap<>(Map.of(type, List.of(value)));
    }
}
