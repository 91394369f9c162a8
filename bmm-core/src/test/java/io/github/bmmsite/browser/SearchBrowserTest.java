package io.github.bmmsite.browser;

import com.sun.net.httpserver.HttpServer;
import io.github.bmmsite.bake.Baker;
import io.github.bmmsite.bake.SeedSite;
import io.github.bmmsite.index.BakedTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page in headless Chromium, opened from disk and served under a sub-path: Spanish
 * matching (accents, case, plurals, prefixes, typos), codes first, highlighting, keyboard use and
 * what the status announces to screen readers.
 */
class SearchBrowserTest {

    /**
     * Codes that start alike, and a page whose name and text say "O7" more often than the O7 page
     * itself does, so that lunr's own scores would not put O7 first.
     */
    private static final String CODES_DOCUMENT = """
            ## Códigos parecidos

            Vista de prueba con códigos que empiezan igual.

            ### Objetivos

            ### O70: Ampliar el alcance del O7
            Este objetivo amplía el O7: el O7 con nuevas metas, el O7 en más localidades.
            ### OETI07: Apoyar el O7 con tecnología
            La oficina de tecnología apoya el O7, el O7 y otra vez el O7 con servicios digitales.
            ### O7: Fortalecer capacidades institucionales
            Fortalecer las capacidades institucionales de la entidad.
            """;

    /**
     * Words that the Java and the JavaScript analysis must treat alike: accents written both ways
     * (composed and with a combining mark), other scripts and their digits, letters whose lower
     * case is special, codes with punctuation.
     */
    private static final String ANALYSIS_DOCUMENT = """
            ## Análisis del texto

            Vista de prueba con palabras de otras lenguas y escrituras.

            ### Elementos

            ### O1.2: Atención a José y a Jose\u0301 en Bogotá
            Trámites de la ciudadanía; ÑANDÚ, pingüino y vergüenza; la straße de İstanbul.
            ### ÁREA-3: ΟΔΟΣ y οδός del Ω
            Números ١٢٣ y ４５６, el río 東京 y el emoji 🚲 en la señal; ﬁnanzas con ligadura.
            ### X9: Capacidades y paces de los meses
            Capaces, mes, país y países: los plurales de siempre. Running, generalization's and hopefully—(maybe)
            the "relational" yesterday's sky-high co-operation.
            """;

    private static Browser browser;
    private static final List<HttpServer> SERVERS = new ArrayList<>();
    private static Map<String, Path> sites;
    private static Location fromDisk;
    private static Location served;

    /** Where the test sites are opened from; the name shows in the test report. */
    record Location(String name, Map<String, String> bases) {
        String seed() {
            return bases.get("seed");
        }

        String codes() {
            return bases.get("codes");
        }

        String many() {
            return bases.get("many");
        }

        String typos() {
            return bases.get("typos");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start(1280, 900);
        sites = new LinkedHashMap<>();
        sites.put("seed", SeedSiteForBrowsers.site());
        sites.put("codes", CustomSite.bake("codes", Map.of("codigos.md", CODES_DOCUMENT)));
        sites.put("many", GeneratedModel.bake(120));
        sites.put("typos", CustomSite.bake("typos", Map.of("ciudad.md", typosDocument())));
        sites.put("analysis", CustomSite.bake("analysis", Map.of("analisis.md", ANALYSIS_DOCUMENT)));
        Path english = Path.of("target", "browser-site-en").toAbsolutePath();
        new Baker(SeedSite.options(Path.of("target").toAbsolutePath(), english).toBuilder().language("en").build())
                .bake();
        sites.put("english", english);
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, String> repo = new LinkedHashMap<>();
        for (Map.Entry<String, Path> site : sites.entrySet()) {
            files.put(site.getKey(), site.getValue().toUri().toString());
            HttpServer server = Browser.serve(site.getValue(), "/repo/");
            SERVERS.add(server);
            repo.put(site.getKey(), base(server));
        }
        fromDisk = new Location("from disk", files);
        served = new Location("under /repo/", repo);
    }

    /**
     * Twelve elements about "ciudadanos" and three about "ciudad" alone, which a typo allowance of
     * two letters reaches from "ciudadanos".
     */
    private static String typosDocument() {
        StringBuilder document = new StringBuilder("## Canales de atención\n\nVista de prueba de la tolerancia a errores.\n\n"
                + "### Elementos\n\n");
        for (int i = 1; i <= 12; i++) {
            document.append(String.format("### C%02d: Atender a los ciudadanos por el canal %d%n", i, i))
                    .append("Los ciudadanos hacen sus trámites por este canal.\n");
        }
        List<String> places = List.of("Mapa", "Movilidad", "Parques");
        for (int i = 1; i <= places.size(); i++) {
            document.append(String.format("### D%02d: %s de la ciudad%n", i, places.get(i - 1)))
                    .append("La ciudad y sus barrios.\n");
        }
        return document.toString();
    }

    @AfterAll
    static void stop() throws Exception {
        SERVERS.forEach(server -> server.stop(0));
        if (browser != null) {
            browser.close();
        }
    }

    static Stream<Location> locations() {
        return Stream.of(fromDisk, served);
    }

    private static String base(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/repo/";
    }

    @Test
    void anEnglishSiteSearchesWithLunrsEnglishPipelineAndSpeaksEnglish() {
        driver().get(fromDisk.bases().get("english") + "search.html?q=goals");
        waitForStatus("“goals”");
        assertThat(status()).isEqualTo(results().size() + " results for “goals”");
        assertThat(results()).hasSizeGreaterThan(10);
        assertThat(searchPipeline()).containsExactly("stemmer");

        search(fromDisk.seed(), "objetivo");
        assertThat(searchPipeline()).contains("bmm-es-fold").doesNotContain("stemmer");
    }

    @SuppressWarnings("unchecked")
    private static List<String> searchPipeline() {
        return (List<String>) driver().executeScript("return BMM_SEARCH.pipeline.toJSON();");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locations")
    void theQueryInTheAddressShowsResultsOnLoad(Location at) {
        List<Map<String, Object>> results = search(at.seed(), "tramite");

        assertThat(driver().findElement(By.id("buscar-consulta")).getAttribute("value")).isEqualTo("tramite");
        assertThat(results).isNotEmpty();
        assertThat(status()).isEqualTo(results.size() + " resultados para «tramite»");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locations")
    void ignoresAccentsAndCase(Location at) {
        // Prefixes as well: "tram" finds "Trámites", which no typo allowance would.
        for (String query : List.of("tramite", "TRÁMITES", "trámites", "Tramites", "tram", "TRÁM")) {
            assertThat(names(search(at.seed(), query))).as(query).first().isEqualTo("Gestión de Trámites Ciudadanos");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locations")
    void findsPluralsFromTheSingular(Location at) {
        assertThat(names(search(at.seed(), "objetivo")))
                .contains("Objetivos SG", "Objetivos OTIC", "Objetivos Estratégicos SG-OTIC");
        assertThat(names(search(at.seed(), "capacidad")))
                .contains("Fortalecer capacidades institucionales gestión y desempeño");
        // And the singular from the plural, where "-ces" is a "z": no prefix or typo allowance finds it.
        assertThat(codes(search(at.seed(), "paces"))).first().isEqualTo("O1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locations")
    void ignoresWordsThatSayNothing(Location at) {
        assertThat(search(at.seed(), "de la y")).isEmpty();
        int withStopWords = search(at.seed(), "la gestión de los trámites").size();
        assertThat(withStopWords).isEqualTo(search(at.seed(), "gestión trámites").size());
        assertThat(names(results())).first().isEqualTo("Gestión de Trámites Ciudadanos");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locations")
    void forgivesATypoInALongerWord(Location at) {
        assertThat(codes(search(at.seed(), "seguridad digtal"))).first().isEqualTo("OETI03");
        assertThat(codes(search(at.seed(), "gobernansa"))).contains("O2");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locations")
    void findsWordsByTheirBeginning(Location at) {
        assertThat(codes(search(at.seed(), "gobern"))).first().isEqualTo("O2");
        assertThat(names(search(at.seed(), "tram"))).contains("Gestión de Trámites Ciudadanos");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locations")
    void anExactCodeComesFirst(Location at) {
        assertThat(codes(search(at.seed(), "O7"))).first().isEqualTo("O7");
        assertThat(codes(search(at.seed(), "oeti01"))).first().isEqualTo("OETI01");
        assertThat(codes(search(at.seed(), "OETI01 digital"))).first().isEqualTo("OETI01");

        List<String> found = codes(search(at.codes(), "O7"));
        assertThat(found).first().isEqualTo("O7");
        assertThat(found).contains("O70", "OETI07");
        // The site is a real trap: by lunr's scores alone, O70 would come before O7.
        assertThat((Boolean) driver().executeAsyncScript("var done = arguments[0];"
                + "BMM_SEARCH.search('O7').then(function (hits) {"
                + "  return BMM_SEARCH.documents(hits.map(function (h) { return h.ref; })).then(function (found) {"
                + "    function score(uri) { return hits[found.findIndex(function (d) { return d.uri === uri; })].score; }"
                + "    done(score('elementos/o70.html') > score('elementos/o7.html'));"
                + "  });"
                + "});")).isTrue();

        // A page with every word of the query still comes before a code that is only one of them.
        assertThat(codes(search(at.codes(), "ampliar alcance O7"))).first().isEqualTo("O70");
        assertThat(codes(search(at.codes(), "o70"))).first().isEqualTo("O70");
        assertThat(codes(search(at.codes(), "oeti07"))).first().isEqualTo("OETI07");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locations")
    void showsManyResultsFiftyAtATime(Location at) {
        assertThat(search(at.many(), "fase")).hasSize(50);
        assertThat(status()).isEqualTo("120 resultados para «fase». Se muestran los 50 primeros.");
        WebElement more = driver().findElement(By.id("buscar-mas"));
        clickAfterScrolling(more);
        assertThat(results()).hasSize(100);
        assertThat(status()).isEqualTo("120 resultados para «fase». Se muestran los 100 primeros.");
        // Focus goes to the first new result, so that keyboard and screen-reader users go on reading.
        assertThat(focused()).isEqualTo(driver().findElements(By.className("search-result-link")).get(50));
        clickAfterScrolling(more);
        assertThat(results()).hasSize(120);
        assertThat(status()).isEqualTo("120 resultados para «fase»");
        assertThat(more.isDisplayed()).isFalse();

        assertThat(codes(search(at.many(), "obj0012"))).first().isEqualTo("OBJ0012");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locations")
    void highlightsTheMatchedWords(Location at) {
        search(at.seed(), "tramite");
        WebElement first = driver().findElement(By.cssSelector("#buscar-resultados > li"));
        assertThat(texts(first.findElements(By.cssSelector(".search-result-name mark")))).containsExactly("Trámites");
        assertThat(first.findElement(By.className("search-result-facts")).getText())
                .contains("Proceso de negocio").contains("Procesos y capacidades");

        search(at.seed(), "seguridad digtal");
        first = driver().findElement(By.cssSelector("#buscar-resultados > li"));
        assertThat(texts(first.findElements(By.cssSelector(".search-result-snippet mark"))))
                .contains("seguridad", "digital");
        assertThat(texts(first.findElements(By.cssSelector(".search-result-code")))).containsExactly("OETI03");

        search(at.seed(), "OETI01");
        assertThat(texts(driver().findElements(By.cssSelector(".search-result-code mark")))).containsExactly("OETI01");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locations")
    void marksAPlaceholderWithoutValueAsThePagesDo(Location at) {
        search(at.seed(), "evaluación arquitectura");

        List<WebElement> pending = driver().findElements(By.cssSelector(".search-result-snippet mark.bmm-unresolved"));
        assertThat(texts(pending)).containsExactly("APP");
        assertThat(pending.get(0).getAttribute("title")).isEqualTo("Variable sin valor en la configuración: APP");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locations")
    void resultsFollowTheTypingAndTheAddressFollowsThem(Location at) {
        driver().get(at.seed() + "search.html");
        WebElement box = waitForBox();
        box.sendKeys("gobern");
        waitForStatus("«gobern»");
        assertThat(codes(results())).first().isEqualTo("O2");
        assertThat(driver().getCurrentUrl()).endsWith("search.html?q=gobern");

        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "gestión de trámites");
        waitForStatus("«gestión de trámites»");
        assertThat(names(results())).first().isEqualTo("Gestión de Trámites Ciudadanos");
        assertThat(driver().getCurrentUrl()).contains("search.html?q=gesti%C3%B3n+de+tr%C3%A1mites");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locations")
    void worksWithTheKeyboardAlone(Location at) {
        search(at.seed(), "objetivo");
        WebElement box = driver().findElement(By.id("buscar-consulta"));
        List<WebElement> links = driver().findElements(By.className("search-result-link"));
        box.click();

        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(focused()).isEqualTo(links.get(0));
        focused().sendKeys(Keys.ARROW_DOWN);
        assertThat(focused()).isEqualTo(links.get(1));
        focused().sendKeys(Keys.ARROW_UP);
        assertThat(focused()).isEqualTo(links.get(0));
        focused().sendKeys(Keys.ESCAPE);
        assertThat(focused()).isEqualTo(box);

        box.sendKeys(Keys.ARROW_DOWN);
        String target = links.get(0).getAttribute("href");
        focused().sendKeys(Keys.ENTER);
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> target.equals(d.getCurrentUrl()));
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Objetivos SG");

        driver().navigate().back();
        box = waitForBox();
        waitForStatus("«objetivo»");
        box.click();
        box.sendKeys(Keys.ESCAPE);
        assertThat(box.getAttribute("value")).isEmpty();
        assertThat(results()).isEmpty();
        assertThat(status()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locations")
    void announcesTheCountToScreenReaders(Location at) {
        search(at.seed(), "O7");
        WebElement status = driver().findElement(By.id("buscar-estado"));
        assertThat(status.getAttribute("role")).isEqualTo("status");
        assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(status()).isEqualTo("1 resultado para «O7»");

        int found = search(at.seed(), "tramite").size();
        assertThat(found).isGreaterThan(1);
        assertThat(status()).isEqualTo(found + " resultados para «tramite»");

        assertThat(search(at.seed(), "xilófono")).isEmpty();
        assertThat(status()).startsWith("Ningún resultado para «xilófono».");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locations")
    void analysesSpanish(Location at) {
        search(at.seed(), "tramite");
        Map<String, String> stems = Map.ofEntries(Map.entry("objetivos", "objetiv"), Map.entry("Objetivo", "objetiv"),
                Map.entry("TRÁMITES", "tramit"), Map.entry("capacidades", "capacidad"), Map.entry("meses", "mes"),
                Map.entry("capaces", "capaz"), Map.entry("gestión", "gestion"), Map.entry("paz", "paz"),
                Map.entry("digitales", "digital"), Map.entry("niñas", "nin"));
        stems.forEach((word, stem) -> assertThat(driver().executeScript(
                "return BMM_SPANISH.stem(BMM_SPANISH.fold(arguments[0]));", word)).as(word).isEqualTo(stem));
        for (String stopWord : List.of("de", "la", "o", "y", "para", "más")) {
            assertThat(driver().executeScript("return BMM_SPANISH.isStopWord(BMM_SPANISH.fold(arguments[0]));",
                    stopWord)).as(stopWord).isEqualTo(true);
        }
        assertThat(driver().executeScript("return BMM_SPANISH.isStopWord('gestion');")).isEqualTo(false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locations")
    void theResultsPageIsAccessible(Location at) throws Exception {
        search(at.seed(), "seguridad digtal");
        assertThat(browser.axeViolations()).isEqualTo("[]");
    }

    /**
     * The bake analyses text in Java as lunr's builder does in the browser with the site's
     * analysis: the same terms, in the same order, for the seed's documents and words of other
     * scripts, in Spanish (codes too) and with lunr's English pipeline. A Spanish query's words
     * become the same terms as well.
     */
    @Test
    void theBakeAnalysesTextAsTheBrowserDoes() throws Exception {
        StringBuilder text = new StringBuilder(ANALYSIS_DOCUMENT);
        try (Stream<Path> documents = Files.walk(Path.of("..", "content", "src", "bmm"))) {
            for (Path document : documents.filter(file -> file.toString().endsWith(".md")).sorted().toList()) {
                text.append(Files.readString(document)).append('\n');
            }
        }
        List<String> lines = text.toString().lines().toList();
        assertThat(lines).hasSizeGreaterThan(50);
        for (String language : List.of("es", "en")) {
            driver().get(fromDisk.bases().get(language.equals("es") ? "seed" : "english") + "search.html");
            waitForBox();
            for (boolean code : List.of(false, true)) {
                @SuppressWarnings("unchecked")
                List<List<String>> browserTerms = (List<List<String>>) driver().executeScript("""
                        var lines = arguments[0], spanish = arguments[1], field = arguments[2];
                        var builder = new lunr.Builder();
                        if (spanish) {
                          builder.use(BMM_SPANISH.plugin);
                        } else {
                          builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
                        }
                        return lines.map(function (line) {
                          return builder.pipeline.run(builder.tokenizer(line, {fields: [field]})).map(String);
                        });
                        """, lines, language.equals("es"), code ? "code" : "text");
                List<List<String>> bakedTerms = lines.stream().map(line -> BakedTerms.of(language, line, code)).toList();
                for (int i = 0; i < lines.size(); i++) {
                    assertThat(bakedTerms.get(i)).as("%s, code %s: %s", language, code, lines.get(i))
                            .isEqualTo(browserTerms.get(i));
                }
            }
        }
        driver().get(fromDisk.seed() + "search.html");
        waitForBox();
        List<String> words = text.toString().lines().flatMap(line -> BakedTerms.of("es", line, true).stream())
                .distinct().toList();
        @SuppressWarnings("unchecked")
        List<List<String>> queried = (List<List<String>>) driver().executeScript("""
                return arguments[0].map(function (word) {
                  return BMM_SEARCH.pipeline.runString(BMM_SPANISH.fold(word), {fields: ['name']});
                });
                """, words);
        for (int i = 0; i < words.size(); i++) {
            assertThat(queried.get(i)).as(words.get(i)).isEqualTo(BakedTerms.of("es", words.get(i), false));
        }
    }

    /** The queries of these tests, typos, and words of the analysis site. */
    private static final List<String> QUERIES = List.of("tramite", "TRÁMITES", "trámites", "Tramites", "tram", "TRÁM",
            "objetivo", "capacidad", "paces", "de la y", "la gestión de los trámites", "gestión trámites",
            "seguridad digtal", "gobernansa", "gobern", "O7", "oeti01", "OETI01 digital", "ampliar alcance O7", "o70",
            "oeti07", "fase", "obj0012", "evaluación arquitectura", "xilófono", "O", "tramites ciudadnos", "ciudadnos",
            "ciudadano", "gestoin documental", "partcipacion ciudadana", "interoperabilidda", "transformacion digtal",
            "jose", "José", "o1.2", "O12", "área 3", "straße", "ΟΔΟΣ", "odos", "istanbul", "١٢٣", "456", "東京",
            "ﬁnanzas", "finanzas", "paz", "países", "nandu", "pingüino", "goals", "goal", "strategic", "capabilities",
            "process", "processes");

    /**
     * The bake writes lunr's index in Java; lunr building it in the browser from the same
     * documents, with the site's analysis and the same boosts, must find the same pages with the
     * same scores, term for term.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("locations")
    void theBakedIndexScoresAsLunrBuildingItFromTheDocuments(Location at) {
        for (String site : sites.keySet()) {
            driver().get(at.bases().get(site) + "search.html");
            waitForBox();
            @SuppressWarnings("unchecked")
            Map<String, Object> compared = (Map<String, Object>) driver().executeAsyncScript("""
                    var queries = arguments[0], done = arguments[arguments.length - 1];
                    var spanish = document.getElementById('buscar-resultados').dataset.language === 'es';
                    var refs = Array.from({length: BMM_SEARCH_INDEX.documents}, function (_, i) { return i; });
                    BMM_SEARCH.documents(refs).then(function (documents) {
                      var reference = lunr(function () {
                        if (spanish) {
                          this.use(BMM_SPANISH.plugin);
                        }
                        this.ref('id');
                        this.field('code', {boost: 10});
                        this.field('name', {boost: 5});
                        this.field('type', {boost: 2});
                        this.field('group', {boost: 2});
                        this.field('text');
                        documents.forEach(function (d, i) { this.add(Object.assign({id: String(i)}, d)); }, this);
                      });
                      function key(hits) {
                        return JSON.stringify(hits.map(function (h) {
                          return [h.ref, h.score, h.words, h.typos, h.codeRank, Array.from(h.terms).sort()];
                        }));
                      }
                      var differences = [], found = 0;
                      return queries.reduce(function (previous, query) {
                        return previous.then(function () {
                          return Promise.all([BMM_SEARCH.search(query), BMM_SEARCH.search(query, reference)]);
                        }).then(function (both) {
                          found += both[0].length;
                          if (key(both[0]) !== key(both[1])) {
                            differences.push(query + ': ' + key(both[0]) + ' but lunr: ' + key(both[1]));
                          }
                        });
                      }, Promise.resolve()).then(function () {
                        done({differences: differences, found: found});
                      });
                    }).catch(function (e) { done({differences: ['failed: ' + e], found: 0}); });
                    """, QUERIES);
            assertThat((List<?>) compared.get("differences")).as(site).isEmpty();
            assertThat(((Number) compared.get("found")).intValue()).as(site).isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locations")
    void aTypoAllowanceDoesNotBuryWhatWasWritten(Location at) {
        // Twelve elements say "ciudadanos": "ciudad", two letters away, does not count.
        assertThat(codes(search(at.typos(), "ciudadano"))).hasSize(12).allMatch(code -> code.startsWith("C"));
        // No element says "ciudadnos": both "ciudadanos" and "ciudad" are what it may mean.
        assertThat(codes(search(at.typos(), "ciudadnos"))).hasSize(15);
        // With a word as written, a typo only adds to the pages that have it.
        assertThat(codes(search(at.typos(), "ciudadnos barrios"))).containsExactly("D01", "D02", "D03");

        // Eleven pages of the seed look like "ciudadnos" (ciudad, ciudadanía, ciudadano, …); two say "trámites".
        assertThat(search(at.seed(), "ciudadnos")).hasSize(11);
        assertThat(names(search(at.seed(), "tramites ciudadnos"))).containsExactly("Gestión de Trámites Ciudadanos",
                "Tecnología como Habilitador Transversal (PETI OTIC)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locations")
    void theResultsPageHasOneSearchBox(Location at) {
        browser.open(at.seed() + "index.html");
        assertThat(visibleSearchBoxes()).containsExactly("buscar-sitio");

        browser.open(at.seed() + "search.html?q=tramite");
        waitForStatus("«tramite»");
        assertThat(visibleSearchBoxes()).containsExactly("buscar-consulta");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locations")
    void theKeyboardInstructionsShowToKeyboardUsers(Location at) {
        search(at.seed(), "tramite");
        WebElement help = driver().findElement(By.id("buscar-ayuda"));
        WebElement box = driver().findElement(By.id("buscar-consulta"));
        assertThat(help.isDisplayed()).isFalse();
        box.click();
        box.sendKeys(" ciudad");
        assertThat(help.isDisplayed()).isFalse();

        new Actions(driver()).sendKeys(Keys.TAB).perform();
        assertThat(help.isDisplayed()).isTrue();
        box.click();
        assertThat(help.isDisplayed()).isFalse();
        // Screen readers read them as the box's description either way.
        assertThat(box.getAttribute("aria-describedby")).isEqualTo("buscar-ayuda");
    }

    private static List<String> visibleSearchBoxes() {
        return driver().findElements(By.cssSelector("input[type=search]")).stream()
                .filter(WebElement::isDisplayed).map(box -> box.getAttribute("id")).toList();
    }

    /**
     * The first results of the queries of these tests (and of a few with typos), as the results page
     * lists them, compared with {@code src/test/resources/search/first-results.txt}: the way the
     * search data is made and loaded must not change what a citizen finds. After an intended change
     * of the ranking, run with {@code -Dgolden.update=true} and review the diff.
     */
    @Test
    void theFirstResultsOfTheQueriesStayTheSame() throws Exception {
        StringBuilder found = new StringBuilder();
        for (String line : FIRST_RESULTS_QUERIES) {
            String site = line.substring(0, line.indexOf(' '));
            String query = line.substring(line.indexOf(' ') + 1);
            List<Map<String, Object>> results = search(fromDisk.bases().get(site), query);
            found.append(site).append(" «").append(query).append("»: ").append(results.size()).append('\n');
            results.stream().limit(FIRST_RESULTS).forEach(result -> found.append("  ")
                    .append(((String) result.get("code") + " " + result.get("name")).strip()).append('\n'));
        }
        Path golden = Path.of("src", "test", "resources", "search", "first-results.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, found, StandardCharsets.UTF_8);
        }
        assertThat(found.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    private static final int FIRST_RESULTS = 10;

    /** "site query": the queries of the tests above, then typos. */
    private static final List<String> FIRST_RESULTS_QUERIES = List.of("seed tramite", "seed TRÁMITES", "seed trámites",
            "seed Tramites", "seed tram", "seed TRÁM", "seed objetivo", "seed capacidad", "seed paces", "seed de la y",
            "seed la gestión de los trámites", "seed gestión trámites", "seed gestión de trámites",
            "seed seguridad digtal", "seed gobernansa", "seed gobern", "seed O7", "seed oeti01", "seed OETI01 digital",
            "seed evaluación arquitectura", "seed xilófono", "codes O7", "codes ampliar alcance O7", "codes o70",
            "codes oeti07", "many fase", "many obj0012", "seed tramites ciudadnos", "seed ciudadnos",
            "seed partcipacion ciudadana", "seed transformacion digtal", "seed gestoin documental",
            "seed interoperabilidda", "many gestoin documental", "many participacion ciudadana");

    private static ChromeDriver driver() {
        return browser.driver();
    }

    /** Opens the results page for a query, waits for its answer and returns the results. */
    private static List<Map<String, Object>> search(String base, String query) {
        driver().get(base + "search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        waitForStatus("«" + query + "»");
        return results();
    }

    private static WebElement waitForBox() {
        return new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> d.findElement(By.id("buscar-consulta")));
    }

    private static void waitForStatus(String part) {
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> status().contains(part));
    }

    private static String status() {
        return driver().findElement(By.id("buscar-estado")).getText();
    }

    private static WebElement focused() {
        return driver().switchTo().activeElement();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results() {
        return (List<Map<String, Object>>) driver().executeScript(
                "return Array.from(document.querySelectorAll('#buscar-resultados > li')).map(function (item) {"
                        + "  var code = item.querySelector('.search-result-code');"
                        + "  return {code: code ? code.textContent : '',"
                        + "          name: item.querySelector('.search-result-name').textContent};"
                        + "});");
    }

    private static List<String> names(List<Map<String, Object>> results) {
        return results.stream().map(r -> (String) r.get("name")).toList();
    }

    private static List<String> codes(List<Map<String, Object>> results) {
        return results.stream().map(r -> (String) r.get("code")).toList();
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }

    /**
     * The theme scrolls smoothly, so an element far down the page is not under the pointer yet
     * when WebDriver clicks; scroll to it at once first, as a person would have before clicking.
     */
    private void clickAfterScrolling(WebElement element) {
        driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }
}
