package io.github.bmmsite.jbake;

import io.github.bmmsite.bake.BakeOptions;
import io.github.bmmsite.bake.BakeResult;
import io.github.bmmsite.bake.Baker;
import io.github.bmmsite.bake.SeedSite;
import io.github.bmmsite.browser.GeneratedModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Bakes the seed and generated sites with both engines, in this JVM, and prints the median wall
 * time and CPU time of the bake. Prints figures, asserts nothing about time; run on demand (docs/performance.md).
 */
@Tag("benchmark")
class EngineBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final List<Integer> SIZES = List.of(Integer.getInteger("bench.size", 1000));

    @Test
    void bothEngines() throws Exception {
        Path work = Path.of("target", "bench").toAbsolutePath();
        System.out.printf("%-18s %-10s %6s %10s %10s%n", "site", "engine", "pages", "wall ms", "cpu ms");
        report("seed", SeedSite.options(work.resolve("seed"), work.resolve("seed/site")));
        for (int size : SIZES) {
            Path source = GeneratedModel.write(work.resolve("corpus-" + size + "/src"), Math.max(1, size / 100),
                    Math.min(size, 100));
            report(size + " elements", BakeOptions.builder().projectDir(source.getParent())
                    .buildDir(source.getParent()).source(source).output(source.getParent().resolve("site"))
                    .language("es").baseUrl("https://example.org/").build());
        }
    }

    private static void report(String site, BakeOptions options) throws Exception {
        for (String engine : List.of("freemarker", "jbake")) {
            BakeOptions withEngine = options.toBuilder().engine(engine).build();
            BakeResult result = new Baker(withEngine).bake();
            List<Long> wall = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                long cpuStart = processCpuNanos();
                long start = System.nanoTime();
                new Baker(withEngine).bake();
                wall.add((System.nanoTime() - start) / 1_000_000);
                cpu.add((processCpuNanos() - cpuStart) / 1_000_000);
            }
            System.out.printf("%-18s %-10s %6d %10d %10d%n", site, engine, result.pages(), median(wall), median(cpu));
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
