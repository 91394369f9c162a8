package io.github.bmmsite.model;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Random;

/**
 * Measures the matrices and value chains of a generated model of 10,000 elements in 100 layered
 * groups of 100 (each element realises two of the next group, so chains are 99 levels deep), in
 * CPU time of this thread, and prints the figures; it asserts nothing about time. Run it with
 * {@code mvn -pl bmm-core test -Dtest=TraceabilityBenchmark -Dgroups=benchmark -DexcludedGroups=none}.
 */
@Tag("benchmark")
class TraceabilityBenchmark {

    private static final int GROUPS = 100;
    private static final int SIZE = 100;

    @Test
    void measuresMatricesAndValueChains() {
        TestModel generated = new TestModel();
        for (int g = 0; g < GROUPS; g++) {
            String[] members = new String[SIZE];
            for (int i = 0; i < SIZE; i++) {
                members[i] = key(g, i);
            }
            generated.group("Grupo " + g, members);
        }
        Random random = new Random(20261125L);
        for (int g = 0; g + 1 < GROUPS; g++) {
            for (int i = 0; i < SIZE; i++) {
                generated.realizes(key(g, i), key(g + 1, random.nextInt(SIZE)), key(g + 1, random.nextInt(SIZE)));
            }
        }
        SiteModel model = generated.build();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        for (int warmUp = 0; warmUp < 3; warmUp++) {
            AlignmentMatrices.of(model);
            model.elements().forEach(e -> ValueChain.of(model, e.key()));
        }
        long start = threads.getCurrentThreadCpuTime();
        var matrices = AlignmentMatrices.of(model);
        long matricesNanos = threads.getCurrentThreadCpuTime() - start;
        long cells = matrices.stream().mapToLong(m -> (long) m.rowKeys().size() * m.shownColumnCount()).sum();

        start = threads.getCurrentThreadCpuTime();
        long nodes = 0;
        int limited = 0;
        for (Element element : model.elements()) {
            ValueChain chain = ValueChain.of(model, element.key());
            nodes += count(chain.up()) + count(chain.down());
            limited += chain.limited() ? 1 : 0;
        }
        long chainsNanos = threads.getCurrentThreadCpuTime() - start;

        System.out.println();
        System.out.println(String.format(Locale.ROOT, "Traceability benchmark: %d elements, %d relations, CPU time",
                model.elements().size(), model.relations().size()));
        System.out.println(String.format(Locale.ROOT, "matrices: %d, %,d cells in all, %.1f ms",
                matrices.size(), cells, matricesNanos / 1e6));
        System.out.println(String.format(Locale.ROOT,
                "value chains: %d, %,d nodes in all, %d shortened by a bound, %.1f ms (%.1f µs each)",
                model.elements().size(), nodes, limited, chainsNanos / 1e6, chainsNanos / 1e3 / model.elements().size()));
        System.out.println();
    }

    private static String key(int group, int index) {
        return String.format("G%02dE%02d", group, index);
    }

    private static int count(java.util.List<ValueChain.Node> nodes) {
        return nodes.stream().mapToInt(n -> 1 + count(n.children())).sum();
    }
}
