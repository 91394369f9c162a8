package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A model too large for whole matrices: 250 applications that each realise one of 250 processes,
 * five of which realise goals of a group of 200, and a cycle between an application and a process.
 */
class TraceabilitySiteTest {

    @TempDir
    static Path project;

    static Path site;
    static BakeResult result;

    @BeforeAll
    static void bake() throws Exception {
        Path source = Files.createDirectories(project.resolve("src/bmm"));
        StringBuilder document = new StringBuilder("## Vista grande\n\nIntroducción.\n\n");
        StringBuilder relations = new StringBuilder("relations:\n  realization:\n");
        heading(document, "Aplicaciones", "A", 250);
        heading(document, "Procesos", "P", 250);
        heading(document, "Metas", "M", 200);
        for (int i = 1; i <= 250; i++) {
            relations.append(String.format("    A%03d: P%03d%n", i, i));
        }
        relations.append("    P001: [A001, M001]\n");
        for (int i = 2; i <= 5; i++) {
            relations.append(String.format("    P%03d: M%03d%n", i, i));
        }
        Files.writeString(source.resolve("vista.md"), document);
        Files.writeString(source.resolve("vista.model.yaml"), relations);
        site = project.resolve("target/site");
        result = new Baker(options(false)).bake();
    }

    private static void heading(StringBuilder document, String group, String prefix, int count) {
        document.append("### ").append(group).append("\n\n");
        for (int i = 1; i <= count; i++) {
            document.append(String.format("### %s%03d: Elemento %d de %s%nTexto.%n", prefix, i, i, group));
        }
    }

    private static BakeOptions options(boolean strict) {
        return BakeOptions.builder().projectDir(project).buildDir(project.resolve("target"))
                .source(project.resolve("src/bmm")).output(site)
                .templates(project.resolve("src/site/templates")).assets(project.resolve("src/site/assets"))
                .strict(strict).language("es").baseUrl("https://entidad.example/")
                .outputTimestamp("2026-01-01T00:00:00Z").build();
    }

    private static String page(String path) throws IOException {
        return Files.readString(site.resolve(path));
    }

    @Test
    void aMatrixTooLargeEvenWhenCompactIsCutAndSaysSo() throws IOException {
        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "src/bmm/vista.model.yaml:3: warning [BMM095] the alignment matrix of group 'Aplicaciones' is too large"
                        + " for one page even without empty rows and columns (more than 3000 cells, or more than 160 rows,"
                        + " columns and relations together), so its page shows 53 of its 250 relations, those of its first"
                        + " 53 of 250 related rows; every relation is still on the element pages (split the group to see"
                        + " them all in matrices)");
        String matrix = page("matrices/aplicaciones.html");
        assertThat(matrix).contains("se muestran 53 de sus 250 relaciones, las de sus primeras filas (53 de las 250"
                        + " que tienen alguna)", "<th scope=\"row\"><a href=\"../elementos/a053.html\">")
                .doesNotContain("../elementos/a054.html");
        assertThat(matrix.split("class=\"matrix-hit\"", -1)).hasSize(53 + 1);
    }

    @Test
    void aLargeMatrixKeepsOnlyItsRelatedRowsAndColumns() throws IOException {
        String matrix = page("matrices/procesos.html");
        assertThat(matrix).contains("<h1>Matriz de alineación: Procesos × Aplicaciones y Metas</h1>",
                "La matriz completa tendría 250 filas y 450 columnas: se muestran solo las filas y columnas con alguna"
                        + " relación (5 filas, 6 columnas). Los demás elementos están en las páginas de sus grupos.");
        assertThat(matrix.split("<th scope=\"row\">", -1)).hasSize(5 + 1);
    }

    @Test
    void aCycleInTheValueChainIsShownOnceAndNamed() throws IOException {
        String application = page("elementos/a001.html");
        assertThat(application).contains("<h3 id=\"cadena-hacia-arriba\">A qué contribuye</h3>",
                "(ciclo: ya aparece antes en esta cadena)");
        assertThat(application.substring(application.indexOf("cadena-hacia-arriba\">"))).containsSubsequence(
                "realiza</span> <a href=\"../elementos/p001.html\">", "<ul class=\"chain\">",
                "realiza</span> <a href=\"../elementos/a001.html\">", "(ciclo:",
                "realiza</span> <a href=\"../elementos/m001.html\">");
    }

    @Test
    void strictModeStopsOnACutMatrix() {
        assertThatThrownBy(() -> new Baker(options(true)).bake()).isInstanceOf(BakeFailedException.class)
                .hasMessageContaining("strict");
    }
}
