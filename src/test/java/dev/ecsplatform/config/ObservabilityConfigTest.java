package dev.ecsplatform.config;

import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ecs-platform:observability} and {@code services.<name>.alarms}: what the loader makes of valid input. */
class ObservabilityConfigTest {

    private static final String IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0.0";

    @Test
    void devIsLooserThanProdAndItsWorkerHasNoAlarms() {
        var dev = StackFiles.config("dev");
        assertThat(dev.observability()).isEqualTo(new ObservabilitySettings(new AlarmSettings(true, 10, 5, 2000, 10, 90, 90),
                List.of(new AlarmSubscriber("email", "platform-dev-alerts@example.com")), false));
        assertThat(dev.services().get("orders").alarms()).isEqualTo(dev.observability().alarms());
        assertThat(dev.services().get("notifier").alarms().enabled()).isFalse();
    }

    @Test
    void prodOverridesPerServiceAndInheritsTheRest() {
        var prod = StackFiles.config("prod");
        var environment = new AlarmSettings(true, 2, 20, 1000, 5, 85, 85);
        assertThat(prod.observability()).isEqualTo(new ObservabilitySettings(environment, List.of(
                new AlarmSubscriber("email", "platform-oncall@example.com"),
                new AlarmSubscriber("https", "https://events.pagerduty.com/integration/0123456789abcdef0123456789abcdef/enqueue")),
                false));
        assertThat(prod.services().get("orders").alarms()).isEqualTo(environment);
        assertThat(prod.services().get("catalog").alarms()).isEqualTo(new AlarmSettings(true, 2, 20, 2000, 5, 85, 85));
        assertThat(prod.services().get("inventory").alarms()).isEqualTo(new AlarmSettings(true, 2, 20, 500, 5, 85, 85));
        assertThat(prod.services().get("cache").alarms()).isEqualTo(new AlarmSettings(true, 2, 20, 1000, 5, 85, 75));
    }

    @Test
    void withoutObservabilityKeysServicesGetTheDefaultsAndAnUnprotectedStackNeedsNoSubscriber() {
        var config = StackFiles.load("""
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: lab.internal
                  ecs-platform:protect: false
                  ecs-platform:services:
                    web: {image: "%s", port: 8080}
                """.formatted(IMAGE));
        assertThat(config.observability()).isEqualTo(ObservabilitySettings.DEFAULT);
        assertThat(config.services().get("web").alarms()).isEqualTo(AlarmSettings.DEFAULT);
        assertThat(AlarmSettings.DEFAULT).isEqualTo(new AlarmSettings(true, 5, 10, 1000, 5, 85, 90));
    }

    @Test
    void aProtectedStackMaySayOnPurposeThatNobodyIsNotified() {
        var config = StackFiles.load("""
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: lab.internal
                  ecs-platform:observability: {subscribers: none}
                  ecs-platform:services:
                    web: {image: "%s", port: 8080}
                """.formatted(IMAGE));
        assertThat(config.observability().declaredNone()).isTrue();
        assertThat(config.observability().subscribers()).isEmpty();
    }

    @Test
    void aProtectedStackWithoutAlarmsNeedNotNameSubscribers() {
        var config = StackFiles.load("""
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: lab.internal
                  ecs-platform:observability: {alarms: {enabled: false}}
                  ecs-platform:services:
                    web: {image: "%s", port: 8080}
                """.formatted(IMAGE));
        assertThat(config.services().get("web").alarms().enabled()).isFalse();
    }

    @Test
    void aServiceCanTurnItsAlarmsOnWhereTheEnvironmentTurnsThemOff() {
        var config = StackFiles.load("""
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: lab.internal
                  ecs-platform:protect: false
                  ecs-platform:observability: {alarms: {enabled: false, cpuPercent: 70}}
                  ecs-platform:services:
                    web: {image: "%s", port: 8080, alarms: {enabled: true}}
                    db: {image: "%s", port: 5432, protocol: tcp}
                """.formatted(IMAGE, IMAGE));
        assertThat(config.services().get("web").alarms()).isEqualTo(new AlarmSettings(true, 5, 10, 1000, 5, 70, 90));
        assertThat(config.services().get("db").alarms().enabled()).isFalse();
    }
}
