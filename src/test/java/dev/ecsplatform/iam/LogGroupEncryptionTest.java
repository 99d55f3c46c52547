package dev.ecsplatform.iam;

import com.google.gson.JsonParser;
import dev.ecsplatform.observability.AlarmTopicPolicies;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What a KMS key must allow for CloudWatch Logs to encrypt one log group, and what a writer of that group needs. */
class LogGroupEncryptionTest {

    private static final String GROUP = "arn:aws:logs:us-east-1:123456789012:log-group:/ecs-platform/dev/ecs-exec/sessions";
    private static final String KEY = "arn:aws:kms:us-east-1:123456789012:key/ecs-platform-dev-alerting-key";

    @Test
    void theKeyLetsTheRegionsCloudWatchLogsUseItForThatLogGroupOnly() {
        var statement = PolicyDocument.of(LogGroupEncryption.keyPolicyStatement("Logs", "us-east-1", GROUP)).toJson();
        assertThat(JsonParser.parseString(statement)).isEqualTo(JsonParser.parseString("""
                {"Version":"2012-10-17","Statement":[{"Sid":"Logs","Effect":"Allow",
                  "Principal":{"Service":"logs.us-east-1.amazonaws.com"},
                  "Action":["kms:Encrypt*","kms:Decrypt*","kms:ReEncrypt*","kms:GenerateDataKey*","kms:Describe*"],
                  "Resource":"*",
                  "Condition":{"ArnEquals":{"kms:EncryptionContext:aws:logs:arn":"%s"}}}]}
                """.formatted(GROUP)));
    }

    @Test
    void aWriterMayUseTheKeyOnlyThroughCloudWatchLogsAndOnlyForThatLogGroup() {
        var statements = PolicyDocument.of(LogGroupEncryption.writerStatements("Exec", "us-east-1", KEY, GROUP)
                .toArray(PolicyStatement[]::new)).toJson();
        assertThat(JsonParser.parseString(statements)).isEqualTo(JsonParser.parseString("""
                {"Version":"2012-10-17","Statement":[
                  {"Sid":"ExecDataKeys","Effect":"Allow","Action":["kms:Decrypt","kms:GenerateDataKey"],"Resource":"%1$s",
                   "Condition":{"ArnEquals":{"kms:EncryptionContext:aws:logs:arn":"%2$s"},
                                "StringEquals":{"kms:ViaService":"logs.us-east-1.amazonaws.com"}}},
                  {"Sid":"ExecDescribeKey","Effect":"Allow","Action":"kms:DescribeKey","Resource":"%1$s",
                   "Condition":{"StringEquals":{"kms:ViaService":"logs.us-east-1.amazonaws.com"}}}]}
                """.formatted(KEY, GROUP)));
    }

    @Test
    void theChinaRegionsServicePrincipalIsInTheirDomain() {
        assertThat(LogGroupEncryption.logsService("cn-north-1")).isEqualTo("logs.cn-north-1.amazonaws.com.cn");
        assertThat(LogGroupEncryption.logsService("us-gov-west-1")).isEqualTo("logs.us-gov-west-1.amazonaws.com");
    }

    @Test
    void theStackKeyCarriesTheLogsStatementOnlyWhenThereIsAnExecSessionLogGroup() {
        var roles = List.of("arn:aws:iam::123456789012:role/bootstrap/ecs-platform-dev-pulumi-deploy");
        var without = AlarmTopicPolicies.keyPolicy("us-east-1", "123456789012", roles);
        assertThat(AlarmTopicPolicies.keyPolicy("us-east-1", "123456789012", roles, Optional.empty()))
                .isEqualTo(without).doesNotContain("logs.");
        var with = JsonParser.parseString(AlarmTopicPolicies.keyPolicy("us-east-1", "123456789012", roles,
                Optional.of(GROUP))).getAsJsonObject().getAsJsonArray("Statement");
        assertThat(with).hasSize(4);
        assertThat(with.get(3)).isEqualTo(JsonParser.parseString(PolicyDocument.of(
                LogGroupEncryption.keyPolicyStatement("CloudWatchLogsEncryptExecSessions", "us-east-1", GROUP)).toJson())
                .getAsJsonObject().getAsJsonArray("Statement").get(0));
    }
}
