package io.github.bmmsite.cache;

import io.github.bmmsite.bake.BakeOptions;
import io.github.bmmsite.bake.BakeResult;
import io.github.bmmsite.bake.Baker;
import io.github.bmmsite.browser.GeneratedModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures the incremental bake in process on a generated site and prints the figures; it asserts
 * nothing about time. Run it with {@code mvn -pl bmm-core test -Dtest=IncrementalBakeBenchmark
 * -Dgroups=benchmark -DexcludedGroups=none} ({@code -Dbenchmark.size=1000} for a smaller site).
 *
 * <p>Rows: a full bake with the cache off; a full bake with an empty cache (what the cache costs
 * when it cannot help); a second bake with no change; and a bake after one element's text changed
 * in one document. Each is the median of several runs after a warm-up, as wall time and as the
 * CPU time of the whole process (a fairer figure on a shared machine).
 */
@Tag("benchmark")
class IncrementalBakeBenchmark {

    private static final int RUNS = 3;

    @Test
    void measuresFullNoChangeAndOneDocumentChangedBakes() throws Exception {
        int size = Integer.getInteger("benchmark.size", 10_000);
        Path work = Path.of("target", "benchmark", "incremental-" + size).toAbsolutePath();
        deleteTree(work);
        Path source = work.resolve("src/bmm");
        int perDocument = 100;
        int documents = Math.max(1, size / perDocument);
        GeneratedModel.write(source, documents, Math.min(size, perDocument));
        Path edited = source.resolve(GeneratedModel.document(documents / 2));
        String original = Files.readString(edited);
        String changed = original.replaceFirst("(?m)^(### E\\d{5}: .*\\n)(.*)$", "$1$2 Texto cambiado.");

        bake(options(work, source, false));
        Map<String, List<Measure>> rows = new LinkedHashMap<>();
        for (int run = 0; run < RUNS; run++) {
            deleteTree(work.resolve("target"));
            rows.computeIfAbsent("full bake, cache off", r -> new ArrayList<>()).add(bake(options(work, source, false)));
            deleteTree(work.resolve("target"));
            rows.computeIfAbsent("full bake, empty cache", r -> new ArrayList<>()).add(bake(options(work, source, true)));
            rows.computeIfAbsent("no change", r -> new ArrayList<>()).add(bake(options(work, source, true)));
            Files.writeString(edited, run % 2 == 0 ? changed : original);
            rows.computeIfAbsent("one document changed", r -> new ArrayList<>()).add(bake(options(work, source, true)));
        }
        Files.writeString(edited, original);

        double full = median(rows.get("full bake, cache off"), Measure::wallMillis);
        System.out.printf(Locale.ROOT, "%nIncremental bake, %,d elements (%s, %d cores), median of %d runs%n", size,
                System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(), RUNS);
        System.out.printf(Locale.ROOT, "%-26s %10s %10s %9s %10s %8s%n", "", "wall ms", "CPU ms", "% of full",
                "rendered", "reused");
        rows.forEach((name, measures) -> {
            double wall = median(measures, Measure::wallMillis);
            Measure last = measures.get(measures.size() - 1);
            System.out.printf(Locale.ROOT, "%-26s %10.0f %10.0f %8.1f%% %10d %8d%n", name, wall,
                    median(measures, Measure::cpuMillis), 100 * wall / full, last.result().cache().rendered(),
                    last.result().cache().reused());
        });
    }

    private record Measure(double wallMillis, double cpuMillis, BakeResult result) {
    }

    private static Measure bake(BakeOptions options) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        BakeResult result = new Baker(options).bake();
        return new Measure((System.nanoTime() - start) / 1e6, (os.getProcessCpuTime() - cpu) / 1e6, result);
    }

    private static double median(List<Measure> measures, java.util.function.ToDoubleFunction<Measure> value) {
        double[] values = measures.stream().mapToDouble(value).sorted().toArray();
        return values[values.length / 2];
    }

    private static BakeOptions options(Path work, Path source, boolean cache) {
        return BakeOptions.builder().projectDir(work).buildDir(work.resolve("target")).source(source)
                .output(work.resolve("target/site")).templates(work.resolve("src/site/templates"))
                .assets(work.resolve("src/site/assets")).language("es").baseUrl("https://example.org/").cache(cache).build();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
