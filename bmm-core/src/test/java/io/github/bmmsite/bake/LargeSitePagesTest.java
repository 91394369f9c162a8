package io.github.bmmsite.bake;

import io.github.bmmsite.browser.GeneratedModel;
import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.index.SearchDataFiles;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated site of 10,000 elements in 100 views, with one group of 2,500 of them, baked once in
 * the default page size (50): no page grows with the model past 200 KB, the large group's elements
 * (and the matrices they take part in) take pages of their own that lead to each other, and the home
 * page shows the beginning of its lists and links to their pages.
 */
class LargeSitePagesTest {

    private static final long MAX_PAGE_BYTES = 200_000;
    private static final String GROUP = "grupos/linea-estrategica-transversal";
    private static final int GROUP_PAGES = 2_500 / 50;

    @TempDir
    static Path project;

    private static Path site;

    @BeforeAll
    static void bake() throws Exception {
        Path source = project.resolve("src/bmm");
        Map<String, String> files = new LinkedHashMap<>(GeneratedModel.corpus(100, 100));
        files.putAll(GeneratedModel.group("Línea estratégica transversal", 2_500));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = source.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        site = project.resolve("target/site");
        BakeResult result = new Baker(BakeOptions.builder().projectDir(project).buildDir(project.resolve("target"))
                .source(source).output(site).baseUrl("https://example.org/").cache(false)
                .outputTimestamp("2026-01-01T00:00:00Z").build()).bake();
        // The large group's matrix is cut to a size a page can hold, which the bake says.
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsOnly("BMM095");
    }

    private static String groupPage(int number) {
        return number == 1 ? GROUP + ".html" : GROUP + ".pagina-" + number + ".html";
    }

    private static List<String> htmlPages() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> site.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void noPageIsLargerThan200KB() throws IOException {
        Map<String, Long> large = new TreeMap<>();
        for (String page : htmlPages()) {
            long size = Files.size(site.resolve(page));
            if (size > MAX_PAGE_BYTES) {
                large.put(page, size);
            }
        }
        assertThat(large).as("pages over %d bytes", MAX_PAGE_BYTES).isEmpty();
    }

    @Test
    void theLargeGroupsElementsTakePagesThatLeadToEachOther() {
        BakedSite group = new BakedSite(site, path -> path.startsWith(GROUP + "."));

        assertThat(group.pages().keySet()).filteredOn(path -> !path.contains(".matrices"))
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, GROUP_PAGES).mapToObj(LargeSitePagesTest::groupPage).toList());
        for (int number = 1; number <= GROUP_PAGES; number++) {
            Document page = group.page(groupPage(number));
            String which = groupPage(number);
            assertThat(page.select("main section.member .element-code")).as(which).hasSize(50)
                    .first().extracting(code -> code.text()).isEqualTo(String.format("E%05d", (number - 1) * 50 + 1));
            assertThat(page.select("link[rel=prev]").eachAttr("href")).as(which)
                    .isEqualTo(number == 1 ? List.of() : List.of("../" + groupPage(number - 1)));
            assertThat(page.select("link[rel=next]").eachAttr("href")).as(which)
                    .isEqualTo(number == GROUP_PAGES ? List.of() : List.of("../" + groupPage(number + 1)));
            assertThat(page.select("nav.pagination a[aria-current=page]").text()).as(which).isEqualTo(String.valueOf(number));
            assertThat(page.select("nav.pagination a[rel=prev], nav.pagination a[rel=next]")).as(which)
                    .hasSize(number == 1 || number == GROUP_PAGES ? 1 : 2);
            assertThat(page.title()).as(which).startsWith("Línea estratégica transversal, página " + number + " de 50 · ");
            assertThat(page.select("h1").text()).as(which).isEqualTo("Línea estratégica transversal");
            assertThat(page.select(".lead").text()).as(which).startsWith("Este grupo contiene 2500 elementos.");
        }
        // The matrices its elements take part in: the first page shows as many as a page of a list, and
        // links to the list of them all.
        Document first = group.page(groupPage(1));
        assertThat(first.select(".group-matrices .matrix-list > li")).hasSize(50);
        assertThat(first.select(".group-matrices .more a").attr("href")).isEqualTo("../" + GROUP + ".matrices.html");
        assertThat(group.page(groupPage(2)).select(".group-matrices")).isEmpty();
        assertThat(group.page(GROUP + ".matrices.html").select("main .matrix-list > li")).hasSize(50);
        assertThat(group.brokenLinks()).as("links of the group's pages that lead nowhere").isEmpty();
    }

    @Test
    void theHomePageShowsTheBeginningOfItsListsAndLinksToTheirPages() throws IOException {
        BakedSite lists = new BakedSite(site, path -> path.equals("index.html") || path.startsWith("indice/"));
        Document home = lists.page("index.html");

        assertThat(home.select("#vistas ~ ul li")).hasSize(50);
        assertThat(home.select("#vistas ~ .more a").attr("href")).isEqualTo("indice/vistas.html");
        assertThat(home.select("#grupos ~ ul li")).hasSize(50);
        assertThat(home.select("#grupos ~ .more a").attr("href")).isEqualTo("indice/grupos.html");
        assertThat(home.select(".element-list")).as("no list of elements").isEmpty();
        assertThat(home.select("#elementos ~ .more a").attr("href")).isEqualTo("indice/elementos.html");
        assertThat(lists.pagesIn("indice/elementos")).hasSize(10_000 / 50);
        assertThat(lists.page("indice/elementos.pagina-200.html").select("main .element-list > li")).hasSize(50);
        assertThat(lists.pagesIn("indice/vistas")).hasSize(2);
        assertThat(lists.brokenLinks()).as("links of the home page and the lists that lead nowhere").isEmpty();
    }

    @Test
    void theSitemapListsEveryPageAndSearchLeadsToTheGroupsFirstPage() throws IOException {
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        List<String> located = htmlPages().stream().filter(page -> !page.equals("404.html") && !page.equals("search.html"))
                .toList();
        assertThat(located).hasSizeGreaterThan(10_000 + GROUP_PAGES);
        assertThat(located).allMatch(page -> sitemap.contains("<loc>https://example.org/" + page + "</loc>"));

        String search = SearchDataFiles.documents(site);
        assertThat(search).contains("{\"uri\":\"" + GROUP + ".html\",").doesNotContain(".pagina-");
    }
}
