package dev.ecsplatform.ingress;

import dev.ecsplatform.plan.Plan;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The public entry of the real stacks: exact inputs of load balancer, listeners, rules, target groups and bucket. */
class PublicEntryStackTest {

    private static Plan prod() {
        return StackFiles.plan("prod");
    }

    @Test
    void prodLoadBalancerIsHardenedProtectedAndLogs() {
        var alb = prod().get("aws:lb/loadBalancer:LoadBalancer", "ecs-platform-prod-alb");
        assertThat(alb.inputs())
                .containsEntry("name", "ecs-platform-prod")
                .containsEntry("loadBalancerType", "application")
                .containsEntry("internal", false)
                .containsEntry("subnets", prod().outputs().get("publicSubnetIds"))
                .containsEntry("securityGroups", List.of("ecs-platform-prod-alb-sg"))
                .containsEntry("dropInvalidHeaderFields", true)
                .containsEntry("desyncMitigationMode", "strictest")
                .containsEntry("enableDeletionProtection", true)
                .containsEntry("idleTimeout", 60.0)
                .containsEntry("accessLogs", Map.of("bucket", "ecs-platform-prod-access-logs", "prefix", "alb", "enabled", true));
        assertThat(alb.dependsOn()).containsExactly("urn:pulumi:prod::ecs-platform::pulumi:pulumi:Stack$ecs-platform:ingress:PublicEntry"
                + "$aws:s3/bucketPolicy:BucketPolicy::ecs-platform-prod-access-logs-policy");
    }

    @Test
    void prodServesHttpsOnAModernPolicyAndHttpOnlyRedirects() {
        var https = prod().get("aws:lb/listener:Listener", "ecs-platform-prod-https").inputs();
        assertThat(https).containsEntry("port", 443.0).containsEntry("protocol", "HTTPS")
                .containsEntry("sslPolicy", "ELBSecurityPolicy-TLS13-1-2-2021-06")
                .containsEntry("certificateArn", "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789")
                .containsEntry("defaultActions", List.of(Map.of("type", "fixed-response", "fixedResponse",
                        Map.of("contentType", "text/plain", "messageBody", "Not found", "statusCode", "404"))));
        var http = prod().get("aws:lb/listener:Listener", "ecs-platform-prod-http").inputs();
        assertThat(http).containsEntry("port", 80.0).containsEntry("protocol", "HTTP").doesNotContainKey("certificateArn")
                .containsEntry("defaultActions", List.of(Map.of("type", "redirect", "redirect",
                        Map.of("protocol", "HTTPS", "port", "443", "statusCode", "HTTP_301"))));
        assertThat(prod().ofType("aws:lb/listener:Listener")).hasSize(2);
    }

    @Test
    void prodRoutesTheApiHostToItsTargetGroup() {
        var rule = prod().get("aws:lb/listenerRule:ListenerRule", "ecs-platform-prod-api-rule").inputs();
        assertThat(rule).containsEntry("listenerArn", "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/ecs-platform-prod-https")
                .containsEntry("priority", 100.0)
                .containsEntry("conditions", List.of(Map.of("hostHeader", Map.of("values", List.of("api.example.com")))))
                .containsEntry("actions", List.of(Map.of("type", "forward",
                        "targetGroupArn", "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/ecs-platform-prod-api-tg")));
        var targetGroup = prod().get("aws:lb/targetGroup:TargetGroup", "ecs-platform-prod-api-tg").inputs();
        assertThat(targetGroup.get("name")).asString().matches("ecs-platform-prod-api-[0-9a-f]{8}");
        assertThat(targetGroup).containsEntry("targetType", "ip")
                .containsEntry("vpcId", "ecs-platform-prod-vpc").containsEntry("port", 8080.0)
                .containsEntry("protocol", "HTTP").containsEntry("protocolVersion", "HTTP1")
                .containsEntry("deregistrationDelay", 30.0)
                .containsEntry("healthCheck", Map.of("enabled", true, "protocol", "HTTP", "path", "/healthz",
                        "matcher", "200-399", "interval", 15.0, "timeout", 5.0, "healthyThreshold", 2.0, "unhealthyThreshold", 3.0));
        assertThat(prod().ofType("aws:lb/targetGroup:TargetGroup")).hasSize(1);
    }

    /**
     * A target group is replaced create-before-delete (the listener rule and the ECS service move to the new one
     * first), and the provider refuses a second group of the same name: what forces the replacement must change
     * the name, and nothing else may.
     */
    @Test
    void aTargetGroupGetsANewNameExactlyWhenItIsReplaced() throws IOException {
        var prod = Files.readString(StackFiles.path("prod"));
        var before = targetGroupName(prod);
        var newPort = prod.replace("      port: 8080\n      protocol: http\n", "      port: 8081\n      protocol: http\n");
        var newProtocol = prod.replace("      port: 8080\n      protocol: http\n", "      port: 8080\n      protocol: http2\n");
        var newHealthPath = prod.replace("healthCheckPath: /healthz", "healthCheckPath: /ready");
        assertThat(List.of(newPort, newProtocol, newHealthPath)).doesNotContain(prod);

        assertThat(targetGroupName(newPort)).isNotEqualTo(before).startsWith("ecs-platform-prod-api-");
        assertThat(targetGroupName(newProtocol)).isNotEqualTo(before).isNotEqualTo(targetGroupName(newPort));
        // The health check path is updated in place: same group, same name.
        assertThat(targetGroupName(newHealthPath)).isEqualTo(before);
    }

    private static String targetGroupName(String yaml) {
        var groups = StackFiles.planYaml("prod", yaml).ofType("aws:lb/targetGroup:TargetGroup");
        assertThat(groups).hasSize(1);
        var name = groups.get(0).inputString("name");
        assertThat(name).hasSizeLessThanOrEqualTo(32);
        return name;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyThePublicServiceIsWiredToTheLoadBalancer(String stack) {
        var plan = StackFiles.plan(stack);
        var api = plan.get("aws:ecs/service:Service", "ecs-platform-" + stack + "-api-service").inputs();
        assertThat(api).containsEntry("loadBalancers", List.of(Map.of("containerName", "app", "containerPort", 8080.0,
                        "targetGroupArn", "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/ecs-platform-" + stack + "-api-tg")))
                .containsEntry("healthCheckGracePeriodSeconds", 60.0);
        assertThat(plan.ofType("aws:ecs/service:Service")).filteredOn(s -> s.input("loadBalancers") != null).hasSize(1);
    }

    @Test
    void accessLogBucketIsPrivateEncryptedExpiringAndWritableOnlyByLogDelivery() {
        var plan = prod();
        var p = "ecs-platform-prod-access-logs";
        assertThat(plan.get("aws:s3/bucketV2:BucketV2", p).inputs()).containsEntry("bucketPrefix", "ecs-platform-prod-logs-")
                .containsEntry("forceDestroy", false);
        assertThat(plan.get("aws:s3/bucketV2:BucketV2", p).protect()).isTrue();
        assertThat(plan.get("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", p + "-public-access").inputs()).isEqualTo(Map.of(
                "bucket", p, "blockPublicAcls", true, "blockPublicPolicy", true, "ignorePublicAcls", true, "restrictPublicBuckets", true));
        assertThat(plan.get("aws:s3/bucketOwnershipControls:BucketOwnershipControls", p + "-ownership").input("rule"))
                .isEqualTo(Map.of("objectOwnership", "BucketOwnerEnforced"));
        assertThat(plan.get("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
                p + "-encryption").input("rules")).isEqualTo(List.of(Map.of("applyServerSideEncryptionByDefault",
                Map.of("sseAlgorithm", "AES256"))));
        assertThat(plan.get("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2", p + "-expiry").input("rules"))
                .isEqualTo(List.of(Map.of("id", "expire-access-logs", "status", "Enabled", "filter", Map.of("prefix", ""),
                        "expiration", Map.of("days", 365.0), "abortIncompleteMultipartUpload", Map.of("daysAfterInitiation", 7.0))));
        var objects = "arn:aws:s3:::" + p + "/alb/AWSLogs/123456789012/*";
        assertThat(plan.get("aws:s3/bucketPolicy:BucketPolicy", p + "-policy").inputString("policy")).isEqualTo(
                "{\"Version\":\"2012-10-17\",\"Statement\":["
                        + "{\"Sid\":\"ElbAccountDelivers\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::127311923021:root\"},"
                        + "\"Action\":\"s3:PutObject\",\"Resource\":\"" + objects + "\"},"
                        + "{\"Sid\":\"LogDeliveryServiceDelivers\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"logdelivery.elasticloadbalancing.amazonaws.com\"},"
                        + "\"Action\":\"s3:PutObject\",\"Resource\":\"" + objects + "\"},"
                        + "{\"Sid\":\"DenyInsecureTransport\",\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"s3:*\","
                        + "\"Resource\":[\"arn:aws:s3:::" + p + "\",\"arn:aws:s3:::" + p + "/*\"],"
                        + "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}");
    }

    @Test
    void devServesPlainHttpOnlyBecauseItSaysSoAndIsNotProtected() {
        var dev = StackFiles.plan("dev");
        assertThat(StackFiles.config("dev").ingress().allowPlainHttp()).isTrue();
        assertThat(dev.ofType("aws:lb/listener:Listener")).extracting(l -> l.inputString("protocol")).containsExactly("HTTP");
        assertThat(dev.get("aws:lb/listenerRule:ListenerRule", "ecs-platform-dev-api-rule").input("conditions"))
                .isEqualTo(List.of(Map.of("pathPattern", Map.of("values", List.of("/*")))));
        assertThat(dev.get("aws:lb/loadBalancer:LoadBalancer", "ecs-platform-dev-alb").inputs())
                .containsEntry("enableDeletionProtection", false);
        assertThat(dev.get("aws:s3/bucketV2:BucketV2", "ecs-platform-dev-access-logs").inputs()).containsEntry("forceDestroy", true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void outputsNameTheLoadBalancerAndEachPublicUrl(String stack) {
        var outputs = StackFiles.plan(stack).outputs();
        var dns = "ecs-platform-" + stack + "-1234567890.us-east-1.elb.amazonaws.com";
        assertThat(outputs).containsEntry("loadBalancerDnsName", dns);
        assertThat(outputs.get("publicUrls")).isEqualTo(Map.of("api",
                stack.equals("prod") ? "https://api.example.com/" : "http://" + dns + "/"));
    }

    @Test
    void noPublicServiceMeansNoLoadBalancer() {
        var plan = StackFiles.planYaml("lab", """
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: internal.lab
                  ecs-platform:services:
                    web: {image: "nginx:1.27", port: 8080}
                """);
        assertThat(plan.resources()).noneSatisfy(r -> assertThat(r.type()).startsWith("aws:lb/"));
        assertThat(plan.resources()).noneSatisfy(r -> assertThat(r.type()).startsWith("aws:s3/"));
        assertThat(plan.named("ecs-platform-lab-alb-sg")).isEmpty();
        assertThat(plan.outputs()).doesNotContainKeys("loadBalancerDnsName", "publicUrls");
    }
}
