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

    /**
     * Runs two operations in turn, {@code warmup} times each unmeasured, then {@code runs} times each
     * measured. On a shared machine a burst of load then slows both alike, so their ratio holds where
     * two measurements one after the other could each catch a different burst.
     *
     * @return the first operation's timings, then the second's
     */
    public static Timings[] measureAlternately(int warmup, int runs, String firstName, Runnable first,
            String secondName, Runnable second) {
        for (int i = 0; i < warmup; i++) {
            first.run();
            second.run();
        }
        var timings = new Timings[] {new Timings(firstName, runs), new Timings(secondName, runs)};
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            first.run();
            long between = System.nanoTime();
            second.run();
            timings[0].add(between - start);
            timings[1].add(System.nanoTime() - between);
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
