package dev.ecsplatform.bootstrap.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The offline review of what the bootstrap grants: {@code policies [--stack …] [--account …]}. */
class PoliciesCommandTest {

    record Run(int exit, String out, String err) {
        JsonObject json() {
            return JsonParser.parseString(out).getAsJsonObject();
        }
    }

    static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var exit = PoliciesCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsEveryRoleOfEveryStackWithTrustPoliciesAndBoundary() {
        var run = run();

        assertThat(run.exit()).as(run.err()).isZero();
        var json = run.json();
        assertThat(json.get("bootstrapStack").getAsString()).isEqualTo("shared");
        assertThat(json.getAsJsonObject("stacks").keySet()).containsExactly("dev", "prod");
        var dev = json.getAsJsonObject("stacks").getAsJsonObject("dev");
        assertThat(dev.getAsJsonArray("roles").asList()).extracting(role -> role.getAsJsonObject().get("name").getAsString())
                .containsExactly("ecs-platform-dev-pulumi-deploy", "ecs-platform-dev-github-deploy",
                        "ecs-platform-dev-github-preview");
        var preview = dev.getAsJsonArray("roles").get(2).getAsJsonObject();
        assertThat(preview.get("arn").getAsString())
                .isEqualTo("arn:aws:iam::123456789012:role/bootstrap/ecs-platform-dev-github-preview");
        assertThat(preview.getAsJsonObject("trustPolicy").toString())
                .contains("\"token.actions.githubusercontent.com:sub\":\"repo:acme/ecs-platform:pull_request\"");
        assertThat(preview.getAsJsonArray("permissionPolicies").get(0).getAsJsonObject().getAsJsonObject("document")
                .toString()).isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"ProgramDataSources\","
                        + "\"Effect\":\"Allow\",\"Action\":[\"ec2:DescribeAvailabilityZones\","
                        // The lookups of an existing VPC (network.existing), and nothing else.
                        + "\"ec2:DescribeNetworkInterfaces\",\"ec2:DescribePrefixLists\",\"ec2:DescribeRouteTables\","
                        + "\"ec2:DescribeSubnets\",\"ec2:DescribeVpcAttribute\",\"ec2:DescribeVpcEndpoints\","
                        + "\"ec2:DescribeVpcs\"],\"Resource\":\"*\"},"
                        // The lookup of serviceConnect.tls's CA, on the account's own CAs only.
                        + "{\"Sid\":\"StackCertificateAuthority\",\"Effect\":\"Allow\",\"Action\":["
                        + "\"acm-pca:DescribeCertificateAuthority\",\"acm-pca:GetCertificateAuthorityCertificate\","
                        + "\"acm-pca:GetCertificateAuthorityCsr\",\"acm-pca:ListTags\"],"
                        + "\"Resource\":\"arn:aws:acm-pca:*:123456789012:certificate-authority/*\"},"
                        // The lookup of serviceConnect.tls.kmsKeyArn: the key's metadata, on the account's own keys.
                        + "{\"Sid\":\"StackTlsKey\",\"Effect\":\"Allow\",\"Action\":\"kms:DescribeKey\","
                        + "\"Resource\":\"arn:aws:kms:*:123456789012:key/*\"}]}");
        var deploy = dev.getAsJsonArray("roles").get(1).getAsJsonObject().getAsJsonArray("permissionPolicies").toString();
        assertThat(deploy).as("the deploy role reads what the lookups read and authorizes cross-account associations")
                .contains("\"ec2:Describe*\"", "\"acm-pca:GetCertificateAuthorityCsr\"", "\"StackTlsKey\"",
                        "\"route53:CreateVPCAssociationAuthorization\"", "\"route53:DeleteVPCAssociationAuthorization\"", "\"route53:AssociateVPCWithHostedZone\"");
        assertThat(dev.getAsJsonObject("stackRolesPermissionsBoundary").get("arn").getAsString())
                .isEqualTo("arn:aws:iam::123456789012:policy/bootstrap/ecs-platform-dev-permissions-boundary");
    }

    @Test
    void spellsTheArnsWithTheAccountAndPartitionGiven() {
        var run = run("--stack", "shared", "--account", "111122223333", "--partition", "aws-us-gov", "--format", "json");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("arn:aws-us-gov:iam::111122223333:role/bootstrap/ecs-platform-prod-github-deploy")
                .doesNotContain("123456789012");
    }

    @Test
    void readsAnyConfigFileAndReportsEveryProblemOfABadOne(@TempDir Path folder) throws IOException {
        var file = folder.resolve("Pulumi.other.yaml");
        Files.writeString(file, """
                config:
                  ecs-platform-bootstrap:pulumiOrganization: acme
                  ecs-platform-bootstrap:stacks: {Staging: {}}
                """);

        var run = run("--config-file", file.toString());

        assertThat(run.exit()).isEqualTo(PoliciesCommand.INVALID_CONFIG);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Invalid configuration in ").contains("(2 problems)")
                .contains("ecs-platform-bootstrap:stacks.Staging: got the stack name \"Staging\"")
                .contains("ecs-platform-bootstrap:github: got nothing");
    }

    @Test
    void refusesUnknownOptionsAndBadAccounts() {
        assertThat(run("--acount", "1").exit()).isEqualTo(PoliciesCommand.USAGE);
        assertThat(run("--account", "1234").err()).contains("--account must be 12 digits");
        assertThat(run("--format", "yaml").err()).contains("--format must be json");
        assertThat(run("--stack").err()).contains("--stack needs a value");
        assertThat(run("--stack", "missing").err()).contains("cannot read Pulumi.missing.yaml");
    }
}
