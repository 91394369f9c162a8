package io.github.bmmsite.bake;

import com.sun.management.OperatingSystemMXBean;
import io.github.bmmsite.browser.GeneratedModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Bakes generated models in process and prints the median wall time of a few bakes with the
 * time of each pipeline stage; it asserts nothing about time. Two shapes: one document of N
 * elements, and documents of 100 elements in the seed's style with a model file each (figure,
 * crossrefs, code mentions, about two relations per element). Run it with
 * {@code mvn -pl bmm-core test -Dtest=BakeBenchmark -Dgroups=benchmark -DexcludedGroups=none};
 * {@code -Dbake.benchmark.sizes=1,1000,10000,50000} chooses the sizes, {@code -Dbake.benchmark.runs}
 * the number of measured bakes (after one warm-up bake), and {@code -DargLine=-Xmx512m} bounds the heap.
 */
@Tag("benchmark")
class BakeBenchmark {

    private static final int PER_DOCUMENT = 100;

    @Test
    void bakesGeneratedModels() throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("bake.benchmark.sizes", "1,1000,10000").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
        int runs = Integer.getInteger("bake.benchmark.runs", 3);
        String shapes = System.getProperty("bake.benchmark.shapes", "documents,single");
        List<String> lines = new ArrayList<>();
        for (String shape : shapes.split(",")) {
            for (int size : sizes) {
                Map<String, String> files = shape.equals("single") ? GeneratedModel.corpus(1, size)
                        : GeneratedModel.corpus(Math.max(1, size / PER_DOCUMENT), Math.min(size, PER_DOCUMENT));
                String name = shape + "-" + size;
                lines.add(measure(name, files, runs));
                System.out.println(lines.get(lines.size() - 1));
            }
        }
        System.out.println();
        System.out.println("Bake benchmark: in process, " + Runtime.getRuntime().availableProcessors()
                + " processors, max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, median of "
                + runs + " bakes after a warm-up; stages of the median bake");
        lines.forEach(System.out::println);
        System.out.println();
    }

    private static String measure(String name, Map<String, String> files, int runs) throws Exception {
        Path work = Path.of("target", "bake-benchmark", name).toAbsolutePath();
        delete(work);
        Path source = work.resolve("src");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = source.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
        Path site = work.resolve("site");
        BakeOptions options = BakeOptions.builder().projectDir(work).buildDir(work).source(source).output(site)
                .language("es").baseUrl("https://example.org/" + name + "/").config(Map.of("site_title", name))
                .build();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Run> results = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            delete(site);
            System.gc();
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            BakeResult result = new Baker(options).bake();
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (os.getProcessCpuTime() - cpu) / 1_000_000;
            if (run > 0) {
                results.add(new Run(millis, cpuMillis, result));
            }
        }
        results.sort(Comparator.comparingLong(Run::millis));
        Run median = results.get(results.size() / 2);
        return String.format(Locale.ROOT, "%-16s %6d pages %7d ms wall %7d ms cpu  %s", name, median.result().pages(),
                median.millis(), median.cpuMillis(), median.result().profile().summary());
    }

    private record Run(long millis, long cpuMillis, BakeResult result) {
    }

    private static void delete(Path root) throws IOException {
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
