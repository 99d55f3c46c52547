import dev.ecsplatform.startup.StaleJarGuard;

/**
 * What the stale-jar guard adds to every start: {@code StaleJarGuard.checkRunningJar()} as the first thing a fresh
 * JVM does, as in {@code Main}, so the time includes loading its classes. Must run from the built jar.
 */
public final class GuardProbe {

    private GuardProbe() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        var verdict = StaleJarGuard.checkRunningJar();
        long micros = (System.nanoTime() - start) / 1_000;
        if (verdict.isPresent()) {
            throw new IllegalStateException("the jar is stale: " + verdict.get());
        }
        System.err.println("PROBE guard_us=" + micros);
    }
}
