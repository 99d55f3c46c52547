package dev.ecsplatform.cluster;

import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformClusterStackTest {

    private static final String NAMESPACE = "aws:servicediscovery/privateDnsNamespace:PrivateDnsNamespace";
    private static final String CLUSTER = "aws:ecs/cluster:Cluster";

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void privateDnsNamespaceLivesInTheVpc(String stack) {
        var plan = StackFiles.plan(stack);
        var p = "ecs-platform-" + stack;
        var namespace = plan.get(NAMESPACE, p + "-namespace");
        assertThat(namespace.inputs())
                .containsEntry("name", stack + ".internal")
                .containsEntry("vpc", p + "-vpc");
        assertThat(plan.ofType("aws:servicediscovery/httpNamespace:HttpNamespace")).isEmpty();
        assertThat(namespace.protect()).isEqualTo(stack.equals("prod"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void clusterServiceConnectDefaultIsTheNamespaceArn(String stack) {
        var plan = StackFiles.plan(stack);
        var p = "ecs-platform-" + stack;
        var cluster = plan.get(CLUSTER, p + "-cluster");
        assertThat(cluster.input("serviceConnectDefaults")).isEqualTo(Map.of("namespace",
                "arn:aws:servicediscovery:us-east-1:123456789012:privatednsnamespace/" + p + "-namespace"));
        assertThat(cluster.inputs()).containsEntry("name", p);
        assertThat(cluster.protect()).isEqualTo(stack.equals("prod"));
    }

    @Test
    void containerInsightsAndCapacityStrategyFollowEachEnvironment() {
        var dev = StackFiles.plan("dev");
        var prod = StackFiles.plan("prod");
        assertThat(dev.get(CLUSTER, "ecs-platform-dev-cluster").input("settings"))
                .isEqualTo(List.of(Map.of("name", "containerInsights", "value", "enabled")));
        assertThat(prod.get(CLUSTER, "ecs-platform-prod-cluster").input("settings"))
                .isEqualTo(List.of(Map.of("name", "containerInsights", "value", "enhanced")));
        var devProviders = dev.get("aws:ecs/clusterCapacityProviders:ClusterCapacityProviders",
                "ecs-platform-dev-capacity-providers");
        assertThat(devProviders.inputs()).isEqualTo(Map.of(
                "clusterName", "ecs-platform-dev",
                "capacityProviders", List.of("FARGATE", "FARGATE_SPOT"),
                "defaultCapacityProviderStrategies", List.of(
                        Map.of("capacityProvider", "FARGATE_SPOT", "base", 0.0, "weight", 1.0))));
        assertThat(prod.get("aws:ecs/clusterCapacityProviders:ClusterCapacityProviders",
                "ecs-platform-prod-capacity-providers").input("defaultCapacityProviderStrategies"))
                .isEqualTo(List.of(Map.of("capacityProvider", "FARGATE", "base", 2.0, "weight", 1.0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void stackOutputsNameTheCoreResources(String stack) {
        var plan = StackFiles.plan(stack);
        var p = "ecs-platform-" + stack;
        assertThat(plan.outputs()).containsEntry("vpcId", p + "-vpc")
                .containsEntry("namespaceId", p + "-namespace")
                .containsEntry("namespaceName", stack + ".internal")
                .containsEntry("namespaceArn", "arn:aws:servicediscovery:us-east-1:123456789012:privatednsnamespace/" + p + "-namespace")
                .containsEntry("clusterName", p)
                .containsEntry("clusterArn", "arn:aws:ecs:us-east-1:123456789012:cluster/" + p + "-cluster");
        assertThat((List<?>) plan.outputs().get("publicSubnetIds")).hasSize(stack.equals("dev") ? 2 : 3);
        assertThat((List<?>) plan.outputs().get("privateSubnetIds")).hasSize(stack.equals("dev") ? 2 : 3);
    }
}
