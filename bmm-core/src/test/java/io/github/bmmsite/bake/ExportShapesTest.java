package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A folder of every shape the export script writes (copies of the six sample shapes: a title
 * page, a compilation, element cards, a view whose figure follows its text and whose element is
 * drawn twice, a document of two H1 views, a newer export of a view) with an architecture model
 * whose views carry their figure ids, baked whole.
 */
class ExportShapesTest {

    static final Path FOLDER = Path.of("src", "test", "resources", "export-shapes").toAbsolutePath();
    static final Path SOURCE = FOLDER.resolve("bmm");
    static final Path MODEL = FOLDER.resolve("model").resolve("dominio-aplicaciones.archimate");
    /** What the project's POM would set for the export's placeholders. */
    static final Map<String, String> VARIABLES = Map.of("TITULO", "Visión de aplicaciones", "SUBTITULO",
            "Entregables de la oficina de tecnología", "COMMIT", "4f2a9c1", "APP", "Mesa de servicios",
            "CLIENTE", "la Alcaldía");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "export-shapes");

    @TempDir
    static Path work;

    static BakeResult strict;
    static BakedSite site;

    static BakeOptions options(Path output, boolean strict, Optional<String> language, Map<String, String> variables) {
        return BakeOptions.builder().projectDir(FOLDER).buildDir(work).source(SOURCE).output(output)
                .templates(work.resolve("no-templates")).assets(work.resolve("no-assets")).strict(strict)
                .language(language.orElse(null)).baseUrl("https://example.org/").variables(variables)
                .outputTimestamp("2026-01-01T00:00:00Z").build();
    }

    @BeforeAll
    static void bakeWithTheModelTheVariablesAndTheLanguageInStrictMode() throws Exception {
        Path output = work.resolve("site");
        long start = System.nanoTime();
        strict = new Baker(options(output, true, Optional.of("es"), VARIABLES).toBuilder().model(MODEL).cache(false).build()).bake();
        long millis = (System.nanoTime() - start) / 1_000_000;
        site = new BakedSite(output);
        // For the record: what the folder of the six shapes makes, and in how long (measured, not asserted).
        System.out.println("six export shapes with their model: " + site.pagesByKind() + " pages, diagnostics "
                + byCodeAndSeverity(strict.diagnostics()) + ", baked in " + millis + " ms (" + strict.timing() + ")");
    }

    private static Map<String, Long> byCodeAndSeverity(List<Diagnostic> diagnostics) {
        return diagnostics.stream().collect(Collectors.groupingBy(d -> d.code() + " " + d.severity().label(),
                TreeMap::new, Collectors.counting()));
    }

    @Test
    void bakesInStrictModeWithNotesOnlyEachNamingItsFileAndLine() {
        assertThat(strict.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "bmm/02.compilacion.md:40: note [BMM091] this '|' closes the table row of line 39, whose last cell runs"
                        + " onto the next line; the row is read as one (write each row on one line)",
                "bmm/02.compilacion.md:50: note [BMM092] this view is also shown by bmm/06.vista-v2.md:2 with another"
                        + " text; its page shows that text, of the last export of the view alone, and this one under"
                        + " 'Otras versiones'",
                "bmm/03.fichas.md:14: note [BMM097] 'Portal ciudadano' has an older text here than the architecture"
                        + " model's, which bmm/06.vista-v2.md:15 has: its page shows that one first and keeps this one"
                        + " (export this document again to update it)",
                "bmm/04.vista-aplicaciones.md:2: note [BMM092] this view is also shown by bmm/06.vista-v2.md:2 with"
                        + " another text; its page shows that text, of the last export of the view alone, and this one"
                        + " under 'Otras versiones'",
                "bmm/04.vista-aplicaciones.md:7: note [BMM090] the figure 'fig:id-0000000000000000000000000000e002'"
                        + " follows a line of text with no blank line between, so Markdown reads both as one paragraph;"
                        + " it is shown as the view's figure (put a blank line before it)",
                "bmm/04.vista-aplicaciones.md:11: note [BMM089] 'Gestión De Trámites' is written 'Gestión de trámites'"
                        + " in the architecture model (model/dominio-aplicaciones.archimate:4); its page uses the model's"
                        + " spelling",
                "bmm/04.vista-aplicaciones.md:16: note [BMM089] 'PORTAL CIUDADANO' is written 'Portal ciudadano' in the"
                        + " architecture model (model/dominio-aplicaciones.archimate:15); its page uses the model's spelling",
                "bmm/04.vista-aplicaciones.md:22: note [BMM089] 'PORTAL CIUDADANO' is written 'Portal ciudadano' in the"
                        + " architecture model (model/dominio-aplicaciones.archimate:15); its page uses the model's spelling");
    }

    @Test
    void everyFiguresViewHasOneViewPageAndEveryDocumentWithAViewAPage() {
        assertThat(site.pagesIn("vistas/")).containsExactly("vistas/analisis-de-entorno-de-aplicaciones.html",
                "vistas/aplicaciones-y-procesos.html", "vistas/caracterizacion-de-aplicaciones.html",
                "vistas/inventario-de-aplicaciones.html", "vistas/situacion-actual-de-aplicaciones.html");
        for (String id : List.of("e001", "e002", "e003", "e004", "e005")) {
            assertThat(site.pagesIn("vistas/")).as(id).filteredOn(path -> site.page(path)
                    .getElementById("fig:id-0000000000000000000000000000" + id) != null).hasSize(1);
        }
        assertThat(site.pagesIn("documentos/")).containsExactly("documentos/03-fichas.html",
                "documentos/04-vista-aplicaciones.html", "documentos/05-vista-h1.html", "documentos/06-vista-v2.html",
                "documentos/documento-de-entregables-de-la-vision.html");
    }

    @Test
    void noElementIsASectionTheTableOrAViewAndAHeadingWrittenInCapitalsIsTheSameElement() {
        assertThat(site.headingsIn("elementos/")).containsExactly("Atención de solicitudes", "Gestión de trámites",
                "Línea 195", "Portal ciudadano");
        assertThat(site.page("elementos/portal-ciudadano.html").select(".element-views li")).extracting(e -> e.text())
                .containsExactly("Aplicaciones y procesos", "Análisis de entorno de aplicaciones",
                        "Caracterización de aplicaciones", "Situación actual de aplicaciones");
    }

    @Test
    void theCardOfAnElementIsPartOfItsDescriptionUnderItsOwnHeading() {
        Document portal = site.page("elementos/portal-ciudadano.html");

        assertThat(portal.select("#descripcion ~ div.document-text h4, #descripcion ~ div.document-text h3"))
                .extracting(e -> e.text()).contains("Ficha");
        assertThat(portal.select("table").text()).contains("Desarrollo interno");
    }

    @Test
    void noPrintDirectiveAndNoMarkupShowsAsText() {
        String all = site.allText();

        assertThat(all).doesNotContain("\\newpage", "\\pagebreak", "\\clearpage", "page-break", "page-break: true",
                "&lt;div", "titlepage");
    }

    @Test
    void everyInternalLinkAndAnchorResolves() {
        assertThat(site.brokenLinks()).isEmpty();
    }

    @Test
    void theTitlePageNamesTheSite() {
        assertThat(site.page("index.html").selectFirst("h1").text()).isEqualTo("Visión de aplicaciones");
        assertThat(site.page("index.html").select("meta[name=description]").attr("content"))
                .isEqualTo("Entregables de la oficina de tecnología");
    }

    @Test
    void theViewThatThreeDocumentsShowTakesTheTextOfItsNewestExportAloneAndKeepsTheOthers() {
        Document view = site.page("vistas/aplicaciones-y-procesos.html");

        assertThat(view.select(".page-text > .document-text").first().text())
                .isEqualTo("Introducción de la versión más reciente de la vista.");
        assertThat(view.selectFirst(".view-source").text()).isEqualTo("Texto de 06.vista-v2; también en Documento de"
                + " entregables de la visión, 04.vista-aplicaciones.");
        assertThat(view.select(".view-version summary")).extracting(e -> e.text()).containsExactly(
                "Versión de Documento de entregables de la visión", "Versión de 04.vista-aplicaciones");
        assertThat(view.select(".view-version").text()).contains("Introducción de la vista, escrita en el mismo"
                + " párrafo que la figura:", "repetida aquí dentro de la compilación");
        assertThat(view.select(".group-card li")).extracting(e -> e.text()).containsExactly(
                "Gestión de trámites Proceso de negocio", "Atención de solicitudes Servicio de negocio",
                "Portal ciudadano Componente de aplicación", "Línea 195 Componente de aplicación");
        assertThat(site.page("elementos/gestion-de-tramites.html").select(".description-source").text())
                .contains("Según otra versión de la vista Aplicaciones y procesos, en 04.vista-aplicaciones");
    }

    @Test
    void theCompilationsDocumentPageShowsItsOwnTextAndListsItsViewsInOrder() throws IOException {
        golden("documentos/documento-de-entregables-de-la-vision.html");
        assertThat(site.page("index.html").select("#documentos ~ ul a")).extracting(e -> e.text())
                .containsExactly("Documento de entregables de la visión");
    }

    @Test
    void theCardDocumentsViewPage() throws IOException {
        golden("vistas/caracterizacion-de-aplicaciones.html");
    }

    @Test
    void withoutVariablesOrLanguageTheSameFolderBakesWithWarningsThatStrictModeRefuses() {
        assertThatThrownBy(() -> new Baker(options(work.resolve("strict-without"), true, Optional.empty(), Map.of())
                .toBuilder().model(MODEL).build()).bake())
                .isInstanceOfSatisfying(BakeFailedException.class, e -> assertThat(byCodeAndSeverity(e.diagnostics()))
                        .containsOnlyKeys("BMM020 warning", "BMM089 note", "BMM090 note",
                                "BMM091 note", "BMM092 note", "BMM097 note"));
    }

    @Test
    void withoutTheModelTheSameFolderBakesWhole() throws Exception {
        Path output = work.resolve("without-model");
        BakeResult result = new Baker(options(output, false, Optional.of("es"), VARIABLES)).bake();
        BakedSite withoutModel = new BakedSite(output);

        assertThat(result.diagnostics()).extracting(Diagnostic::severity).doesNotContain(
                io.github.bmmsite.diagnostic.Severity.ERROR);
        assertThat(withoutModel.pagesIn("vistas/")).isEqualTo(site.pagesIn("vistas/"));
        assertThat(withoutModel.headingsIn("elementos/")).containsExactly("Gestión de trámites", "Línea 195",
                "Portal ciudadano");
        assertThat(withoutModel.brokenLinks()).isEmpty();
        // The compilation's table gives Línea 195 its type: no heading, no model does.
        assertThat(withoutModel.page("elementos/linea-195.html").select(".type-badge").text())
                .isEqualTo("Componente de aplicación");
    }

    /**
     * Compares a page with its golden copy; {@code -Dgolden.update=true} writes the copy after an
     * intended change of the output (review its diff).
     */
    private static void golden(String page) throws IOException {
        Path baked = work.resolve("site").resolve(page);
        Path golden = GOLDEN.resolve(page);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.copy(baked, golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(Files.readString(baked)).isEqualTo(Files.readString(golden));
    }
}
