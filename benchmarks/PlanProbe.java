import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the real entry point, {@code dev.ecsplatform.Main}, and reports on stderr, as the JVM exits, the time spent
 * in it (stale-jar guard, config load and validation, the program under the mock engine, rendering) and the peak
 * resident memory of the process (VmHWM). Usage: {@code java -cp target/ecs-platform.jar:<dir> PlanProbe plan ...}
 */
public final class PlanProbe {

    private PlanProbe() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println(
                "PROBE program_ms=" + (System.nanoTime() - start) / 1_000_000 + " peak_rss_kib=" + peakRssKib())));
        dev.ecsplatform.Main.main(args);
    }

    /** VmHWM of /proc/self/status: the most resident memory the process has had; -1 where there is no /proc. */
    static long peakRssKib() {
        try {
            for (var line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
