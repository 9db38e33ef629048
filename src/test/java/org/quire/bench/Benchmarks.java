package org.quire.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmark harness: {@code ./mvnw -Pbench} runs every benchmark, {@code -Dbench.only=name}
 * one of them. Each prints its data volume, its numbers and its ratio to a baseline measured in the
 * same run. Numbers are printed, never asserted: timing belongs here, not in unit tests.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** Registered benchmarks, by name. */
    static Map<String, Runnable> all() {
        var benchmarks = new LinkedHashMap<String, Runnable>();
        benchmarks.put("render", new RenderBenchmark());
        benchmarks.put("revision", new RevisionBenchmark());
        benchmarks.put("live", new LiveEditingBenchmark());
        benchmarks.put("export", new ExportBenchmark());
        return benchmarks;
    }

    public static void main(String[] args) {
        var only = args.length == 0 ? "all" : args[0];
        var benchmarks = all();
        if (benchmarks.isEmpty()) {
            System.out.println("No benchmarks registered yet.");
        }
        benchmarks.forEach((name, benchmark) -> {
            if (only.equals("all") || only.equals(name)) {
                System.out.printf("%n== %s ==%n", name);
                benchmark.run();
            }
        });
    }
}
