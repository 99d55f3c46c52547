package dev.ecsplatform.observability;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alarm topic's key and topic policies: CloudWatch may use the key and publish, only for this stack's alarms
 * of this account; nobody publishes without TLS.
 */
class AlarmTopicPoliciesTest {

    private static final String ALARMS = "arn:aws:cloudwatch:us-east-1:123456789012:alarm:ecs-platform-dev/*";
    private static final List<String> DEPLOY_ROLES = List.of(
            "arn:aws:iam::123456789012:role/bootstrap/ecs-platform-dev-pulumi-deploy",
            "arn:aws:iam::123456789012:role/bootstrap/ecs-platform-dev-github-deploy");

    @Test
    void theKeyLetsCloudWatchEncryptNotificationsWithoutConditionsItsRequestsMayNotCarry() {
        // The topic policy, not the key, decides which alarms publish (see the next test).
        var policy = JsonParser.parseString(AlarmTopicPolicies.keyPolicy("us-east-1", "123456789012",
                DEPLOY_ROLES));
        assertThat(policy).isEqualTo(JsonParser.parseString("""
                {"Version":"2012-10-17","Statement":[
                  {"Sid":"AccountAdministersKey","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},
                   "Action":"kms:*","Resource":"*"},
                  {"Sid":"StackDeployRolesAdministerThisKey","Effect":"Allow","Principal":{"AWS":"*"},
                   "Action":["kms:CancelKeyDeletion","kms:DescribeKey","kms:DisableKeyRotation","kms:EnableKeyRotation",
                             "kms:GetKeyPolicy","kms:GetKeyRotationStatus","kms:ListResourceTags","kms:PutKeyPolicy",
                             "kms:ScheduleKeyDeletion","kms:TagResource","kms:UntagResource","kms:UpdateKeyDescription"],
                   "Resource":"*",
                   "Condition":{"ArnEquals":{"aws:PrincipalArn":["arn:aws:iam::123456789012:role/bootstrap/ecs-platform-dev-pulumi-deploy",
                                                                "arn:aws:iam::123456789012:role/bootstrap/ecs-platform-dev-github-deploy"]},
                                "StringEquals":{"aws:PrincipalAccount":"123456789012"}}},
                  {"Sid":"CloudWatchAlarmsEncryptNotifications","Effect":"Allow",
                   "Principal":{"Service":"cloudwatch.amazonaws.com"},
                   "Action":["kms:Decrypt","kms:GenerateDataKey*"],"Resource":"*"}]}
                """));
    }

    @Test
    void theTopicTakesNotificationsFromThisStacksAlarmsAndNothingWithoutTls() {
        var topic = "arn:aws:sns:us-east-1:123456789012:ecs-platform-dev-alarms";
        var policy = JsonParser.parseString(AlarmTopicPolicies.topicPolicy("us-east-1", "123456789012", topic,
                "ecs-platform-dev/")).getAsJsonObject().getAsJsonArray("Statement");
        assertThat(policy.get(1)).isEqualTo(JsonParser.parseString("""
                {"Sid":"CloudWatchAlarmsPublish","Effect":"Allow","Principal":{"Service":"cloudwatch.amazonaws.com"},
                 "Action":"sns:Publish","Resource":"%s",
                 "Condition":{"ArnLike":{"aws:SourceArn":"%s"},"StringEquals":{"aws:SourceAccount":"123456789012"}}}
                """.formatted(topic, ALARMS)));
        assertThat(policy.get(2)).isEqualTo(JsonParser.parseString("""
                {"Sid":"DenyPublishWithoutTls","Effect":"Deny","Principal":{"AWS":"*"},"Action":"sns:Publish",
                 "Resource":"%s","Condition":{"Bool":{"aws:SecureTransport":"false"}}}
                """.formatted(topic)));
        assertThat(policy.get(0).getAsJsonObject().get("Principal").toString())
                .isEqualTo("{\"AWS\":\"arn:aws:iam::123456789012:root\"}");
    }

    @Test
    void otherPartitionsGetTheirOwnArns() {
        assertThat(AlarmTopicPolicies.keyPolicy("cn-north-1", "123456789012", List.of()))
                .contains("arn:aws-cn:iam::123456789012:root");
        assertThat(AlarmTopicPolicies.topicPolicy("cn-north-1", "123456789012", "t", "p/"))
                .contains("arn:aws-cn:cloudwatch:cn-north-1:123456789012:alarm:p/*");
        assertThat(ConsoleUrls.dashboard("us-gov-west-1", "d"))
                .isEqualTo("https://console.amazonaws-us-gov.com/cloudwatch/home?region=us-gov-west-1#dashboards/dashboard/d");
        assertThat(ConsoleUrls.dashboard("cn-north-1", "d"))
                .isEqualTo("https://cn-north-1.console.amazonaws.cn/cloudwatch/home?region=cn-north-1#dashboards/dashboard/d");
    }
}
