package io.github.bmmsite.bake;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matrix pages stay under 200 KB whatever the model's size: the shape of the benchmark's matrices at
 * 10,000 elements (20 rows related to 30 groups of 20, 56 relations: 600 columns in full), and
 * matrices at the bound of a page with names of 150 characters and no codes, the heaviest headings
 * and marks there are (the tallest, the widest and the densest).
 */
class MatrixPageSizeTest {

    private static final long MAX_PAGE_BYTES = 200_000;

    @TempDir
    static Path project;

    static Path site;
    static BakeResult result;

    @BeforeAll
    static void bake() throws Exception {
        Path source = Files.createDirectories(project.resolve("src/bmm"));
        StringBuilder document = new StringBuilder("## Vista de matrices\n\nIntroducción.\n\n");
        StringBuilder realization = new StringBuilder();
        StringBuilder influence = new StringBuilder();
        benchmarkShape(document, realization);
        tallest(document, realization);
        widest(document, realization);
        densest(document, realization, influence);
        Files.writeString(source.resolve("vista.md"), document);
        Files.writeString(source.resolve("vista.model.yaml"),
                "relations:\n  realization:\n" + realization + "  influence:\n" + influence);
        site = project.resolve("target/site");
        result = new Baker(BakeOptions.builder().projectDir(project).buildDir(project.resolve("target"))
                .source(source).output(site).templates(project.resolve("src/site/templates"))
                .assets(project.resolve("src/site/assets")).language("es").baseUrl("https://entidad.example/")
                .outputTimestamp("2026-01-01T00:00:00Z").build())
                .bake();
    }

    /** Twenty coded rows, each related to two or three of 600 coded columns in 30 groups. */
    private static void benchmarkShape(StringBuilder document, StringBuilder relations) {
        group(document, "Objetivos OTIC", "OT", 20, true);
        for (int g = 1; g <= 30; g++) {
            group(document, "Objetivos SG bloque " + g, "S" + g + "X", 20, true);
        }
        for (int i = 1, marks = 0; i <= 20; i++) {
            StringBuilder targets = new StringBuilder();
            for (int k = 0; k < (i <= 16 ? 3 : 2); k++, marks++) {
                targets.append(targets.length() == 0 ? "" : ", ").append(code("S" + (marks % 30 + 1) + "X", marks % 20 + 1));
            }
            relations.append("    ").append(code("OT", i)).append(": [").append(targets).append("]\n");
        }
    }

    /** 150 uncoded rows, each realizing one of 40 uncoded columns. */
    private static void tallest(StringBuilder document, StringBuilder relations) {
        group(document, "Filas altas", "Alta", 150, false);
        group(document, "Columnas altas", "Meta alta", 40, false);
        for (int i = 1; i <= 150; i++) {
            relations.append("    \"").append(longName("Alta", i)).append("\": \"").append(longName("Meta alta", i % 40 + 1))
                    .append("\"\n");
        }
    }

    /** One uncoded row realizing 250 uncoded columns. */
    private static void widest(StringBuilder document, StringBuilder relations) {
        group(document, "Fila ancha", "Ancha", 1, false);
        group(document, "Columnas anchas", "Meta ancha", 250, false);
        relations.append("    \"").append(longName("Ancha", 1)).append("\": [");
        for (int i = 1; i <= 250; i++) {
            relations.append(i == 1 ? "" : ", ").append('"').append(longName("Meta ancha", i)).append('"');
        }
        relations.append("]\n");
    }

    /** Ten uncoded rows that realize and influence each of ten uncoded columns: two marks in every cell. */
    private static void densest(StringBuilder document, StringBuilder realization, StringBuilder influence) {
        group(document, "Filas densas", "Densa", 10, false);
        group(document, "Columnas densas", "Meta densa", 10, false);
        for (int i = 1; i <= 10; i++) {
            StringBuilder targets = new StringBuilder();
            for (int j = 1; j <= 10; j++) {
                targets.append(j == 1 ? "" : ", ").append('"').append(longName("Meta densa", j)).append('"');
            }
            realization.append("    \"").append(longName("Densa", i)).append("\": [").append(targets).append("]\n");
            influence.append("    \"").append(longName("Densa", i)).append("\": [").append(targets).append("]\n");
        }
    }

    private static void group(StringBuilder document, String name, String prefix, int size, boolean coded) {
        document.append("### ").append(name).append("\n\n");
        for (int i = 1; i <= size; i++) {
            document.append("### ").append(coded ? code(prefix, i) + ": " + name + " número " + i
                    + " para fortalecer la gestión pública de la entidad" : longName(prefix, i)).append("\n\nTexto.\n\n");
        }
    }

    private static String code(String prefix, int i) {
        return String.format("%s%02d", prefix, i);
    }

    /** A name of 150 characters, or 149 where the 150th is a space. */
    private static String longName(String prefix, int i) {
        String name = prefix + " " + i + " para el fortalecimiento de la gestión pública y la atención a la ciudadanía"
                + " en los canales presenciales, telefónicos y virtuales de toda la entidad distrital";
        return name.substring(0, 150).strip();
    }

    private static String page(String path) throws IOException {
        return Files.readString(site.resolve(path));
    }

    @Test
    void everyMatrixPageIsUnder200Kb() throws IOException {
        try (Stream<Path> pages = Files.list(site.resolve("matrices"))) {
            Map<Path, Long> sizes = pages.collect(Collectors.toMap(Path::getFileName, p -> p.toFile().length()));
            assertThat(sizes).hasSize(4).allSatisfy((page, size) -> assertThat(size).as(page.toString())
                    .isLessThanOrEqualTo(MAX_PAGE_BYTES));
        }
    }

    @Test
    void theBenchmarksMatrixKeepsItsRelatedColumnsAndEveryRelation() throws IOException {
        String matrix = page("matrices/objetivos-otic.html");
        assertThat(matrix).contains("La matriz completa tendría 20 filas y 600 columnas: se muestran solo las filas y"
                + " columnas con alguna relación (20 filas, 56 columnas).");
        assertThat(matrix.split("class=\"matrix-mark\"", -1)).hasSize(56 + 1);
    }

    @Test
    void matricesBeyondTheBoundSayWhatTheyLeaveOut() throws IOException {
        assertThat(page("matrices/filas-altas.html")).as("160 entries: 60 rows, 40 columns, 60 relations")
                .contains("se muestran 60 de sus 150 relaciones, las de sus primeras filas (60 de las 150 que tienen alguna)");
        assertThat(page("matrices/fila-ancha.html")).as("160 entries: a row, 79 columns, 79 relations").contains(
                "se muestran 79 de sus 250 relaciones, las de sus primeras filas (1 de las 1 que tienen alguna)");
        assertThat(page("matrices/filas-densas.html")).as("160 entries: 7 rows, 10 columns, 140 relations")
                .contains("se muestran 140 de sus 200 relaciones, las de sus primeras filas (7 de las 10 que tienen alguna)");
        assertThat(result.diagnostics()).hasSize(3);
    }
}
