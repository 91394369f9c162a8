package io.github.bmmsite.bake;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bmmsite.archimate.ArchimateModel;
import io.github.bmmsite.archimate.ArchimateReader;
import io.github.bmmsite.archimate.LargeModelFixture;
import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.diagnostic.Severity;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.model.ArchitectureOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site of the large fixture model alone ({@link ModelOnlySite}): a page for every view, the
 * "Modelo" page, properties, relationship notes and the views' open data.
 */
class ModelViewsTest {

    @TempDir
    static Path work;
    private static Path site;
    private static BakeResult result;

    @BeforeAll
    static void bake() throws Exception {
        BakeOptions options = ModelOnlySite.options(work, ArchitectureOptions.DEFAULT);
        result = new Baker(options).bake();
        site = options.output();
    }

    private static Document page(Path root, String path) throws IOException {
        return Jsoup.parse(root.resolve(path).toFile(), "UTF-8", "https://example.org/modelo/" + path);
    }

    private static Document page(String path) throws IOException {
        return page(site, path);
    }

    private static List<String> files(Path root, String folder) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve(folder))) {
            return files.map(f -> folder + "/" + f.getFileName()).sorted().toList();
        }
    }

    @Test
    void aModelWithoutDocumentsBakesWithoutErrors() {
        assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
    }

    @Test
    void everyViewOfTheModelHasAPageTitledByItsTituloElseItsName() throws IOException {
        assertThat(files(site, "vistas")).hasSize(LargeModelFixture.VIEWS);
        assertThat(page("vistas/06-3-vista-de-nomina.html").selectFirst("h1").text()).as("Vista 2's titulo")
                .isEqualTo("06.3. Vista de nómina");
        assertThat(page("vistas/vista-1.html").selectFirst("h1").text()).as("no titulo: its name").isEqualTo("Vista 1");
        assertThat(page("vistas/06-1-mapa-general-de-aplicaciones.html").selectFirst("h1").text())
                .isEqualTo("06.1. Mapa general de aplicaciones");
    }

    @Test
    void theModeloPageListsEveryViewByTheModelsFoldersWithCounts() throws IOException {
        Document modelo = page("modelo/index.html");

        assertThat(modelo.selectFirst("h1").text()).isEqualTo("Modelo");
        List<String> views = modelo.select("main .model-views a").eachAttr("abs:href");
        assertThat(views).hasSize(LargeModelFixture.VIEWS).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(files(site, "vistas").stream()
                        .map(path -> "https://example.org/modelo/" + path).toList());
        assertThat(modelo.select("main h2").eachText()).containsExactly("Aplicaciones (8 vistas)",
                "Estrategia (8 vistas)", "Negocio (8 vistas)", "Tecnología (4 vistas)", "Transición (3 vistas)");
        Element estrategia = modelo.getElementById("carpeta-estrategia").parent();
        assertThat(estrategia.select("h3").eachText()).containsExactly("Capacidades (4 vistas)", "Motivación (4 vistas)");
        assertThat(modelo.getElementById("carpeta-estrategia-motivacion").parent().select("li").eachText())
                .as("by name, numbers by their value").containsExactly("06.3. Vista de nómina (8 elementos)",
                        "06.5. Vista de archivo (8 elementos)", "Vista 1 (8 elementos)", "Vista 3 (8 elementos)");
        assertThat(modelo.select("main > .model-views li").eachText()).as("the views right in the top folder")
                .containsExactly("06.1. Mapa general de aplicaciones (138 elementos)");
    }

    @Test
    void theMenuAndTheHomePageLeadToTheModeloPage() throws IOException {
        Document home = page("index.html");

        assertThat(home.select(".site-nav a").eachText()).as("more views than the menu lists")
                .containsExactly("Inicio", "Modelo (32 vistas)");
        assertThat(home.select("main a[href=modelo/index.html]")).hasSize(1);
    }

    @Test
    void aModelOnlyViewsBreadcrumbsGoThroughItsFolders() throws IOException {
        Element trail = page("vistas/vista-3.html").selectFirst("nav.breadcrumbs");

        assertThat(trail.select("a").eachAttr("href")).containsExactly("../index.html", "../modelo/index.html",
                "../modelo/index.html#carpeta-estrategia", "../modelo/index.html#carpeta-estrategia-motivacion");
        assertThat(trail.text()).isEqualTo("Inicio Modelo Estrategia Motivación Vista 3");
    }

    @Test
    void aModelOnlyViewIsItsMarkdownDocumentationItsDiagramAndItsElementsByGroupAndContainer() throws IOException {
        Document small = page("vistas/vista-3.html");
        assertThat(small.select("main .document-text strong").eachText()).containsExactly("contratación");
        assertThat(small.select("main .document-text table td").eachText()).containsExactly("Dueño", "OTIC");
        assertThat(small.select("main figure.bmm-diagram svg")).isNotEmpty();
        assertThat(small.select("main .group-card .element-list > li")).hasSize(8);

        Document large = page("vistas/06-1-mapa-general-de-aplicaciones.html");
        List<Element> cards = large.select("main .group-card");
        assertThat(cards.stream().limit(6).map(card -> card.selectFirst("h2").text()))
                .containsExactly("Dominio 1", "Dominio 2", "Dominio 3", "Dominio 4", "Dominio 5", "Dominio 6");
        Element domain = cards.get(0);
        assertThat(domain.select("h2 a").attr("href")).isEqualTo("../grupos/dominio-1.html");
        assertThat(domain.select("> .element-list > li")).hasSize(8);
        Element app01 = domain.selectFirst("> .element-list > li");
        assertThat(app01.selectFirst("a").text()).startsWith("APP01");
        assertThat(app01.select(".contained-elements > li").eachText())
                .as("the function drawn inside the component").singleElement().asString().startsWith("FUN01");
    }

    @Test
    void everyElementOnTheViewsHasAPageWithTheModelsDocumentation() throws IOException {
        assertThat(files(site, "elementos")).contains("elementos/app48.html", "elementos/fun48.html",
                "elementos/pro32.html", "elementos/obj16.html");
        Document app01 = page("elementos/app01.html");
        assertThat(app01.select("#descripcion + .document-text strong").eachText()).containsExactly("ApplicationComponent");
        assertThat(app01.select("main").text()).doesNotContain("sin documentación");
    }

    @Test
    void elementAndViewPagesShowTheModelsPropertiesButTheExportScripts() throws IOException {
        Element table = page("elementos/app01.html").selectFirst("table.properties");
        assertThat(table.select("tbody tr").eachText()).containsExactly("responsable Oficina de trámites",
                "estado Productivo", "manual https://example.org/manuales/APP1");
        assertThat(table.select("a").attr("href")).isEqualTo("https://example.org/manuales/APP1");
        assertThat(page("elementos/app02.html").select("#propiedades + table tbody tr").eachText())
                .containsExactly("responsable Oficina de correspondencia");

        Document large = page("vistas/06-1-mapa-general-de-aplicaciones.html");
        assertThat(large.select("main table.properties tbody tr").eachText()).as("titulo and plantillaElm hidden")
                .containsExactly("responsable Oficina de Tecnologías");
        assertThat(page("vistas/vista-3.html").select("table.properties")).isEmpty();
    }

    @Test
    void relationsShowTheirNameAndInADisclosureTheirDocumentationAndProperties() throws IOException {
        Document app01 = page("elementos/app01.html");
        Element realizes = app01.selectFirst("section.relations li:has(a[href=../elementos/pro01.html])");
        assertThat(realizes.selectFirst(".relation-name").text()).isEqualTo("«soporta»");
        Element details = realizes.selectFirst("details.relation-details");
        assertThat(details.selectFirst("summary").text())
                .isEqualTo("Documentación de la relación con PRO01: Gestión de trámites");
        assertThat(details.select(".document-text").text()).isEqualTo("Acordado en el comité de arquitectura (acta 0).");
        assertThat(details.select("table.properties tbody tr").eachText()).containsExactly("vigencia 2025");
        assertThat(details.select("a[href^=../relaciones/]").attr("href")).isEqualTo("../relaciones/app01-realiza-pro01.html");

        Element composes = app01.selectFirst("section.relations li:has(a[href=../elementos/fun01.html])");
        assertThat(composes.select("details, .relation-name")).as("nothing more than its ends and type").isEmpty();
        assertThat(page("elementos/cap01.html").select("section.relations .relation-name").eachText())
                .contains("«contribuye»");
    }

    @Test
    void onlyARelationWithDocumentationOrPropertiesHasAPageLinkedFromBothEnds() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        ArchimateModel model = ArchimateReader.read(work.resolve("modelo.archimate"), Path::getFileName, diagnostics)
                .orElseThrow();
        Set<String> junctions = Set.of("id-junction-and", "id-junction-or");
        long withNotes = model.relationships().stream()
                .filter(r -> !r.documentation().isBlank() || !r.properties().isEmpty())
                .filter(r -> !junctions.contains(r.sourceId()) && !junctions.contains(r.targetId())).count();
        long withoutNotes = model.relationships().stream()
                .filter(r -> r.documentation().isBlank() && r.properties().isEmpty()).count();
        assertThat(withNotes).isPositive();
        assertThat(withoutNotes).isPositive();

        List<String> pages = files(site, "relaciones");
        assertThat(pages).hasSize((int) withNotes);
        for (String path : pages) {
            Document relation = page(path);
            List<String> ends = relation.select("dl.element-facts dd a").eachAttr("href");
            assertThat(ends).as(path).hasSize(2);
            assertThat(relation.select("#documentacion + .document-text").text()).as(path).isNotBlank();
            assertThat(relation.select("table.properties tbody tr").eachText()).as(path).containsExactly("vigencia 2025");
            for (String end : ends) {
                assertThat(page(end.replace("../", "")).select("a[href=../" + path + "]")).as(end + " links " + path)
                        .hasSize(1);
            }
        }
    }

    @Test
    void openDataHasTheViewsAndTheElementsProperties() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> views = json.readValue(site.resolve("datos/vistas.json").toFile(), new TypeReference<>() { });
        assertThat(views).hasSize(LargeModelFixture.VIEWS);
        assertThat(views).filteredOn(view -> view.get("id").equals("id-view-03")).singleElement().isEqualTo(Map.of(
                "id", "id-view-03", "titulo", "Vista 3", "carpetas", List.of("Estrategia", "Motivación"),
                "documentacion", "Vista de contratación. Campo Valor Dueño OTIC",
                "url", "https://example.org/modelo/vistas/vista-3.html",
                "elementos", List.of("APP04", "NOD04", "APP05", "NOD05", "APP06", "NOD06", "APP07", "NOD07")));
        String csv = Files.readString(site.resolve("datos/vistas.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("id,titulo,carpetas,documentacion,url,elementos\r\n")
                .contains("\r\nid-view-03,Vista 3,\"Estrategia\nMotivación\",Vista de contratación. Campo Valor Dueño OTIC,"
                        + "https://example.org/modelo/vistas/vista-3.html,"
                        + "\"APP04\nNOD04\nAPP05\nNOD05\nAPP06\nNOD06\nAPP07\nNOD07\"\r\n");

        List<Map<String, Object>> elements = json.readValue(site.resolve("datos/elementos.json").toFile(),
                new TypeReference<>() { });
        assertThat(elements).filteredOn(element -> element.get("codigo").equals("APP01")).singleElement()
                .extracting(element -> element.get("propiedades")).isEqualTo(Map.of("responsable", "Oficina de trámites",
                        "estado", "Productivo", "manual", "https://example.org/manuales/APP1"));
        List<String> lines = Files.readAllLines(site.resolve("datos/elementos.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("codigo,nombre,tipo,tipo_archimate,grupos,descripcion,url,vistas,"
                + "otras_descripciones,propiedad:responsable,propiedad:estado,propiedad:manual");
        assertThat(lines).filteredOn(line -> line.startsWith("APP01,")).singleElement().asString()
                .endsWith(",Oficina de trámites,Productivo,https://example.org/manuales/APP1");
        assertThat(lines).filteredOn(line -> line.startsWith("APP02,")).singleElement().asString()
                .endsWith(",Oficina de correspondencia,,");
        assertThat(page("datos/index.html").select("main a").eachAttr("href")).contains("vistas.json", "vistas.csv");
    }

    @Test
    void hiddenPropertiesAreTheKeysGivenNotTheDefault(@TempDir Path other) throws Exception {
        BakeOptions options = ModelOnlySite.options(other, ArchitectureOptions.DEFAULT.hiding(Set.of(" Responsable ")));
        new Baker(options).bake();
        Path hiding = options.output();

        assertThat(page(hiding, "elementos/app01.html").select("#propiedades + table tbody tr").eachText())
                .containsExactly("estado Productivo", "manual https://example.org/manuales/APP1");
        assertThat(page(hiding, "vistas/06-1-mapa-general-de-aplicaciones.html")
                .select("main table.properties tbody tr").eachText())
                .containsExactly("titulo 06.1. Mapa general de aplicaciones", "plantillaElm elementsimple-md");
        assertThat(Files.readAllLines(hiding.resolve("datos/elementos.csv")).get(0)).doesNotContain("responsable");
        assertThat(Files.readString(hiding.resolve("datos/elementos.json"))).doesNotContain("\"responsable\"");
    }

    @Test
    void aViewADocumentExportsKeepsItsTextAndDocumentedLeavesOutTheOthers(@TempDir Path other) throws Exception {
        String document = "## Inventario de servidores\n\nTexto del documento.\n\n"
                + "![Vista](imagenes/v.png){#fig:id-view-05}\n";
        for (ArchitectureOptions.Views views : ArchitectureOptions.Views.values()) {
            Path work = other.resolve(views.name());
            BakeOptions options = ModelOnlySite.options(work, new ArchitectureOptions(views,
                    ArchitectureOptions.keys(ArchitectureOptions.HIDDEN_BY_DEFAULT)));
            Files.writeString(options.source().resolve("inventario.md"), document);
            new Baker(options).bake();

            List<String> viewPages = files(options.output(), "vistas");
            assertThat(viewPages).as(views.name()).hasSize(views == ArchitectureOptions.Views.ALL ? LargeModelFixture.VIEWS : 1)
                    .contains("vistas/inventario-de-servidores.html").doesNotContain("vistas/vista-5.html");
            Document exported = page(options.output(), "vistas/inventario-de-servidores.html");
            assertThat(exported.select("main .document-text").text()).isEqualTo("Texto del documento.");
            assertThat(exported.select("main table.properties tbody tr").eachText()).as("the model adds its properties")
                    .containsExactly("responsable Oficina de Tecnologías");
        }
    }
}
