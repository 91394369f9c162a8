package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.diagnostic.Severity;
import io.github.bmmsite.index.SearchDataFiles;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export shapes in other words, sizes and mixes: a compilation of two views with chapters
 * between them, a card document whose sections have other names, three exports of one view and a
 * document that shows it twice, two H1 views (one without figure), two views of one title, three
 * different elements called "Taquilla" and two called "Validador" with their codes, baked with
 * their architecture model (a collaboration folder) and without it.
 */
class ExportMixTest {

    static final Path FOLDER = Path.of("src", "test", "resources", "export-mix").toAbsolutePath();
    static final Map<String, String> VARIABLES = Map.of("CIUDAD", "Villa del Río", "ENTIDAD", "la Secretaría de Movilidad",
            "FECHA", "2025");

    @TempDir
    static Path work;

    static BakeResult withModel;
    static BakedSite site;
    static BakeResult withoutModel;
    static BakedSite plain;

    @BeforeAll
    static void bake() throws Exception {
        withModel = new Baker(options("site").toBuilder().model(FOLDER.resolve("model")).build()).bake();
        site = new BakedSite(work.resolve("site"));
        withoutModel = new Baker(options("plain")).bake();
        plain = new BakedSite(work.resolve("plain"));
    }

    private static BakeOptions options(String output) {
        return BakeOptions.builder().projectDir(FOLDER).buildDir(work).source(FOLDER.resolve("bmm"))
                .output(work.resolve(output)).templates(work.resolve("t")).assets(work.resolve("a"))
                .language("es").baseUrl("https://example.org/").variables(VARIABLES).cache(false).build();
    }

    @Test
    void withTheModelOnlyTheUnclosedMetadataAndTheViewWithoutFigureAreWarned() {
        assertThat(withModel.diagnostics()).filteredOn(d -> d.severity() != Severity.NOTE).extracting(Diagnostic::format)
                .containsExactly(
                        "bmm/25.recaudo-de-nuevo.md:11: warning [BMM012] this metadata block is never closed; it is read"
                                + " up to line 13 and not shown (end it with a line '---' or '...')",
                        "bmm/40.situacion.md:20: warning [BMM079] the view 'Proyectos de peajes' has no figure"
                                + " {#fig:id-…}, so it cannot be matched to a view of the architecture model (bmm.model);"
                                + " its elements get only what their own names match in the model");
        assertThat(withModel.diagnostics()).filteredOn(d -> d.severity() == Severity.NOTE).extracting(Diagnostic::format)
                .contains("bmm/25.recaudo-de-nuevo.md:15: note [BMM093] this document shows the view again (first at"
                                + " bmm/25.recaudo-de-nuevo.md:2); both are read as one view",
                        "bmm/10.compendio.md:34: note [BMM091] this '|' closes the table row of line 32, whose last cell"
                                + " runs onto the next line; the row is read as one (write each row on one line)",
                        "bmm/30.vista-recaudo.md:9: note [BMM090] the figure 'fig:id-mov-0002' follows a line of text"
                                + " with no blank line between, so Markdown reads both as one paragraph; it is shown as"
                                + " the view's figure (put a blank line before it)");
    }

    @Test
    void differentElementsOfOneNameHavePagesToldApartByCodeOrType() {
        assertThat(site.pagesIn("elementos/")).containsExactly("elementos/centro-de-control.html",
                "elementos/controlador-de-interseccion.html", "elementos/pj1.html", "elementos/plataforma-de-recarga.html",
                "elementos/rc1.html", "elementos/taquilla-actor-de-negocio.html", "elementos/taquilla-instalacion.html",
                "elementos/taquilla-rol-de-negocio.html", "elementos/tarjeta-ciudadana.html");
        assertThat(site.page("elementos/taquilla-instalacion.html").select(".element-facts dd").eachText())
                .containsExactly("Instalación", "Infraestructura", "Situación de peajes");
        assertThat(site.page("elementos/taquilla-actor-de-negocio.html").select(".element-views li, .element-facts dd")
                .text()).contains("Recaudo (09.5)");
        assertThat(site.page("elementos/pj1.html").selectFirst("h1").text()).isEqualTo("PJ1 Validador");
    }

    @Test
    void twoViewsOfOneTitleAreToldApartWhereverTheyAreListed() throws Exception {
        assertThat(site.pagesIn("vistas/")).containsExactly("vistas/proyectos-de-peajes.html",
                "vistas/recaudo-09-2b.html", "vistas/recaudo-09-5.html", "vistas/semaforizacion.html",
                "vistas/sistemas-de-recaudo.html", "vistas/situacion-de-peajes.html");
        assertThat(site.page("index.html").select("#vistas ~ ul a")).extracting(e -> e.text())
                .contains("Recaudo (09.2b)", "Recaudo (09.5)");
        assertThat(site.page("index.html").select(".site-nav a")).extracting(e -> e.text())
                .contains("Recaudo (09.2b)", "Recaudo (09.5)");
        assertThat(site.page("vistas/recaudo-09-5.html").select(".breadcrumbs [aria-current]").text())
                .isEqualTo("Recaudo (09.5)");
        assertThat(site.page("documentos/60-recaudo-rural.html").select(".card a").text()).isEqualTo("Recaudo (09.5)");
        assertThat(SearchDataFiles.documents(work.resolve("site")))
                .contains("\"name\":\"Recaudo (09.2b)\"", "\"name\":\"Recaudo (09.5)\"");
    }

    @Test
    void theViewOfFourDocumentsShowsItsNewestExportAloneAndKeepsEveryOtherText() {
        Document view = site.page("vistas/recaudo-09-2b.html");

        assertThat(view.selectFirst(".view-source").text()).isEqualTo("Texto de 31.vista-recaudo; también en Compendio"
                + " de arquitectura de movilidad, Recaudo repetido, 30.vista-recaudo.");
        assertThat(view.select(".view-version summary").eachText()).containsExactly(
                "Versión de Compendio de arquitectura de movilidad", "Versión de Recaudo repetido",
                "Versión de Recaudo repetido (la vista se repite en ese documento)", "Versión de 30.vista-recaudo");
        assertThat(view.select(".view-version .document-text").eachText()).containsExactly(
                "Texto del recaudo tal como lo recoge el compendio. Elementos del Modelo Nombre Tipo Documentación RC1:"
                        + " Validador Application Component Lee la tarjeta en el bus. Tarjeta ciudadana Business Object"
                        + " Medio de pago recargable.",
                "Texto del recaudo en un documento que repite la vista.",
                "Texto que sigue a la vista repetida.",
                "Primera exportación de la vista de recaudo, con la figura pegada al texto:");
        // Taquilla was dropped from the newest export; the older ones still show it on the view.
        assertThat(view.select(".group-card li a").eachText()).containsExactly("Tarjeta ciudadana", "Taquilla",
                "RC1 Validador");
    }

    @Test
    void theModelsCurrentTextComesFirstAndTheCardOfAnOlderExportIsKept() {
        Document validator = site.page("elementos/rc1.html");

        assertThat(validator.select("#descripcion ~ .document-text").first().text())
                .isEqualTo("Lee la tarjeta o el celular en el bus.");
        assertThat(validator.select("h3.description-source").eachText()).containsExactly(
                "Según otra versión de la vista Recaudo (09.2b), en 30.vista-recaudo",
                "Según una exportación anterior, en 20.fichas-recaudo (vista Sistemas de recaudo)");
        assertThat(validator.select("h4").eachText()).containsExactly("Características");
        assertThat(validator.select("table").text()).contains("Fabricante Externo");
    }

    @Test
    void theCompilationsChaptersAreItsDocumentPageAndItsLinksLeadWhereTheirTargetsAre() {
        Document compendium = site.page("documentos/compendio-de-arquitectura-de-movilidad.html");

        assertThat(compendium.select("main .document-text h2, main .document-text h3").eachText())
                .containsExactly("Marco general", "Alcance del compendio", "Anexos");
        assertThat(compendium.select("main .document-text a").eachAttr("href")).containsExactly(
                "../documentos/compendio-de-arquitectura-de-movilidad.html#marco-general",
                "../documentos/compendio-de-arquitectura-de-movilidad.html#alcance-del-compendio",
                "../vistas/semaforizacion.html", "../vistas/recaudo-09-2b.html",
                "../documentos/compendio-de-arquitectura-de-movilidad.html#anexos",
                "../vistas/semaforizacion.html#fig:id-mov-0001");
        assertThat(compendium.select(".card a").eachText()).containsExactly("Semaforización", "Recaudo (09.2b)");
        assertThat(compendium.select(".draft-notice").text()).contains("falta el glosario");
    }

    @Test
    void anUndescribedElementShowsTheModelsDocumentationAsMarkdown() {
        Document center = site.page("elementos/centro-de-control.html");

        assertThat(center.select(".undescribed").text()).isEqualTo("Sin descripción en el documento.");
        assertThat(center.select(".document-text strong").text()).isEqualTo("supervisa");
        assertThat(center.select(".document-text li").eachText()).containsExactly("turnos de 24 horas", "dos operadores");
    }

    @Test
    void sectionsAndTablesAreNeverElementsAndNothingForPrintShows() {
        assertThat(site.headingsIn("elementos/")).doesNotContain("Características", "Datos generales",
                "Elementos del Modelo", "Peaje electrónico").noneMatch(h -> h.endsWith("(view)"));
        assertThat(site.allText()).doesNotContain("\\newpage", "\\pagebreak", "\\clearpage", "page-break",
                "title: Recaudo repetido");
        assertThat(site.brokenLinks()).isEmpty();
    }

    @Test
    void withoutTheModelTheTableFillsInWhatNoHeadingDescribesAndNamesAloneTellElementsApart() {
        assertThat(withoutModel.diagnostics()).filteredOn(d -> d.code().equals("BMM085")).extracting(Diagnostic::format)
                .containsExactly(
                        "bmm/20.fichas-recaudo.md:11: warning [BMM085] 'RC1: Validador' is described here differently"
                                + " than at bmm/31.vista-recaudo.md:15; its page shows both texts, the first one first;"
                                + " give both documents the same text (the model's documentation) to show one",
                        "bmm/40.situacion.md:11: warning [BMM085] 'Taquilla' is described here differently than at"
                                + " bmm/30.vista-recaudo.md:16; its page shows both texts, the first one first; give"
                                + " both documents the same text (the model's documentation) to show one",
                        "bmm/60.recaudo-rural.md:8: warning [BMM085] 'Taquilla' is described here differently than at"
                                + " bmm/30.vista-recaudo.md:16; its page shows both texts, the first one first; give"
                                + " both documents the same text (the model's documentation) to show one");
        Document controller = plain.page("elementos/controlador-de-interseccion.html");
        assertThat(controller.select(".type-badge").text()).isEqualTo("Dispositivo");
        assertThat(controller.select(".undescribed").text()).contains("tabla «Elementos del Modelo»");
        assertThat(controller.select("#descripcion ~ .document-text p").last().text())
                .isEqualTo("Equipo que gobierna los semáforos de una intersección.");
        assertThat(plain.page("elementos/centro-de-control.html").select(".document-text strong").text())
                .isEqualTo("supervisa");
        assertThat(plain.pagesIn("elementos/")).contains("elementos/pj1.html", "elementos/rc1.html",
                "elementos/taquilla.html").doesNotContain("elementos/caracteristicas.html",
                "elementos/zonas-de-la-ciudad.html");
        assertThat(plain.brokenLinks()).isEmpty();
    }
}
