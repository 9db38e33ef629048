package org.quire.bench;

import java.util.Arrays;
import java.util.Locale;

/** Collected durations of one measured operation, with the percentiles the issues ask for. */
public final class Timings {

    private final String name;
    private final long[] nanos;
    private int count;

    public Timings(String name, int capacity) {
        this.name = name;
        this.nanos = new long[capacity];
    }

    public void add(long durationNanos) {
        nanos[count++] = durationNanos;
    }

    /** Runs {@code operation} {@code warmup} times unmeasured, then {@code runs} times measured. */
    public static Timings measure(String name, int warmup, int runs, Runnable operation) {
        for (int i = 0; i < warmup; i++) {
            operation.run();
        }
        var timings = new Timings(name, runs);
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            operation.run();
            timings.add(System.nanoTime() - start);
        }
        return timings;
    }

    public double percentileMillis(double percentile) {
        var sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * count) - 1;
        return sorted[Math.clamp(index, 0, count - 1)] / 1_000_000.0;
    }

    public double medianMillis() {
        return percentileMillis(50);
    }

    public String summary() {
        return String.format(Locale.ROOT, "%-48s n=%-5d p50=%8.3f ms  p95=%8.3f ms  max=%8.3f ms", name, count,
                medianMillis(), percentileMillis(95), percentileMillis(100));
    }

    /** How many times slower this is than {@code baseline}, by median. */
    public String ratioTo(Timings baseline) {
        return String.format(Locale.ROOT, "%s / %s = %.2fx (median)", name, baseline.name,
                medianMillis() / baseline.medianMillis());
    }
}
