package io.github.bmmsite.bake;

import io.github.bmmsite.browser.GeneratedModel;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What helps a reader find their way on an element page: the legend of the relation verbs it shows,
 * the list of its sections, and the elements of its group or view, at most a page of them.
 */
class ElementPageGuidesTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources").toAbsolutePath();

    @TempDir
    static Path work;

    static Path seed;
    /** A model of six relationship types, read both ways. */
    static Path holdout;

    @BeforeAll
    static void bake() throws Exception {
        seed = work.resolve("seed");
        new Baker(SeedSite.options(work.resolve("seed-build"), seed)).bake();
        holdout = work.resolve("holdout");
        Path source = FIXTURES.resolve("holdout-exports/src");
        new Baker(BakeOptions.builder().projectDir(work).buildDir(work.resolve("holdout-build"))
                .source(source.resolve("bmm")).output(holdout).language("es").baseUrl("https://example.org/")
                .model(source.resolve("model")).build()).bake();
    }

    @Test
    void theLegendListsExactlyTheVerbsThePageShowsInTheirOrder() throws IOException {
        Set<String> verbsSeen = new LinkedHashSet<>();
        for (Path site : List.of(seed, holdout)) {
            for (Document page : elementPages(site)) {
                List<String> shown = new ArrayList<>();
                page.select(".relation-verb, .chain-verb").forEach(verb -> shown.add(verb.text().toLowerCase(Locale.ROOT)));
                List<String> legend = page.select(".relation-legend dt").eachText();
                assertThat(legend).as(page.location()).containsExactlyElementsOf(new LinkedHashSet<>(shown));
                assertThat(page.select(".relation-legend dd").eachText()).as(page.location())
                        .hasSameSizeAs(legend).allSatisfy(meaning -> assertThat(meaning).isNotBlank());
                verbsSeen.addAll(legend);
            }
        }
        assertThat(verbsSeen).as("verbs of both directions of many types").contains("realiza", "es realizado por",
                "influye en", "es influido por", "sirve a", "es servido por", "está asignado a", "tiene asignado a",
                "desencadena", "es desencadenado por", "accede a", "es accedido por");
        Document o7 = Jsoup.parse(seed.resolve("elementos/o7.html").toFile(), "UTF-8");
        assertThat(o7.select(".relation-legend > div").eachText()).containsExactly(
                "es realizado por se cumple o se hace realidad gracias a",
                "es influido por se ve afectado, positiva o negativamente, por");
    }

    @Test
    void theSectionsListedAreThePageSectionsInBothCopies() throws IOException {
        for (Document page : elementPages(seed)) {
            List<String> sections = page.select(".page-text h2[id]").stream()
                    .filter(heading -> heading.closest("details") == null).map(heading -> "#" + heading.id()).toList();
            List<String> folded = page.select(".page-sections-folded a").eachAttr("href");
            List<String> beside = page.select(".page-aside .page-sections a").eachAttr("href");
            if (sections.size() < 2) {
                assertThat(folded).as(page.location()).isEmpty();
                assertThat(beside).as(page.location()).isEmpty();
            } else {
                assertThat(folded).as(page.location()).isEqualTo(sections);
                assertThat(beside).as(page.location()).isEqualTo(sections);
                assertThat(page.select(".page-sections-folded").first().previousElementSibling().is("h1, .draft-notice"))
                        .as(page.location() + ": folded right after the title").isTrue();
            }
        }
        Document o5 = Jsoup.parse(seed.resolve("elementos/o5.html").toFile(), "UTF-8");
        assertThat(o5.select(".page-sections li").eachText()).containsExactly("Descripción", "Relaciones", "Cadena de valor");
    }

    @Test
    void anElementListsTheElementsOfItsGroupWithItselfMarked() throws IOException {
        Document o5 = Jsoup.parse(seed.resolve("elementos/o5.html").toFile(), "UTF-8");
        Element neighbours = o5.selectFirst(".page-neighbours");
        assertThat(neighbours.selectFirst("h2").text()).isEqualTo("Elementos del grupo Objetivos SG");
        assertThat(neighbours.select("li")).hasSize(10);
        assertThat(neighbours.select("[aria-current=page]").eachText()).containsExactly("O5 Mejorar relacionamiento ciudadano");
        assertThat(neighbours.select("li a").eachAttr("href")).hasSize(9).doesNotContain("../elementos/o5.html")
                .contains("../elementos/o1.html", "../elementos/o10.html");
        assertThat(neighbours.select(".more")).as("the whole group is listed").isEmpty();
    }

    /** Groups of 100 in pages of 50: the element's page lists the half of its group that holds it. */
    @Test
    void aLargeGroupListsThePageOfItsElementsThatHoldsTheElement() throws Exception {
        Path source = work.resolve("generated/src");
        Files.createDirectories(source);
        for (Map.Entry<String, String> file : GeneratedModel.files(200).entrySet()) {
            Files.writeString(source.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        Path site = work.resolve("generated/site");
        new Baker(BakeOptions.builder().projectDir(work.resolve("generated")).buildDir(work.resolve("generated"))
                .source(source).output(site).language("es").baseUrl("https://example.org/").build()).bake();

        Document page = Jsoup.parse(site.resolve("elementos/obj0175.html").toFile(), "UTF-8");
        Element neighbours = page.selectFirst(".page-neighbours");
        List<String> listed = neighbours.select("li").eachText().stream().map(text -> text.substring(0, 7)).toList();
        assertThat(listed).hasSize(50).startsWith("OBJ0151").endsWith("OBJ0200");
        assertThat(neighbours.select("[aria-current=page]").text()).startsWith("OBJ0175");
        Element more = neighbours.selectFirst(".more a");
        assertThat(more.text()).isEqualTo("Ver los 100 elementos");
        assertThat(more.attr("href")).isEqualTo(neighbours.selectFirst("h2 a").attr("href")).startsWith("../grupos/");
    }

    private static List<Document> elementPages(Path site) throws IOException {
        List<Document> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(site.resolve("elementos"))) {
            for (Path file : files.sorted().toList()) {
                pages.add(Jsoup.parse(file.toFile(), "UTF-8", file.toString()));
            }
        }
        assertThat(pages).hasSizeGreaterThan(10);
        return pages;
    }
}
