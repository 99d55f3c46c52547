package dev.ecsplatform.config;

import dev.ecsplatform.aws.InterfaceEndpoint;
import dev.ecsplatform.aws.Ipv4Cidr;
import dev.ecsplatform.configkit.InvalidConfigException;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {

    private static PlatformConfig load(String yaml) {
        return StackFiles.load(yaml);
    }

    @Test
    void readsTheRealDevStack() {
        var dev = StackFiles.config("dev");
        assertThat(dev.region()).isEqualTo("us-east-1");
        assertThat(dev.protect()).isFalse();
        assertThat(dev.namespace()).isEqualTo("dev.internal");
        assertThat(dev.network().cidr()).isEqualTo(Ipv4Cidr.of("10.10.0.0/16"));
        assertThat(dev.network().zones()).isEqualTo(AvailabilityZones.count(2));
        assertThat(dev.network().natGateways()).isEqualTo(NatGateways.SINGLE);
        assertThat(dev.network().flowLogs()).isEqualTo(new FlowLogSettings(true, "REJECT", 30));
        assertThat(dev.cluster().capacityProviders()).containsExactly(new CapacityProviderShare("FARGATE_SPOT", 0, 1));
    }

    @Test
    void readsTheRealProdStack() {
        var prod = StackFiles.config("prod");
        assertThat(prod.protect()).isTrue();
        assertThat(prod.namespace()).isEqualTo("prod.internal");
        assertThat(prod.network().zones()).isEqualTo(AvailabilityZones.named(List.of("us-east-1a", "us-east-1b", "us-east-1c")));
        assertThat(prod.network().natGateways()).isEqualTo(NatGateways.PER_AZ);
        assertThat(prod.network().flowLogs()).isEqualTo(new FlowLogSettings(true, "ALL", 365));
        assertThat(prod.cluster().containerInsights()).isEqualTo("enhanced");
        assertThat(prod.cluster().capacityProviders()).containsExactly(new CapacityProviderShare("FARGATE", 2, 1));
    }

    @Test
    void minimalStackGetsSafeDefaults() {
        var config = load("""
                config:
                  aws:region: eu-west-1
                  ecs-platform:namespace: internal
                """);
        assertThat(config.protect()).isTrue();
        assertThat(config.network().cidr()).isEqualTo(Ipv4Cidr.of("10.0.0.0/16"));
        assertThat(config.network().zones()).isEqualTo(AvailabilityZones.count(3));
        assertThat(config.network().natGateways()).isEqualTo(NatGateways.PER_AZ);
        assertThat(config.network().endpointsDerived()).isTrue();
        assertThat(config.network().endpoints())
                .isEqualTo(Set.of(InterfaceEndpoint.ECR_API, InterfaceEndpoint.ECR_DKR, InterfaceEndpoint.LOGS));
        assertThat(config.network().flowLogs()).isEqualTo(new FlowLogSettings(true, "ALL", 365));
        assertThat(config.cluster()).isEqualTo(new ClusterSettings("enabled",
                List.of(new CapacityProviderShare("FARGATE", 0, 1))));
    }

    @Test
    void explicitZonesAreSortedSoFileOrderDoesNotMatter() {
        var config = load("""
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: internal
                  ecs-platform:network:
                    availabilityZones: [us-east-1c, us-east-1a]
                """);
        assertThat(config.network().zones().explicitNames()).containsExactly("us-east-1a", "us-east-1c");
    }

    @Test
    void numbersWrittenAsStringsAreAccepted() {
        var config = load("""
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: internal
                  ecs-platform:protect: "false"
                  ecs-platform:network:
                    azCount: "2"
                """);
        assertThat(config.network().zones().count()).isEqualTo(2);
        assertThat(config.protect()).isFalse();
    }

    @Test
    void everyProblemIsReportedAtOnceInKeyOrder() {
        assertThatThrownBy(() -> load("""
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: Internal_Dev
                  ecs-platform:network:
                    cidr: 10.0.0.0/33
                    azCount: 9
                """))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("""
                        Invalid configuration in test.yaml (3 problems); nothing was created:
                          - ecs-platform:namespace: got "Internal_Dev"; expected a private DNS name such as dev.internal \
                        (lowercase labels of letters, digits and '-', joined by dots)
                          - ecs-platform:network.azCount: got 9; expected an integer from 2 to 6
                          - ecs-platform:network.cidr: got "10.0.0.0/33"; expected an IPv4 CIDR block such as \
                        10.0.0.0/16 (prefix /33 is above /32)""");
    }

    @Test
    void stackFileThatIsNotYamlIsOneProblem() {
        assertThatThrownBy(() -> load("config: [unclosed"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("""
                        Invalid configuration in test.yaml (1 problem); nothing was created:
                          - config: got text that is not valid YAML at line 1, column 18 (while parsing a flow sequence \
                        at line 1, column 9: expected ',' or ']', but got <stream end>); expected YAML: indent with spaces \
                        (never tabs), close every quote and bracket, one value per key
                              1 | config: [unclosed
                                                   ^""");
    }

    @Test
    void yamlScalarsAreReadAsThePulumiCliReadsThem() {
        // YAML 1.1 would turn "on" into true; Pulumi (YAML 1.2) keeps it a string, and so do we.
        var source = StackFile.parse("config:\n  a:b: on\n  a:c: 2\n  a:d: yes\n", "x");
        assertThat(source.get("a:b")).hasValue("on");
        assertThat(source.get("a:c")).hasValue("2");
        assertThat(source.get("a:d")).hasValue("yes");
    }
}
