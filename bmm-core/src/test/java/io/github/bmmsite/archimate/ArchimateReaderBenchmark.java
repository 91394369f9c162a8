package io.github.bmmsite.archimate;

import io.github.bmmsite.diagnostic.Diagnostics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints how much CPU time reading a generated model takes, in the collaboration layout (one file
 * per object) and as one Archi file. Asserts nothing about time; left out of the normal build:
 * {@code mvn -pl bmm-core test -Dtest=ArchimateReaderBenchmark -Dgroups=benchmark -DexcludedGroups=none}.
 */
@Tag("benchmark")
class ArchimateReaderBenchmark {

    private static final int ELEMENTS = 5_000;
    private static final String NS = "xmlns:archimate=\"http://www.archimatetool.com/archimate\"";
    private static final String XSI = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";

    @Test
    void readsAGeneratedModel(@TempDir Path work) throws IOException {
        Path folder = collaborationFolder(work.resolve("coarchi"));
        Path file = archiFile(work.resolve("modelo.archimate"));
        for (int round = 0; round < 3; round++) {
            report("collaboration folder", () -> ArchimateReader.read(folder, p -> p, new Diagnostics()).orElseThrow());
            report(".archimate file", () -> ArchimateReader.read(file, p -> p, new Diagnostics()).orElseThrow());
        }
    }

    private static void report(String what, Supplier<ArchimateModel> read) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        ArchimateModel model = read.get();
        long cpu = threads.getCurrentThreadCpuTime() - start;
        assertThat(model.elements()).hasSize(ELEMENTS);
        assertThat(model.relationships()).hasSize(ELEMENTS - 1);
        System.out.printf("%-22s %,d elements, %,d relationships: %,d ms CPU%n", what, ELEMENTS, ELEMENTS - 1,
                cpu / 1_000_000);
    }

    private static Path collaborationFolder(Path folder) throws IOException {
        Path model = Files.createDirectories(folder.resolve("model"));
        Files.writeString(model.resolve("folder.xml"), "<archimate:ArchimateModel " + NS + " name=\"M\" id=\"id-m\"/>\n");
        Path elements = Files.createDirectories(model.resolve("motivation"));
        Path relations = Files.createDirectories(model.resolve("relations"));
        for (int i = 0; i < ELEMENTS; i++) {
            Files.writeString(elements.resolve("Goal_id-" + i + ".xml"), "<archimate:Goal\n    " + NS
                    + "\n    name=\"O" + i + ": Objetivo " + i + "\"\n    id=\"id-" + i + "\"\n    documentation=\"Texto "
                    + i + ".\"/>\n");
            if (i > 0) {
                Files.writeString(relations.resolve("InfluenceRelationship_id-r" + i + ".xml"),
                        "<archimate:InfluenceRelationship\n    " + XSI + "\n    " + NS + "\n    id=\"id-r" + i + "\">\n"
                                + "  <source xsi:type=\"archimate:Goal\" href=\"Goal_id-" + i + ".xml#id-" + i + "\"/>\n"
                                + "  <target xsi:type=\"archimate:Goal\" href=\"Goal_id-" + (i - 1) + ".xml#id-" + (i - 1)
                                + "\"/>\n</archimate:InfluenceRelationship>\n");
            }
        }
        return folder;
    }

    private static Path archiFile(Path file) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<archimate:model " + XSI + " "
                + NS + " name=\"M\" id=\"id-m\">\n<folder name=\"Motivation\" id=\"id-f\" type=\"motivation\">\n");
        for (int i = 0; i < ELEMENTS; i++) {
            xml.append("<element xsi:type=\"archimate:Goal\" name=\"O").append(i).append(": Objetivo ").append(i)
                    .append("\" id=\"id-").append(i).append("\"><documentation>Texto ").append(i)
                    .append(".</documentation></element>\n");
        }
        xml.append("</folder>\n<folder name=\"Relations\" id=\"id-fr\" type=\"relations\">\n");
        for (int i = 1; i < ELEMENTS; i++) {
            xml.append("<element xsi:type=\"archimate:InfluenceRelationship\" id=\"id-r").append(i)
                    .append("\" source=\"id-").append(i).append("\" target=\"id-").append(i - 1).append("\"/>\n");
        }
        xml.append("</folder>\n</archimate:model>\n");
        return Files.writeString(file, xml);
    }
}
