package dev.ecsplatform.aws;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FargateSizesTest {

    @ParameterizedTest(name = "app {0}/{1} + proxy 256/64 -> {2}/{3}")
    @CsvSource({
            "256, 512, 512, 1024",      // 512/576 rounds up to the smallest 512 size
            "128, 256, 512, 1024",      // 384 CPU needs the 512 row
            "512, 1024, 1024, 2048",
            "256, 1984, 512, 2048",     // exactly 2048 MiB: 512/2048 is cheaper than 1024/2048
            "256, 2000, 512, 3072",     // 2064 MiB rounds up to the next 1 GiB step
            "256, 4040, 1024, 5120",    // 4104 MiB is beyond the 512 row: the 1024 row it is
            "3840, 8150, 4096, 9216",
            "16128, 122816, 16384, 122880"})
    void roundsAppPlusProxyUpToTheCheapestValidSize(int cpu, int memory, int taskCpu, int taskMemory) {
        assertThat(FargateSizes.smallestFitting(cpu + 256, memory + 64))
                .hasValue(new FargateSizes.TaskSize(taskCpu, taskMemory));
    }

    @Test
    void everyListedSizeIsInTheFargateTable() {
        assertThat(FargateSizes.ALL).hasSize(3 + 4 + 7 + 13 + 23 + 12 + 12);
        for (var size : FargateSizes.ALL) {
            var ok = switch (size.cpu()) {
                case 256 -> size.memory() == 512 || size.memory() == 1024 || size.memory() == 2048;
                case 512 -> size.memory() >= 1024 && size.memory() <= 4096 && size.memory() % 1024 == 0;
                case 1024 -> size.memory() >= 2048 && size.memory() <= 8192 && size.memory() % 1024 == 0;
                case 2048 -> size.memory() >= 4096 && size.memory() <= 16384 && size.memory() % 1024 == 0;
                case 4096 -> size.memory() >= 8192 && size.memory() <= 30720 && size.memory() % 1024 == 0;
                case 8192 -> size.memory() >= 16384 && size.memory() <= 61440 && size.memory() % 4096 == 0;
                case 16384 -> size.memory() >= 32768 && size.memory() <= 122880 && size.memory() % 8192 == 0;
                default -> false;
            };
            assertThat(ok).as(size.toString()).isTrue();
        }
    }

    @Test
    void nothingFitsBeyondTheLargestSize() {
        assertThat(FargateSizes.smallestFitting(16384 + 1, 1024)).isEqualTo(Optional.empty());
        assertThat(FargateSizes.nearest(16640, 32832, 2)).containsExactly(
                new FargateSizes.TaskSize(16384, 32768), new FargateSizes.TaskSize(16384, 40960));
    }
}
