package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.i18n.Messages;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The seed baked in English ({@code bmm.language=en}): every word of the site is English, the
 * documents' own text stays as written. Each UI key below is checked both ways on the same pages: its
 * Spanish text is on the Spanish site and nowhere on the English one, its English text is there.
 */
class SeedSiteLanguagesTest {

    /** Keys the seed's pages render, whose Spanish text the seed's documents and model never use. */
    private static final List<String> UI_KEYS = List.of("page.skipToContent", "page.govcoPortal", "page.breadcrumbs",
            "nav.main", "nav.home", "search.box", "search.placeholder", "search.title", "search.help", "search.more",
            "home.views", "home.groups", "home.matrices", "home.allElements", "document.views", "element.type",
            "element.description", "element.relations", "element.group", "element.undescribed", "relation.source",
            "relation.target", "relation.realization.forward", "relation.realization.backward",
            "relation.influence.forward", "relation.influence.backward", "chain.title", "chain.up", "chain.down.help",
            "model.title", "openData.title", "openData.files", "openData.noLicense", "openData.about.element.name",
            "openData.dictionary", "openData.type.list",
            "notFound.title", "notFound.lead", "diagram.legend", "diagram.zoomIn", "diagram.zoomStatus.fitted",
            "diagram.help", "diagram.relationsInText", "diagram.drawnFromModel", "figure.number",
            "matrix.size", "count.elements.other", "count.relations.other",
            "elementType.Principle", "elementType.BusinessProcess", "search.kind.element",
            "search.found.other", "search.searching");

    @TempDir
    static Path work;

    static Map<String, String> spanishSite;
    static Map<String, String> englishSite;
    static BakeResult english;

    @BeforeAll
    static void bakeBoth() throws Exception {
        new Baker(SeedSite.options(work.resolve("es"), work.resolve("es-site"))).bake();
        english = new Baker(inLanguage("en", work.resolve("en"), work.resolve("en-site"))).bake();
        spanishSite = pages(work.resolve("es-site"));
        englishSite = pages(work.resolve("en-site"));
    }

    @Test
    void everyUiKeyIsSpanishOnTheSpanishSiteAndEnglishOnTheEnglishOne() {
        Messages es = Messages.builtIn("es");
        Messages en = Messages.builtIn("en");
        List<String> spanishText = new ArrayList<>(spanishSite.values());
        List<String> englishText = new ArrayList<>(englishSite.values());
        for (String key : UI_KEYS) {
            Pattern spanishWords = phrase(es.text(key));
            Pattern englishWords = phrase(en.text(key));
            assertThat(spanishText.stream().anyMatch(text -> spanishWords.matcher(text).find()))
                    .as("'%s' (%s) on the Spanish site", es.text(key), key).isTrue();
            assertThat(englishText.stream().anyMatch(text -> englishWords.matcher(text).find()))
                    .as("'%s' (%s) on the English site", en.text(key), key).isTrue();
            englishSite.forEach((page, text) -> {
                Matcher found = spanishWords.matcher(text);
                assertThat(found.find() ? text.substring(Math.max(0, found.start() - 60), found.end()) : "")
                        .as("Spanish %s ('%s') on %s of the English site", key, es.text(key), page).isEmpty();
            });
        }
    }

    @Test
    void theEnglishSiteDeclaresItsLanguageAndKeepsTheDocumentsTextAsWritten() throws IOException {
        Path site = work.resolve("en-site");
        assertThat(englishSite).hasSameSizeAs(spanishSite).hasSizeGreaterThan(40);
        for (String page : englishSite.keySet().stream().filter(page -> page.endsWith(".html")).toList()) {
            assertThat(Files.readString(site.resolve(page))).as(page).contains("<html lang=\"en\">");
        }
        assertThat(englishSite.get("elementos/o7.html")).contains("Fortalecer las capacidades institucionales");
        assertThat(Files.readString(site.resolve("search.html"))).contains("data-language=\"en\"");
        assertThat(SearchDataFiles.documents(site)).contains("\"kind\":\"Element\"")
                .contains("Alignment matrix: Procesos y capacidades × Objetivos SG and Objetivos OTIC")
                .doesNotContain("\"kind\":\"Elemento\"");
        assertThat(english.diagnostics()).extracting(Diagnostic::problem)
                .doesNotContain(Problem.LANGUAGE_WITHOUT_MESSAGES);
    }

    @Test
    void theOpenDataOfAnEnglishSiteHaveEnglishHeaders(@TempDir Path other) throws Exception {
        Path model = other.resolve("model.archimate");
        Files.writeString(model, """
                <?xml version="1.0" encoding="UTF-8"?>
                <archimate:model xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:archimate="http://www.archimatetool.com/archimate" name="M" id="m">
                  <folder name="Motivation" id="f1" type="motivation">
                    <element xsi:type="archimate:Goal" name="Grow" id="g1">
                      <property key="estado" value="Productivo"/>
                    </element>
                  </folder>
                  <folder name="Views" id="f2" type="diagrams">
                    <element xsi:type="archimate:ArchimateDiagramModel" name="Goals" id="v1">
                      <child xsi:type="archimate:DiagramObject" id="n1" archimateElement="g1">
                        <bounds x="10" y="10" width="120" height="55"/>
                      </child>
                    </element>
                  </folder>
                </archimate:model>
                """);
        Path source = Files.createDirectories(other.resolve("src"));
        new Baker(BakeOptions.builder().projectDir(other).buildDir(other.resolve("target")).source(source)
                .output(other.resolve("target/site")).language("en").baseUrl("https://example.org/").model(model)
                .build()).bake();

        assertThat(Files.readAllLines(other.resolve("target/site/datos/elementos.csv")).get(0))
                .isEqualTo("code,name,type,archimate_type,groups,description,url,views,other_descriptions,property:estado");
    }

    @Test
    void aProjectsMessageShowsOnThePagesAndAnUnknownOneIsAWarning() throws Exception {
        Path templates = Files.createDirectories(work.resolve("own").resolve("templates"));
        Files.writeString(templates.resolve("messages_es.properties"), "nav.home=Portada\nnav.homepage=Portada\n");
        BakeResult result = new Baker(SeedSite.options(work.resolve("own"), work.resolve("own-site")).toBuilder()
                .templates(templates).build()).bake();

        assertThat(Files.readString(work.resolve("own-site/index.html"))).contains(">Portada</a>")
                .doesNotContain(">Inicio</a>");
        assertThat(result.diagnostics()).filteredOn(d -> d.problem() == Problem.MESSAGE_UNKNOWN)
                .extracting(d -> d.location().line()).containsExactly(2);
    }

    @Test
    void aLanguageWithoutWordsOfItsOwnShowsTheEnglishOnesUnderItsOwnTag() throws Exception {
        BakeResult result = new Baker(inLanguage("pt-BR", work.resolve("pt"), work.resolve("pt-site"))).bake();

        String home = Files.readString(work.resolve("pt-site/index.html"));
        assertThat(home).contains("<html lang=\"pt-BR\">").contains(">Home</a>");
        assertThat(result.diagnostics()).filteredOn(d -> d.problem() == Problem.LANGUAGE_WITHOUT_MESSAGES).hasSize(1);
    }

    @Test
    void aLanguageThatIsNoLanguageTagIsAnErrorNamingTheParameter() {
        assertThatThrownBy(() -> new Baker(inLanguage("español", work.resolve("bad"), work.resolve("bad-site"))).bake())
                .isInstanceOfSatisfying(BakeFailedException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::format).containsExactly("pom.xml: error [BMM017] bmm.language is"
                                + " 'español', which is not a language tag (BCP 47, such as es, en or es-CO)"));
        assertThat(work.resolve("bad-site")).doesNotExist();
    }

    private static BakeOptions inLanguage(String language, Path build, Path output) {
        return SeedSite.options(build, output).toBuilder().language(language).build();
    }

    /**
     * A message as whole words, also with a capital ("Sin descripción…" starts a sentence): its
     * arguments ({0}) stand for anything.
     */
    private static Pattern phrase(String message) {
        String capitalised = message.isEmpty() ? message : message.substring(0, 1).toUpperCase(Locale.ROOT)
                + message.substring(1);
        // Not part of an address: datos/vistas.json is the same in every language.
        return Pattern.compile("(?<![\\p{L}\\p{N}/])(?:" + words(message) + "|" + words(capitalised)
                + ")(?![\\p{L}\\p{N}/]|\\.(json|csv))");
    }

    private static String words(String message) {
        return String.join(".*?", Arrays.stream(message.split("\\{\\d}", -1)).map(Pattern::quote).toList());
    }

    /**
     * What a reader meets on each page: its text and the words of attributes that screen readers,
     * tooltips and the page's scripts show.
     */
    private static Map<String, String> pages(Path site) throws IOException {
        Map<String, String> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".js"))
                    .filter(f -> !f.startsWith(site.resolve("assets"))).sorted(Comparator.naturalOrder()).toList()) {
                String page = site.relativize(file).toString().replace('\\', '/');
                if (page.endsWith(".js")) {
                    pages.put(page, Files.readString(file));
                    continue;
                }
                Document document = Jsoup.parse(file.toFile());
                // The names a drawing shows are the model's, as written (a line named "Realiza").
                document.select("svg text").remove();
                StringBuilder text = new StringBuilder(document.text());
                for (Element element : document.getAllElements()) {
                    for (Attribute attribute : element.attributes()) {
                        // Not the addresses (of og:url, canonical): they are identifiers, the same in every language.
                        boolean shown = attribute.getKey().matches("title|alt|placeholder|aria-label|data-(?!root).*")
                                || attribute.getKey().equals("content") && !element.attr("property").equals("og:url");
                        if (shown) {
                            text.append('\n').append(attribute.getValue());
                        }
                    }
                    if (element.tagName().equals("title") || element.tagName().equals("desc")) {
                        text.append('\n').append(element.text());
                    }
                }
                pages.put(page, text.toString());
            }
        }
        return pages;
    }
}
