package dev.ecsplatform.aws;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The task sizes Fargate accepts, and the cheapest one that holds what a task needs. Pure.
 * Source: the ECS developer guide, "Task CPU and memory" (task-cpu-memory-error.html).
 */
public final class FargateSizes {

    /** A valid Fargate task size. */
    public record TaskSize(int cpu, int memory) {
        @Override
        public String toString() {
            return cpu + " CPU / " + memory + " MiB";
        }
    }

    /** Every valid size, cheapest first. */
    public static final List<TaskSize> ALL = all();

    // On-demand Linux/x86 prices in us-east-1 (2025): used only to rank sizes, so the ratio matters.
    private static final double PER_VCPU_HOUR = 0.04048;
    private static final double PER_GB_HOUR = 0.004445;

    private FargateSizes() {
    }

    /** The cheapest valid size with at least this CPU and memory, or empty when none is that large. */
    public static Optional<TaskSize> smallestFitting(int cpu, int memory) {
        return ALL.stream().filter(size -> size.cpu() >= cpu && size.memory() >= memory).findFirst();
    }

    /** The valid sizes closest to a request that fits none (by relative distance), for error messages. */
    public static List<TaskSize> nearest(int cpu, int memory, int count) {
        return ALL.stream()
                .sorted(Comparator.comparingDouble((TaskSize s) -> distance(s, cpu, memory))
                        .thenComparingInt(TaskSize::cpu).thenComparingInt(TaskSize::memory))
                .limit(count)
                .toList();
    }

    public static double hourlyCost(TaskSize size) {
        return size.cpu() / 1024.0 * PER_VCPU_HOUR + size.memory() / 1024.0 * PER_GB_HOUR;
    }

    private static double distance(TaskSize size, int cpu, int memory) {
        return Math.abs(Math.log((double) size.cpu() / cpu)) + Math.abs(Math.log((double) size.memory() / memory));
    }

    private static List<TaskSize> all() {
        var sizes = new ArrayList<TaskSize>();
        for (int memory : List.of(512, 1024, 2048)) {
            sizes.add(new TaskSize(256, memory));
        }
        addRange(sizes, 512, 1024, 4096, 1024);
        addRange(sizes, 1024, 2048, 8192, 1024);
        addRange(sizes, 2048, 4096, 16384, 1024);
        addRange(sizes, 4096, 8192, 30720, 1024);
        addRange(sizes, 8192, 16384, 61440, 4096);
        addRange(sizes, 16384, 32768, 122880, 8192);
        sizes.sort(Comparator.comparingDouble(FargateSizes::hourlyCost).thenComparingInt(TaskSize::cpu));
        return List.copyOf(sizes);
    }

    private static void addRange(List<TaskSize> sizes, int cpu, int from, int to, int step) {
        for (int memory = from; memory <= to; memory += step) {
            sizes.add(new TaskSize(cpu, memory));
        }
    }
}
