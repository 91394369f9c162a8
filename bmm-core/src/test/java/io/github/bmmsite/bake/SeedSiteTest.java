package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.index.SearchDataFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader of the seed site must find, checked on the baked pages. */
class SeedSiteTest {

    @TempDir
    static Path work;

    static Path site;
    static BakeResult result;

    @BeforeAll
    static void bake() throws Exception {
        site = work.resolve("site");
        result = new Baker(SeedSite.options(work, site)).bake();
    }

    private static String page(String path) throws IOException {
        return Files.readString(site.resolve(path));
    }

    @Test
    void hasAHomePageAndOnePagePerViewGroupAndElement() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            List<String> pages = files.map(f -> site.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".html")).sorted().toList();
            // home, search, 404, open data, site map, document, view, Modelo, list of elements; groups,
            // elements, matrices; the relations the model documents
            assertThat(pages).hasSize(9 + 4 + 27 + 3 + 10).contains("modelo/index.html", "indice/elementos.html",
                    "mapa-del-sitio.html",
                    "relaciones/oeti01-realiza-o7.html","matrices/objetivos-otic.html",
                    "matrices/principios-peti.html", "matrices/procesos-y-capacidades.html", "index.html", "search.html", "404.html",
                    "datos/index.html", "documentos/06-bmm-objetivosestrategicossg-otic.html",
                    "vistas/objetivos-estrategicos-sg-otic.html", "grupos/objetivos-sg.html",
                    "grupos/objetivos-otic.html", "grupos/principios-peti.html", "grupos/procesos-y-capacidades.html",
                    "elementos/o7.html", "elementos/oeti01.html", "elementos/gestion-de-tramites-ciudadanos.html",
                    "elementos/gestion-financiera.html");
        }
    }

    @Test
    void elementPagesShowRelationsInBothDirections() throws IOException {
        assertThat(page("elementos/oeti01.html")).contains("<h3 class=\"relation-verb\">Realiza</h3>",
                "href=\"../elementos/o7.html\"", "<h3 class=\"relation-verb\">Es realizado por</h3>",
                "href=\"../elementos/capacidad-de-transformacion-digital.html\"");
        String o7 = page("elementos/o7.html");
        assertThat(o7).contains("Es realizado por", "Es influido por", "href=\"../elementos/oeti01.html\"",
                "href=\"../elementos/toma-de-decisiones.html\"", "href=\"../elementos/oeti03.html\"",
                "href=\"../elementos/tecnologia-como-habilitador-transversal-peti-otic.html\"");
        assertThat(page("elementos/toma-de-decisiones.html")).contains("<dt>Pertenece a</dt>",
                "<a href=\"../grupos/procesos-y-capacidades.html\">Procesos y capacidades</a>", "Proceso de negocio");
    }

    @Test
    void alignmentMatricesCrossTheGroupsTheModelRelates() throws IOException {
        String otic = page("matrices/objetivos-otic.html");
        assertThat(otic).contains("<h1>Matriz de alineación: Objetivos OTIC × Objetivos SG</h1>",
                "<caption id=\"matriz-titulo\"><span class=\"matrix-caption\">Objetivos OTIC × Objetivos SG: 5 relaciones</span></caption>",
                "<th scope=\"colgroup\" colspan=\"10\" class=\"matrix-block\"><a href=\"../grupos/objetivos-sg.html\">",
                "<th scope=\"row\"><a href=\"../elementos/oeti01.html\">",
                "<td class=\"matrix-hit\"><a class=\"matrix-mark\" href=\"../elementos/o7.html#relaciones\">"
                        + "<span aria-hidden=\"true\">✓ </span><span class=\"visually-hidden\">OETI01 </span>realiza"
                        + "<span class=\"visually-hidden\"> O7</span></a></td>",
                "<span class=\"visually-hidden\">OETI03 </span>influye en<span class=\"visually-hidden\"> O2</span>");
        assertThat(otic.split("class=\"matrix-hit\"", -1)).hasSize(5 + 1);
        assertThat(otic).as("columns headed by code, the name for screen readers and in the key below").contains(
                "<th scope=\"col\" class=\"matrix-column\"><a href=\"../elementos/o7.html\"><span class=\"matrix-label\">O7"
                        + "</span><span class=\"visually-hidden\"> Fortalecer capacidades institucionales gestión y desempeño"
                        + "</span></a></th>",
                "<div><dt>O7</dt><dd><a href=\"../elementos/o7.html\">Fortalecer capacidades institucionales gestión y"
                        + " desempeño</a></dd></div>");
        assertThat(otic).as("the list form of the same relations").contains("<li><a href=\"../elementos/oeti03.html\">"
                + "<span class=\"element-code\">OETI03</span> Gestionar la seguridad de la información y la seguridad"
                + " digital</a> — <span class=\"matrix-verb\">influye en</span>: <a href=\"../elementos/o2.html\">");
        assertThat(page("matrices/principios-peti.html")).contains("Principios PETI × Objetivos SG: 5 relaciones");
        assertThat(page("matrices/procesos-y-capacidades.html")).contains(
                "Procesos y capacidades × Objetivos SG y Objetivos OTIC: 13 relaciones",
                "<th scope=\"colgroup\" colspan=\"3\" class=\"matrix-block\"><a href=\"../grupos/objetivos-otic.html\">");
        assertThat(page("grupos/objetivos-sg.html")).contains("<h2 id=\"matrices\">Matrices de alineación</h2>",
                "href=\"../matrices/objetivos-otic.html\"", "href=\"../matrices/principios-peti.html\"",
                "href=\"../matrices/procesos-y-capacidades.html\"");
        assertThat(page("index.html")).contains("<a href=\"matrices/objetivos-otic.html\">Objetivos OTIC × Objetivos SG</a>");
        assertThat(SearchDataFiles.documents(site)).contains("\"uri\":\"matrices/procesos-y-capacidades.html\"");
    }

    @Test
    void elementPagesShowTheirValueChainBothWays() throws IOException {
        String capability = page("elementos/capacidad-de-transformacion-digital.html");
        assertThat(capability).contains("<h2 id=\"cadena-de-valor\">Cadena de valor</h2>", "A qué contribuye")
                .doesNotContain("Qué contribuye a este elemento");
        String up = capability.substring(capability.indexOf("cadena-hacia-arriba\">"));
        assertThat(up).containsSubsequence("realiza</span> <a href=\"../elementos/oeti02.html\">", "<ul class=\"chain\">",
                "realiza</span> <a href=\"../elementos/o5.html\">", "realiza</span> <a href=\"../elementos/o6.html\">",
                "</ul>", "realiza</span> <a href=\"../elementos/oeti01.html\">", "<ul class=\"chain\">",
                "realiza</span> <a href=\"../elementos/o7.html\">");
        String o7 = page("elementos/o7.html");
        assertThat(o7).contains("Qué contribuye a este elemento").doesNotContain("A qué contribuye");
        assertThat(o7.substring(o7.indexOf("cadena-hacia-abajo\">"))).containsSubsequence(
                "es realizado por</span> <a href=\"../elementos/oeti01.html\">",
                "<ul class=\"chain\">", "es realizado por</span> <a href=\"../elementos/capacidad-de-transformacion-digital.html\">",
                "es influido por</span> <a href=\"../elementos/oeti03.html\">");
        assertThat(page("elementos/o1.html")).doesNotContain("cadena-de-valor");
        assertThat(page("elementos/oeti01.html")).as("one step each way: its relations say it all")
                .contains("<h2 id=\"relaciones\">").doesNotContain("cadena-de-valor");
    }

    @Test
    void theFigureIsFigureOneWithItsOriginalAnchor() throws IOException {
        assertThat(page("vistas/objetivos-estrategicos-sg-otic.html")).contains(
                "<figure class=\"bmm-figure bmm-diagram\" id=\"fig:id-257a9a842fe0459c88cf09c4ebd37805\">",
                "<figcaption><span class=\"bmm-figure-number\">Figura 1:</span> 06.BMM. Objetivos Estrategicos SG-OTIC.",
                "Diagrama dibujado a partir del modelo: la imagen <code>images/06.BMM.ObjetivosEstrategicosSG-OTIC.png</code>"
                        + " no está disponible.");
    }

    @Test
    void noPageShowsExportSyntax() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".xml")).toList()) {
                String page = Files.readString(file);
                assertThat(page).as(file.toString())
                        .doesNotContain("{#fig", "\\newpage", "titlepage", "$APP", "$CLIENTE", "lang: en")
                        .contains(file.toString().endsWith(".html") ? "<html lang=\"es\">" : "<urlset");
                // Drawings have width attributes; pandoc's "width=" must only never be read.
                Document parsed = Jsoup.parse(page);
                String read = parsed.text() + parsed.getAllElements().stream()
                        .flatMap(e -> e.attributes().asList().stream()).map(Attribute::getValue).toList();
                assertThat(read).as(file.toString()).doesNotContain("width=");
            }
        }
    }

    @Test
    void objetivoFiveOfThePlanDistritalIsNotLinkedToO5() throws IOException {
        Element description = Jsoup.parse(page("elementos/alineacion-con-plan-distrital-de-desarrollo.html"))
                .selectFirst("section[aria-labelledby=descripcion]");
        assertThat(description.html()).contains("especialmente con su Objetivo 5:").doesNotContain("bmm-mention");
    }

    @Test
    void theDraftNoticeIsOnThePagesOfTheDocument() throws IOException {
        assertThat(page("elementos/o1.html")).contains(">Documento en borrador</p>",
                "Nota de los autores: aun no está lista</p>");
        assertThat(page("vistas/objetivos-estrategicos-sg-otic.html")).contains(">Documento en borrador</p>");
    }

    @Test
    void theSitemapListsEveryPageWithAbsoluteAddresses() throws IOException {
        String sitemap = page("sitemap.xml");
        assertThat(sitemap).contains("<loc>https://bmmsite.github.io/bmm-site/index.html</loc>",
                "<loc>https://bmmsite.github.io/bmm-site/elementos/gestion-de-tramites-ciudadanos.html</loc>");
        assertThat(sitemap.split("<url>", -1)).hasSize(51 + 1);
    }

    @Test
    void withItsLanguageSetTheDocumentsLangIsNotReported() {
        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "src/bmm/06.BMM.ObjetivosEstrategicosSG-OTIC.md:10: warning [BMM020] the placeholder $APP has no value;"
                        + " set it in the plugin's <variables>",
                "src/bmm/06.BMM.ObjetivosEstrategicosSG-OTIC.md:10: warning [BMM021] the image"
                        + " 'images/06.BMM.ObjetivosEstrategicosSG-OTIC.png' does not exist; add the file or fix the path"
                        + " (the page shows a placeholder)");
    }

    @Test
    void sharedLinksAndCrawlersFindTitleSummaryAndSitemap() throws IOException {
        assertThat(page("elementos/oeti03.html")).contains(
                "<meta name=\"description\" content=\"Gestionar la seguridad de la información y la seguridad digital",
                "<link rel=\"canonical\" href=\"https://bmmsite.github.io/bmm-site/elementos/oeti03.html\">",
                "<meta property=\"og:title\" content=\"OETI03: Gestionar la seguridad de la información y la seguridad digital\">",
                "<meta property=\"og:description\" content=\"Gestionar la seguridad");
        assertThat(page("robots.txt")).contains("Sitemap: https://bmmsite.github.io/bmm-site/sitemap.xml");
        assertThat(site.resolve(".nojekyll")).isEmptyFile();
        assertThat(page("404.html")).contains("<h1>Página no encontrada</h1>",
                "href=\"https://bmmsite.github.io/bmm-site/index.html\"");
    }
}
