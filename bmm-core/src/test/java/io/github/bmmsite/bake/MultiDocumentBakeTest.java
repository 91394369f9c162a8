package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.index.SearchDataFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three exported views that share elements, baked together: one page per element listing every
 * view, every text kept, tables of contents that still lead somewhere, tables numbered.
 */
class MultiDocumentBakeTest {

    private static final List<String> DOCUMENTS = List.of("01.BMM.SituacionActual-SistemasInformacion.md",
            "02.BMM.ObjetivosEstrategicos.md", "03.BMM.Capacidades.md", "images/situacion-actual.png");

    @TempDir
    Path project;

    private Path site;
    private BakeResult result;

    @BeforeEach
    void bake() throws Exception {
        Path source = project.resolve("src/bmm");
        Files.createDirectories(source.resolve("images"));
        for (String name : DOCUMENTS) {
            try (InputStream in = getClass().getResourceAsStream("/multi-view/" + name)) {
                Files.copy(in, source.resolve(name));
            }
        }
        site = project.resolve("target/site");
        result = new Baker(BakeOptions.builder().projectDir(project).buildDir(project.resolve("target"))
                .source(source).output(site).templates(project.resolve("src/site/templates"))
                .assets(project.resolve("src/site/assets")).baseUrl("https://example.org/")
                .variables(Map.of("VERSIONES", "1.0 y 1.1", "COMMIT", "4f2a9c1", "CLIENTE", "la Secretaría General"))
                .outputTimestamp("2026-01-01T00:00:00Z").build()).bake();
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void reportsTheDifferingDescriptionWithBothPlacesAndThePlaceholderWithoutValue() {
        // The title page's $TITULO would title the document page of the first document, whose title is a view's.
        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "src/bmm/01.BMM.SituacionActual-SistemasInformacion.md:2: warning [BMM020] the placeholder $TITULO"
                        + " has no value; set it in the plugin's <variables>",
                "src/bmm/02.BMM.ObjetivosEstrategicos.md:14: warning [BMM085] 'ACC2: Fortalecer la Gestión Pública'"
                        + " is described here differently than at src/bmm/01.BMM.SituacionActual-SistemasInformacion.md:42;"
                        + " its page shows both texts, the first one first; give both documents the same text"
                        + " (the model's documentation) to show one",
                "src/bmm/03.BMM.Capacidades.md:2: warning [BMM020] the placeholder $TITULO has no value;"
                        + " set it in the plugin's <variables>");
    }

    @Test
    void aSharedElementIsOnePageListingEveryViewAndEveryText() throws IOException {
        Document acc2 = page("elementos/acc2.html");

        assertThat(acc2.select("h1").text()).isEqualTo("ACC2 Fortalecer la Gestión Pública");
        assertThat(acc2.select(".element-views a")).extracting(a -> a.attr("href") + " " + a.text()).containsExactly(
                "../vistas/situacion-actual-sistemas-de-informacion-sg.html Situación Actual. Sistemas de Información SG",
                "../vistas/objetivos-estrategicos-sg.html Objetivos Estratégicos SG");
        assertThat(acc2.select("#descripcion ~ .document-text")).extracting(Element::text).containsExactly(
                "Fortalecer la gestión pública distrital mediante sistemas de información integrados, interoperables"
                        + " y seguros, que den a la ciudadanía trámites en línea y a la entidad datos confiables para decidir.",
                "Fortalecer la gestión pública con procesos eficientes, transparentes y centrados en la ciudadanía,"
                        + " en el marco del Modelo Integrado de Planeación y Gestión.");
        assertThat(acc2.select("h3.description-source").text())
                .isEqualTo("Según la vista Objetivos Estratégicos SG");

        assertThat(acc2.select(".element-groups a")).extracting(Element::text)
                .as("every group a view shows it in").containsExactly("Aplicaciones misionales", "Objetivos SG");

        Document decisions = page("elementos/toma-de-decisiones.html");
        assertThat(decisions.select(".element-views li")).hasSize(2);
        assertThat(decisions.select(".description-source")).as("the same text twice is shown once").isEmpty();
        assertThat(page("elementos/siga-sistema-integrado-de-gestion-administrativa.html").select(".element-views a")).extracting(Element::text).containsExactly(
                "Situación Actual. Sistemas de Información SG", "03.BMM.Capacidades");
        assertThat(site.resolve("elementos")).isDirectoryContaining(p -> p.getFileName().toString().equals("acc2.html"))
                .isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("acc2-"));
    }

    @Test
    void groupPagesSearchOpenDataAndSitemapListTheSharedElementOnce() throws IOException {
        Document group = page("grupos/aplicaciones-misionales.html");
        assertThat(group.select("section.member h2")).extracting(Element::text)
                .containsExactly("ACC2 Fortalecer la Gestión Pública", "SIGA: Sistema Integrado de Gestión Administrativa");
        assertThat(group.select("section.member .description-source a").attr("href"))
                .isEqualTo("../elementos/acc2.html#descripcion");

        String search = SearchDataFiles.documents(site);
        assertThat(search.split("\"uri\":\"elementos/acc2.html\"", -1)).hasSize(2);
        assertThat(search).contains("centrados en la ciudadanía", "datos confiables para decidir");

        String openData = Files.readString(site.resolve("datos/elementos.json"));
        assertThat(openData).contains("\"vistas\": [\"Situación Actual. Sistemas de Información SG\", \"Objetivos Estratégicos SG\"]",
                "\"otras_descripciones\": [\"Objetivos Estratégicos SG: Fortalecer la gestión pública con procesos");
        assertThat(Files.readString(site.resolve("sitemap.xml")).split("elementos/acc2.html", -1)).hasSize(2);
    }

    @Test
    void titlesLoseTheViewMarkAndTakeTheirPlaceholders() throws IOException {
        assertThat(page("vistas/situacion-actual-sistemas-de-informacion-sg.html").select("h1").text())
                .isEqualTo("Situación Actual. Sistemas de Información SG");
        assertThat(page("vistas/03-bmm-capacidades.html").select("h1").text())
                .as("a title that is only a placeholder without value").isEqualTo("03.BMM.Capacidades");
    }

    @Test
    void tablesOfContentsLeadToThePagesTheirHeadingsBecame() throws IOException {
        Document view = page("vistas/situacion-actual-sistemas-de-informacion-sg.html");

        assertThat(view.select(".document-text ul a")).extracting(a -> a.text() + " -> " + a.attr("href")).containsExactly(
                "Situación Actual. Sistemas de Información SG -> ../vistas/situacion-actual-sistemas-de-informacion-sg.html",
                "Aplicaciones misionales -> ../grupos/aplicaciones-misionales.html",
                "ACC2. Fortalecer la Gestión Pública -> ../elementos/acc2.html",
                "SIGA: Sistema Integrado de Gestión Administrativa -> ../elementos/siga-sistema-integrado-de-gestion-administrativa.html",
                "Módulos -> ../elementos/siga-sistema-integrado-de-gestion-administrativa.html#módulos",
                "Procesos y capacidades -> ../grupos/procesos-y-capacidades.html",
                "Toma de decisiones -> ../elementos/toma-de-decisiones.html",
                "Sistemas en producción -> ../vistas/situacion-actual-sistemas-de-informacion-sg.html#tbl:sistemas");
        assertThat(brokenLinks()).isEmpty();
    }

    @Test
    void labelledTablesAreNumberedAndReferencesLinkToThem() throws IOException {
        Document first = page("vistas/situacion-actual-sistemas-de-informacion-sg.html");
        Document third = page("vistas/03-bmm-capacidades.html");

        assertThat(first.select("table#tbl\\:sistemas caption").text())
                .isEqualTo("Tabla 1: Sistemas de información en producción");
        assertThat(first.select("a.bmm-xref").first().parent().text()).contains("la tabla 1 resume su estado");
        assertThat(first.select("a.bmm-xref").attr("href")).isEqualTo("../vistas/situacion-actual-sistemas-de-informacion-sg.html#tbl:sistemas");
        assertThat(third.select("table#tbl\\:servicios caption").text()).isEqualTo("Tabla 2: Servicios de TI");
        assertThat(third.select("a.bmm-xref").text()).isEqualTo("2");
    }

    @Test
    void printSizesPageBreaksAndPlaceholdersNeverShowAsText() throws IOException {
        Document view = page("vistas/situacion-actual-sistemas-de-informacion-sg.html");
        assertThat(view.select("figure img").attr("src")).isEqualTo("../imagenes/images/situacion-actual.png");
        assertThat(view.select("figure img").hasAttr("width")).isFalse();
        assertThat(view.select(".document-text").text()).contains("Versiones del documento: 1.0 y 1.1 (commit 4f2a9c1).");
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertThat(Files.readString(file)).as(site.relativize(file).toString())
                        .doesNotContain("{#", "width=5in", "5in", "page-break", "(view)", "\\newpage", "$VERSIONES",
                                "$COMMIT", "@tbl");
            }
        }
    }

    /** Every link of every page leads to a file of the site, and every anchor to an id on that page. */
    private List<String> brokenLinks() throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                for (Element link : Jsoup.parse(file.toFile(), "UTF-8").select("a[href]")) {
                    URI uri = URI.create(link.attr("href").replace(" ", "%20"));
                    if (uri.getScheme() != null) {
                        continue;
                    }
                    Path target = uri.getPath().isEmpty() ? file : file.getParent().resolve(uri.getPath()).normalize();
                    String where = site.relativize(file) + " -> " + link.attr("href");
                    if (!Files.isRegularFile(target)) {
                        broken.add(where);
                    } else if (uri.getFragment() != null && target.toString().endsWith(".html")
                            && Jsoup.parse(target.toFile(), "UTF-8").getElementById(uri.getFragment()) == null) {
                        broken.add(where + " (no such id)");
                    }
                }
            }
        }
        return broken;
    }

    @Test
    void aHundredKilobyteExportBakesWhole(@TempDir Path other) throws Exception {
        String markdown = RealisticDocument.of(100 * 1024, 8);
        Path source = Files.createDirectories(other.resolve("src/bmm"));
        Files.writeString(source.resolve("grande.md"), markdown);
        Path out = other.resolve("target/site");

        BakeResult big = new Baker(BakeOptions.builder().projectDir(other).buildDir(other.resolve("target"))
                .source(source).output(out).templates(other.resolve("src/site/templates"))
                .assets(other.resolve("src/site/assets")).strict(true).baseUrl("https://example.org/")
                .variables(Map.of("VERSIONES", "2.3")).outputTimestamp("2026-01-01T00:00:00Z").build()).bake();

        long elements = markdown.lines().filter(l -> l.startsWith("## ") && !l.startsWith("## Grupo")).count();
        assertThat(markdown.getBytes(StandardCharsets.UTF_8).length).isBetween(100 * 1024, 120 * 1024);
        assertThat(big.diagnostics()).as("strict mode: not even a warning").isEmpty();
        try (Stream<Path> pages = Files.list(out.resolve("elementos"))) {
            assertThat(pages.count()).isEqualTo(elements);
        }
        site = out;
        assertThat(brokenLinks()).isEmpty();
        Document view = Jsoup.parse(out.resolve("vistas/capacidades-institucionales.html").toFile(), "UTF-8");
        assertThat(view.select(".document-text > ul a")).hasSize((int) elements + (int) markdown.lines()
                .filter(l -> l.startsWith("## Grupo")).count());
        assertThat(Jsoup.parse(out.resolve("elementos/acc2.html").toFile(), "UTF-8").select("caption").text())
                .isEqualTo("Tabla 2: Indicadores de ACC2");
    }
}
