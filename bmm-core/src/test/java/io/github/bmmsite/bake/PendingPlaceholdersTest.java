package io.github.bmmsite.bake;

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
 * A placeholder without value ({@code $APP}) is shown the same marked way wherever the site shows
 * it, as the body of a page marks it; where markup cannot be (the window's title, search data,
 * open data) it is its bare name, as the mark shows it, and the search page marks it from the data.
 */
class PendingPlaceholdersTest {

    private static final String MARK = "<mark class=\"bmm-unresolved\" title=\"Variable sin valor en la configuración:"
            + " APP\">APP</mark>";

    @TempDir
    static Path project;

    static BakedSite site;

    @BeforeAll
    static void bake() throws Exception {
        Path source = Files.createDirectories(project.resolve("src/bmm"));
        Files.writeString(source.resolve("informe.md"), """
                # Informe de $APP

                Texto del informe.

                ## Servicios de $APP (view)

                ![01. Mapa de $APP](mapa.png){#fig:id-mapa}

                ### Canales de $APP

                ### Portal de $APP
                El portal de $APP.
                """);
        new Baker(BakeOptions.builder().projectDir(project).buildDir(project.resolve("target")).source(source)
                .output(project.resolve("target/site")).templates(project.resolve("t"))
                .assets(project.resolve("a")).language("es").baseUrl("https://example.org/")
                .config(Map.of("site_title", "Sitio")).build()).bake();
        site = new BakedSite(project.resolve("target/site"));
    }

    private static String html(String page, String selector) {
        return site.page(page).select(selector).outerHtml();
    }

    @Test
    void titlesAndBreadcrumbsOfViewsDocumentsGroupsAndElements() {
        assertThat(html("vistas/servicios-de-app.html", "h1")).isEqualTo("<h1>Servicios de " + MARK + "</h1>");
        assertThat(html("vistas/servicios-de-app.html", ".breadcrumbs [aria-current]")).contains("Servicios de " + MARK);
        assertThat(html("documentos/informe-de-app.html", "h1")).isEqualTo("<h1>Informe de " + MARK + "</h1>");
        assertThat(html("grupos/canales-de-app.html", "h1")).isEqualTo("<h1>Canales de " + MARK + "</h1>");
        assertThat(html("elementos/portal-de-app.html", "h1")).isEqualTo("<h1>Portal de " + MARK + "</h1>");
        assertThat(html("elementos/portal-de-app.html", ".breadcrumbs a")).contains("Canales de " + MARK);
    }

    @Test
    void listsFactsAndCaptions() {
        assertThat(html("index.html", "#vistas ~ ul a")).contains("Servicios de " + MARK);
        assertThat(html("index.html", "#documentos ~ ul a")).contains("Informe de " + MARK);
        assertThat(html("indice/elementos.html", ".element-list a")).contains("Portal de " + MARK);
        assertThat(html("index.html", ".site-nav a")).contains("Servicios de " + MARK);
        assertThat(html("elementos/portal-de-app.html", ".element-facts dd")).contains("Servicios de " + MARK,
                "Canales de " + MARK);
        assertThat(html("vistas/servicios-de-app.html", "figcaption")).contains("Mapa de " + MARK);
        assertThat(html("documentos/informe-de-app.html", ".card a")).contains("Servicios de " + MARK);
    }

    @Test
    void whereNoMarkupCanBeItIsItsBareNameAndTheExportsDollarNeverShows() throws Exception {
        Document view = site.page("vistas/servicios-de-app.html");
        assertThat(view.title()).isEqualTo("Servicios de APP · Sitio");
        assertThat(view.select("meta[property=og:title]").attr("content")).isEqualTo("Servicios de APP");
        String search = SearchDataFiles.documents(project.resolve("target/site"));
        assertThat(search).contains("\"name\":\"Portal de APP\"", "\"text\":\"El portal de APP.\"",
                "\"name\":\"Servicios de APP\"", "\"pending\":[\"APP\"]");
        assertThat(Files.readString(project.resolve("target/site/datos/elementos.csv")))
                .contains("Portal de APP,", "El portal de APP.");
        assertThat(Files.readString(project.resolve("target/site/datos/elementos.json")))
                .contains("\"nombre\": \"Portal de APP\"", "\"vistas\": [\"Servicios de APP\"]");
        assertThat(site.allTextByFile().entrySet()).filteredOn(file -> file.getValue().contains("$APP"))
                .extracting(Map.Entry::getKey).isEmpty();
    }
}
