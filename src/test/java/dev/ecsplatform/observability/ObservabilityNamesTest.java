package dev.ecsplatform.observability;

import dev.ecsplatform.naming.StackNames;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Names within AWS's limits and character sets, at the longest stack and service names, and unique across stacks. */
class ObservabilityNamesTest {

    /** The longest stack name a stack file can have (1-24 of [a-z0-9-]) and the longest service name (32). */
    private static final String LONG_STACK = "abcdefghij-klmnopqrst-uv";
    private static final String LONG_SERVICE = "s".repeat(31) + "x";

    private static final Pattern DASHBOARD = Pattern.compile("[A-Za-z0-9_-]{1,255}");
    private static final Pattern QUERY = Pattern.compile("^([^:*/]+/?)*[^:*/]+$");
    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final Pattern ALIAS = Pattern.compile("alias/[A-Za-z0-9/_-]{1,250}");

    private static ObservabilityNames names(String stack) {
        return new ObservabilityNames(new StackNames("ecs-platform", stack));
    }

    @Test
    void theDevStacksNames() {
        var dev = names("dev");
        assertThat(dev.alarm("orders", AlarmKind.ERROR_RATE)).isEqualTo("ecs-platform-dev/orders/5xx-rate");
        assertThat(dev.dashboard(1)).isEqualTo("ecs-platform-dev");
        assertThat(dev.dashboard(2)).isEqualTo("ecs-platform-dev_2");
        assertThat(dev.serviceQuery("orders")).isEqualTo("ecs-platform/dev/services/orders");
        assertThat(dev.environmentQuery(1, 1)).isEqualTo("ecs-platform/dev/all services");
        assertThat(dev.environmentQuery(2, 3)).isEqualTo("ecs-platform/dev/all services (2 of 3)");
        assertThat(dev.topic()).isEqualTo("ecs-platform-dev-alarms");
        assertThat(dev.keyAlias()).isEqualTo("alias/ecs-platform/dev/alarms");
        assertThat(dev.appLogGroup("orders")).isEqualTo("/ecs-platform/dev/services/orders/app");
        assertThat(dev.proxyLogGroup("orders")).isEqualTo("/ecs-platform/dev/services/orders/service-connect");
    }

    @Test
    void theLongestStackAndServiceNamesFitEveryLimit() {
        assertThat(LONG_STACK).hasSize(24);
        var names = names(LONG_STACK);
        for (var kind : AlarmKind.values()) {
            var alarm = names.alarm(LONG_SERVICE, kind);
            assertThat(alarm).hasSizeLessThanOrEqualTo(ObservabilityNames.ALARM_NAME_LIMIT).doesNotContain(",");
            assertThat(alarm).endsWith("/" + LONG_SERVICE + "/" + kind.slug());
        }
        assertThat(names.dashboard(12)).matches(DASHBOARD);
        assertThat(names.serviceQuery(LONG_SERVICE)).matches(QUERY).hasSizeLessThanOrEqualTo(255);
        assertThat(names.environmentQuery(3, 9)).matches(QUERY).hasSizeLessThanOrEqualTo(255);
        assertThat(names.topic()).matches(TOPIC);
        assertThat(names.keyAlias()).matches(ALIAS).doesNotStartWith("alias/aws/");
    }

    @Test
    void stacksSharingAnAccountNeverShareAName() {
        // "dev" + service "a-b" against "dev-a" + service "b": hyphen-joined names would collide.
        var dev = names("dev");
        var devA = names("dev-a");
        assertThat(dev.alarm("a-b", AlarmKind.CPU_HIGH)).isNotEqualTo(devA.alarm("b", AlarmKind.CPU_HIGH));
        assertThat(dev.serviceQuery("a-b")).isNotEqualTo(devA.serviceQuery("b"));
        // Page 2 of "dev" against page 1 of a stack called "dev-2".
        assertThat(dev.dashboard(2)).isNotEqualTo(names("dev-2").dashboard(1));
        assertThat(dev.topic()).isNotEqualTo(names("dev-alarms").topic());
    }

    @Test
    void charactersAwsRefusesAreReplacedAndTheOriginalStaysDistinct() {
        // Pulumi itself allows '.', '_' and capitals in stack names.
        var dotted = names("eu.dev");
        assertThat(dotted.dashboard(1)).matches(DASHBOARD).startsWith("ecs-platform-eu-dev-");
        assertThat(dotted.dashboard(1)).isNotEqualTo(names("eu-dev").dashboard(1));
        assertThat(names("eu_dev").topic()).matches(TOPIC).isNotEqualTo(names("eu-dev").topic());
        assertThat(names("Eu.Dev").keyAlias()).matches(ALIAS);
    }
}
