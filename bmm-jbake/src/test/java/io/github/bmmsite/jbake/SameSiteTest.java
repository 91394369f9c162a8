package io.github.bmmsite.jbake;

import io.github.bmmsite.bake.BakeOptions;
import io.github.bmmsite.bake.BakeResult;
import io.github.bmmsite.bake.Baker;
import io.github.bmmsite.bake.SeedSite;
import io.github.bmmsite.diagnostic.Diagnostic;
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
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed site baked by the built-in engine and by JBake's Oven: the same pages. */
class SameSiteTest {

    @TempDir
    static Path work;

    static Map<String, byte[]> builtIn;
    static Map<String, byte[]> jbake;
    static BakeResult jbakeResult;
    static BakeResult builtInResult;

    /** In pages of five, so that the later pages of lists ({@code grupos/x.pagina-2.html}) go through JBake too. */
    @BeforeAll
    static void bakeBothWays() throws Exception {
        builtInResult = new Baker(SeedSite.options(work.resolve("builtin"), work.resolve("builtin/site")).toBuilder()
                .pageSize(5).build()).bake();
        jbakeResult = new Baker(SeedSite.options(work.resolve("jbake"), work.resolve("jbake/site")).toBuilder()
                .pageSize(5).engine("jbake").build()).bake();
        builtIn = files(work.resolve("builtin/site"));
        jbake = files(work.resolve("jbake/site"));
    }

    @Test
    void theSameFiles() {
        assertThat(jbake.keySet()).containsExactlyElementsOf(builtIn.keySet());
        assertThat(jbake.keySet()).contains("index.html", "elementos/o7.html", "sitemap.xml", "search-index.js",
                "grupos/objetivos-sg.pagina-2.html", "indice/elementos.pagina-6.html");
        assertThat(jbakeResult.pages()).isEqualTo(builtInResult.pages());
    }

    @Test
    void theSameDiagnostics() {
        assertThat(jbakeResult.diagnostics()).extracting(Diagnostic::format)
                .containsExactlyElementsOf(builtInResult.diagnostics().stream().map(Diagnostic::format).toList());
    }

    @Test
    void everyPageHasTheSameLinksAndText() {
        for (String page : builtIn.keySet().stream().filter(p -> p.endsWith(".html")).toList()) {
            Document expected = html(builtIn.get(page));
            Document actual = html(jbake.get(page));
            assertThat(links(actual)).as("links of %s", page).containsExactlyElementsOf(links(expected));
            assertThat(text(actual)).as("text of %s", page).isEqualTo(text(expected));
            assertThat(actual.title()).as("title of %s", page).isEqualTo(expected.title());
        }
    }

    @Test
    void theSameSitemapAndSearchData() {
        for (String file : List.of("sitemap.xml", "search-index.js")) {
            assertThat(new String(jbake.get(file), StandardCharsets.UTF_8)).as(file)
                    .isEqualTo(new String(builtIn.get(file), StandardCharsets.UTF_8));
        }
    }

    @Test
    void jbakeBakedAJBakeProject() {
        Path project = work.resolve("jbake/bmm-jbake");
        assertThat(project.resolve("jbake.properties")).content().contains("template.bmm_element.file = element.ftl");
        assertThat(project.resolve("content/elementos/o7.bmm")).exists();
        assertThat(project.resolve("data/bmm.yaml")).exists();
        assertThat(project.resolve("output/elementos/o7.html")).exists();
    }

    private static Document html(byte[] bytes) {
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    /** Every address a page points to: links, stylesheets, scripts, images. */
    private static List<String> links(Document page) {
        return page.select("[href], [src]").stream()
                .map(e -> e.tagName() + " " + (e.hasAttr("href") ? e.attr("href") : e.attr("src")))
                .toList();
    }

    private static String text(Document page) {
        Element body = page.body();
        return body.text().replaceAll("\\s+", " ").strip();
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
