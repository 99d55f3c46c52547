package dev.ecsplatform.startup;

/**
 * Gives the JVM's common fork-join pool at least two workers.
 *
 * <p>The Pulumi SDK runs every step of every resource registration and every log message as an asynchronous
 * {@code CompletableFuture} step on the common pool. On a machine with one or two CPUs (GitHub-hosted runners of
 * private repositories, small CI containers, this project's benchmark machine) the JVM sizes that pool to one
 * worker, and {@code CompletableFuture} then starts a new thread for every asynchronous step instead: about 1,200
 * threads for {@code plan prod}, 17,000 for 200 services. With two workers the same steps reuse two threads; the
 * plan of {@code prod} takes about a tenth less time and that of 50 services about a third less
 * (docs/benchmarks.md). Machines with three or more CPUs already get two or more workers and are left alone, as is
 * a value set with {@code -Djava.util.concurrent.ForkJoinPool.common.parallelism}.
 */
public final class CommonPool {

    static final String PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    private CommonPool() {
    }

    /** Must run before anything touches the common pool or {@code CompletableFuture}: first thing in {@code main}. */
    public static void useAtLeastTwoWorkers() {
        useAtLeastTwoWorkers(Runtime.getRuntime().availableProcessors());
    }

    static void useAtLeastTwoWorkers(int processors) {
        // The JVM gives the pool one worker fewer than there are processors.
        if (System.getProperty(PARALLELISM) == null && processors - 1 < 2) {
            System.setProperty(PARALLELISM, "2");
        }
    }
}
