package dev.ecsplatform.startup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the system property is checked: the test JVM's own pool was sized long before this runs. */
class CommonPoolTest {

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(CommonPool.PARALLELISM);
        System.clearProperty(CommonPool.PARALLELISM);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(CommonPool.PARALLELISM);
        } else {
            System.setProperty(CommonPool.PARALLELISM, before);
        }
    }

    @Test
    void machinesWithOneOrTwoProcessorsGetTwoWorkers() {
        CommonPool.useAtLeastTwoWorkers(2);
        assertThat(System.getProperty(CommonPool.PARALLELISM)).isEqualTo("2");

        System.clearProperty(CommonPool.PARALLELISM);
        CommonPool.useAtLeastTwoWorkers(1);
        assertThat(System.getProperty(CommonPool.PARALLELISM)).isEqualTo("2");
    }

    @Test
    void largerMachinesKeepTheJvmDefault() {
        CommonPool.useAtLeastTwoWorkers(3);
        assertThat(System.getProperty(CommonPool.PARALLELISM)).isNull();
    }

    @Test
    void anExplicitSettingWins() {
        System.setProperty(CommonPool.PARALLELISM, "1");
        CommonPool.useAtLeastTwoWorkers(2);
        assertThat(System.getProperty(CommonPool.PARALLELISM)).isEqualTo("1");
    }
}
