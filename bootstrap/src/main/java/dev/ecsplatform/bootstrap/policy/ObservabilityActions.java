package dev.ecsplatform.bootstrap.policy;

import dev.ecsplatform.bootstrap.policy.ProviderCall.Operation;
import dev.ecsplatform.bootstrap.policy.ProviderCall.Target;
import dev.ecsplatform.bootstrap.policy.ProviderCall.Value;

import java.util.List;
import java.util.Map;

import static dev.ecsplatform.bootstrap.policy.ProviderActions.Builder.row;

/**
 * The provider's calls for the stack's CloudWatch alarms, dashboards and saved Logs Insights queries, its alarm
 * topic, the topic's subscriptions and policy, and the KMS key and alias that encrypt it
 * ({@link DeployPolicyPart#OBSERVABILITY}).
 *
 * <p>Tags in a create request need the tagging permission too (PutMetricAlarm, CreateTopic, CreateKey). The key's
 * writes after its set-up carry its tags ({@code aws:ResourceTag/…}) and its creation the requested ones
 * ({@code aws:RequestTag/…}): {@link DeployPermissions} scopes key writes by them, since key ids are generated.
 */
final class ObservabilityActions {

    private static final String CLOUDWATCH = "arn:{partition}:cloudwatch:{region}:{account}:";
    private static final String SNS = "arn:{partition}:sns:{region}:{account}:";
    private static final String KMS = "arn:{partition}:kms:{region}:{account}:";
    /** The key an alias points to; the mock's key id is the key's logical name, which stands in for the UUID. */
    private static final Target ALIASED_KEY = new Target.Arn(KMS + "key/{ref:targetKeyId}");
    private static final Target SUBSCRIBED_TOPIC = new Target.Arn(SNS + "{ref:topic}");
    private static final Map<String, Value> REQUESTED_TAGS = Map.of(
            "aws:RequestTag/project", new Value.Input("tags.project"), "aws:RequestTag/stack", new Value.Input("tags.stack"));
    private static final Map<String, Value> KEY_TAGS = Map.of(
            "aws:ResourceTag/project", new Value.Input("tags.project"), "aws:ResourceTag/stack", new Value.Input("tags.stack"));

    private ObservabilityActions() {
    }

    static List<ProviderActions.Row> rows() {
        return List.of(
                row("aws:cloudwatch/metricAlarm:MetricAlarm", CLOUDWATCH + "alarm:{name}").autoNamed()
                        .create("cloudwatch:PutMetricAlarm").tags("cloudwatch:TagResource", "cloudwatch:UntagResource")
                        .readAny("cloudwatch:DescribeAlarms").read("cloudwatch:ListTagsForResource")
                        .update("cloudwatch:PutMetricAlarm").delete("cloudwatch:DeleteAlarms")
                        // The program's own call (AWS SDK) before every real update: is a deployment alarm in ALARM?
                        .call(Operation.UPDATE, "cloudwatch:DescribeAlarms", new Target.Any(), Map.of(),
                                ProviderCall.ALWAYS).build(),
                // A dashboard is global: its ARN has no region.
                row("aws:cloudwatch/dashboard:Dashboard", "arn:{partition}:cloudwatch::{account}:dashboard/{input:dashboardName}")
                        .create("cloudwatch:PutDashboard").read("cloudwatch:GetDashboard")
                        .update("cloudwatch:PutDashboard").delete("cloudwatch:DeleteDashboards").build(),
                // Query definitions have no resource-level permissions; their ids are generated.
                row("aws:cloudwatch/queryDefinition:QueryDefinition", "arn:{partition}:logs:{region}:{account}:query-definition:{name}")
                        .on(Operation.CREATE, new Target.Any(), "logs:PutQueryDefinition")
                        .readAny("logs:DescribeQueryDefinitions")
                        .on(Operation.UPDATE, new Target.Any(), "logs:PutQueryDefinition")
                        .on(Operation.DELETE, new Target.Any(), "logs:DeleteQueryDefinition").build(),
                // Create sets the attributes CreateTopic does not take with SetTopicAttributes.
                row("aws:sns/topic:Topic", SNS + "{name}").autoNamed()
                        .create("sns:CreateTopic", "sns:SetTopicAttributes").tags("sns:TagResource", "sns:UntagResource")
                        .read("sns:GetTopicAttributes", "sns:ListTagsForResource")
                        .update("sns:SetTopicAttributes").delete("sns:DeleteTopic").build(),
                // Deleting a topic policy writes the default policy back.
                row("aws:sns/topicPolicy:TopicPolicy", SNS + "{ref:arn}")
                        .create("sns:SetTopicAttributes").read("sns:GetTopicAttributes")
                        .update("sns:SetTopicAttributes").delete("sns:GetTopicAttributes", "sns:SetTopicAttributes").build(),
                // Subscribe is authorized against the topic; the subscription's own calls have no resource-level
                // permissions. An email subscription stays pending until its owner confirms it.
                row("aws:sns/topicSubscription:TopicSubscription", SNS + "{ref:topic}:0a1b2c3d-4e5f-6789-abcd-ef0123456789")
                        .on(Operation.CREATE, SUBSCRIBED_TOPIC, "sns:Subscribe")
                        .readAny("sns:GetSubscriptionAttributes")
                        .on(Operation.READ, SUBSCRIBED_TOPIC, "sns:ListSubscriptionsByTopic")
                        .on(Operation.UPDATE, new Target.Any(), "sns:SetSubscriptionAttributes")
                        .on(Operation.DELETE, new Target.Any(), "sns:Unsubscribe").build(),
                // Create: CreateKey with the policy and tags, then waits for the policy, rotation and tags to show
                // (GetKeyPolicy, GetKeyRotationStatus, ListResourceTags) and turns rotation on. Delete schedules the
                // deletion (deletionWindowInDays) and reads the key until it is pending deletion.
                row("aws:kms/key:Key", KMS + "key/{name}")
                        .call(Operation.CREATE, "kms:CreateKey", new Target.Any(), REQUESTED_TAGS, ProviderCall.ALWAYS)
                        .call(Operation.CREATE, "kms:TagResource", new Target.Any(), REQUESTED_TAGS, ProviderCall.isSet("tags"))
                        .call(Operation.CREATE, "kms:EnableKeyRotation", new Target.Self(), Map.of(),
                                ProviderCall.isSet("enableKeyRotation"))
                        .read("kms:DescribeKey", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:ListResourceTags")
                        .call(Operation.UPDATE, "kms:PutKeyPolicy", new Target.Self(), KEY_TAGS, ProviderCall.ALWAYS)
                        .call(Operation.UPDATE, "kms:UpdateKeyDescription", new Target.Self(), KEY_TAGS, ProviderCall.ALWAYS)
                        .call(Operation.UPDATE, "kms:EnableKeyRotation", new Target.Self(), KEY_TAGS, ProviderCall.ALWAYS)
                        .call(Operation.UPDATE, "kms:DisableKeyRotation", new Target.Self(), KEY_TAGS, ProviderCall.ALWAYS)
                        .call(Operation.UPDATE, "kms:TagResource", new Target.Self(), KEY_TAGS, ProviderCall.isSet("tags"))
                        .call(Operation.UPDATE, "kms:UntagResource", new Target.Self(), KEY_TAGS, ProviderCall.isSet("tags"))
                        .call(Operation.DELETE, "kms:ScheduleKeyDeletion", new Target.Self(), KEY_TAGS, ProviderCall.ALWAYS)
                        .call(Operation.DELETE, "kms:DescribeKey", new Target.Self(), Map.of(), ProviderCall.ALWAYS).build(),
                // An alias call is authorized against the alias and against the key (both, for each key of UpdateAlias).
                row("aws:kms/alias:Alias", KMS + "{name}")
                        .create("kms:CreateAlias").on(Operation.CREATE, ALIASED_KEY, "kms:CreateAlias")
                        .readAny("kms:ListAliases")
                        .update("kms:UpdateAlias").on(Operation.UPDATE, ALIASED_KEY, "kms:UpdateAlias")
                        .delete("kms:DeleteAlias").on(Operation.DELETE, ALIASED_KEY, "kms:DeleteAlias").build());
    }
}
