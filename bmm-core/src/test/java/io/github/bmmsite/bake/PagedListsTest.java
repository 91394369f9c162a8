package io.github.bmmsite.bake;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small site baked in pages of two entries: each list longer than that takes pages that lead to
 * each other, and the pages that show the beginning of a list link to all of it.
 */
class PagedListsTest {

    @TempDir
    static Path project;

    private static BakedSite site;

    @BeforeAll
    static void bake() throws Exception {
        Path source = project.resolve("src/bmm");
        Files.createDirectories(source);
        for (int n = 1; n <= 3; n++) {
            Files.writeString(source.resolve("informe-" + n + ".md"), "# Informe " + n + "\n\nTexto propio del informe "
                    + n + ".\n\n## Vista " + n + " (view)\n\nIntroducción.\n\n### Objetivos " + n + "\n\n"
                    + "### A" + n + "1: Primero\nTexto.\n### A" + n + "2: Segundo\nTexto.\n### A" + n + "3: Tercero\nTexto.\n");
        }
        Files.writeString(source.resolve("sin-grupos.md"), "## Vista sin grupos\n\nIntroducción.\n\n"
                + "### B1: Uno\nTexto.\n### B2: Dos\nTexto.\n### B3: Tres\nTexto.\n### B4: Cuatro\nTexto.\n### B5: Cinco\nTexto.\n");
        Path output = project.resolve("target/site");
        new Baker(BakeOptions.builder().projectDir(project).buildDir(project.resolve("target")).source(source)
                .output(output).baseUrl("https://example.org/").pageSize(2).build()).bake();
        site = new BakedSite(output);
    }

    private static List<String> texts(Element page, String selector) {
        return page.select(selector).eachText();
    }

    @Test
    void aGroupOfMoreElementsThanAPageTakesPagesThatLeadToEachOther() {
        Document first = site.page("grupos/objetivos-1.html");
        Document second = site.page("grupos/objetivos-1.pagina-2.html");

        assertThat(texts(first, "main section.member h2")).containsExactly("A11 Primero", "A12 Segundo");
        assertThat(texts(second, "main section.member h2")).containsExactly("A13 Tercero");
        assertThat(first.select("link[rel=next]").attr("href")).isEqualTo("../grupos/objetivos-1.pagina-2.html");
        assertThat(first.select("link[rel=prev]")).isEmpty();
        assertThat(second.select("link[rel=prev]").attr("href")).isEqualTo("../grupos/objetivos-1.html");
        assertThat(texts(second, "nav.pagination a")).containsExactly("Anterior", "1", "2");
        assertThat(second.select("nav.pagination a[aria-current=page]").attr("aria-label")).isEqualTo("Página 2");
        assertThat(second.title()).startsWith("Objetivos 1, página 2 de 2 · ");
        assertThat(second.select("meta[name=description]").attr("content")).isEqualTo("Objetivos 1: 3 elementos (A13)");
        assertThat(texts(first, ".lead")).containsExactly("Este grupo contiene 3 elementos. Página 1 de 2.");
    }

    @Test
    void theHomePageShowsTheFirstEntriesOfEachListAndLinksToItsPages() {
        Document home = site.page("index.html");

        assertThat(texts(home, "#documentos ~ ul li")).containsExactly("Informe 1", "Informe 2");
        assertThat(texts(home, "#vistas ~ ul li")).containsExactly("Vista 1", "Vista 2");
        assertThat(home.select("#grupos ~ ul li")).hasSize(2);
        assertThat(home.select(".more a")).extracting(a -> a.attr("href") + " " + a.text()).containsExactly(
                "indice/documentos.html Ver todos los documentos (3)", "indice/vistas.html Ver todas las vistas (4)",
                "indice/grupos.html Ver todos los grupos (3)", "indice/elementos.html Ver la lista de los elementos (14)");
        assertThat(site.pagesIn("indice/")).containsExactly("indice/documentos.html", "indice/documentos.pagina-2.html",
                "indice/elementos.html", "indice/elementos.pagina-2.html", "indice/elementos.pagina-3.html",
                "indice/elementos.pagina-4.html", "indice/elementos.pagina-5.html", "indice/elementos.pagina-6.html",
                "indice/elementos.pagina-7.html", "indice/grupos.html", "indice/grupos.pagina-2.html",
                "indice/vistas.html", "indice/vistas.pagina-2.html");
        Document views = site.page("indice/vistas.pagina-2.html");
        assertThat(texts(views, "h1")).containsExactly("Todas las vistas");
        assertThat(texts(views, ".lead")).containsExactly("4 vistas. Página 2 de 2.");
        assertThat(texts(views, "main .card-list li")).containsExactly("Vista 3", "Vista sin grupos");
        assertThat(texts(site.page("indice/elementos.pagina-7.html"), "main .element-list li")).hasSize(2);
    }

    @Test
    void aViewShowsTheFirstOfItsElementsInNoGroupAndLinksToTheirList() {
        Document view = site.page("vistas/vista-sin-grupos.html");
        Element others = view.selectFirst("#sin-grupo").parent();

        assertThat(texts(others, ".count")).containsExactly("5 elementos");
        assertThat(texts(others, ".element-list li")).containsExactly("B1 Uno", "B2 Dos");
        assertThat(others.select(".more a").attr("href")).isEqualTo("../vistas/vista-sin-grupos.otros-elementos.html");
        Document list = site.page("vistas/vista-sin-grupos.otros-elementos.pagina-3.html");
        assertThat(texts(list, ".breadcrumbs li")).containsExactly("Inicio", "Vista sin grupos",
                "Otros elementos de la vista «Vista sin grupos»");
        assertThat(texts(list, "main .element-list li")).containsExactly("B5 Cinco");
        assertThat(site.pagesIn("vistas/vista-sin-grupos.otros-elementos")).hasSize(3);
    }

    @Test
    void everyLinkLeadsToAPageThatExistsAndTheSitemapListsEveryPage() throws Exception {
        assertThat(site.brokenLinks()).isEmpty();
        String sitemap = Files.readString(project.resolve("target/site/sitemap.xml"));
        assertThat(site.pages().keySet()).filteredOn(page -> !page.equals("404.html") && !page.equals("search.html"))
                .allMatch(page -> sitemap.contains("<loc>https://example.org/" + page + "</loc>"));
    }
}
