package dev.ecsplatform.ingress;

import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PublicUrlsTest {

    @Test
    void urlsUseTheFirstConcreteHostAndTheLiteralStartOfTheFirstPath() {
        var config = StackFiles.load("""
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: internal
                  ecs-platform:observability: {subscribers: none}
                  ecs-platform:ingress:
                    certificateArn: arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789
                  ecs-platform:services:
                    shop: {image: "nginx:1.27", port: 80, public: {hosts: ["*.shop.example.com", shop.example.com], priority: 1}}
                    api: {image: "nginx:1.27", port: 81, public: {paths: ["/api/v1/*"], priority: 2}}
                """);
        assertThat(PublicUrls.of(config, "lb.example.net")).isEqualTo(Map.of(
                "shop", "https://shop.example.com/",
                "api", "https://lb.example.net/api/v1/"));
    }
}
