package io.github.bmmsite.browser;

import com.sun.net.httpserver.HttpServer;
import io.github.bmmsite.bake.Baker;
import io.github.bmmsite.bake.SeedSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

    private static Browser browser;
    private static HttpServer seedServer;
    private static HttpServer codesServer;
    private static HttpServer manyServer;
    private static Path seed;
    private static Path codes;
    private static Path many;

    /** Where both test sites are opened from; the name shows in the test report. */
    record Location(String name, String seed, String codes, String many) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start(1280, 900);
        seed = SeedSiteForBrowsers.site();
        codes = CustomSite.bake("codes", Map.of("codigos.md", CODES_DOCUMENT));
        many = GeneratedModel.bake(120);
        seedServer = Browser.serve(seed, "/repo/");
        codesServer = Browser.serve(codes, "/repo/");
        manyServer = Browser.serve(many, "/repo/");
    }

    @AfterAll
    static void stop() throws Exception {
        for (HttpServer server : new HttpServer[] {seedServer, codesServer, manyServer}) {
            if (server != null) {
                server.stop(0);
            }
        }
        if (browser != null) {
            browser.close();
        }
    }

    static Stream<Location> locations() {
        return Stream.of(new Location("from disk", seed.toUri().toString(), codes.toUri().toString(),
                        many.toUri().toString()),
                new Location("under /repo/", base(seedServer), base(codesServer), base(manyServer)));
    }

    private static String base(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/repo/";
    }

    @Test
    void anEnglishSiteSearchesWithLunrsEnglishPipelineAndSpeaksEnglish() throws Exception {
        Path english = Path.of("target", "browser-site-en").toAbsolutePath();
        new Baker(SeedSite.options(Path.of("target").toAbsolutePath(), english).toBuilder().language("en").build())
                .bake();

        driver().get(english.toUri() + "search.html?q=goals");
        waitForStatus("“goals”");
        assertThat(status()).isEqualTo(results().size() + " results for “goals”");
        assertThat(results()).hasSizeGreaterThan(10);
        assertThat(searchPipeline()).containsExactly("stemmer");

        search(seed.toUri().toString(), "objetivo");
        assertThat(searchPipeline()).contains("bmm-es-fold").doesNotContain("stemmer");
    }

    @SuppressWarnings("unchecked")
    private static List<String> searchPipeline() {
        return (List<String>) driver().executeScript("return BMM_SEARCH.index.pipeline.toJSON();");
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
        assertThat((Boolean) driver().executeScript("var hits = BMM_SEARCH.search('O7');"
                + "function score(uri) { return hits.find(function (h) { return h.uri === uri; }).score; }"
                + "return score('elementos/o70.html') > score('elementos/o7.html');")).isTrue();

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
     * The first results of the queries of these tests (and of a few with typos), as the results page
     * lists them, compared with {@code src/test/resources/search/first-results.txt}: the way the
     * search data is made and loaded must not change what a citizen finds. After an intended change
     * of the ranking, run with {@code -Dgolden.update=true} and review the diff.
     */
    @Test
    void theFirstResultsOfTheQueriesStayTheSame() throws Exception {
        Map<String, String> bases = Map.of("seed", seed.toUri().toString(), "codes", codes.toUri().toString(),
                "many", many.toUri().toString());
        StringBuilder found = new StringBuilder();
        for (String line : FIRST_RESULTS_QUERIES) {
            String site = line.substring(0, line.indexOf(' '));
            String query = line.substring(line.indexOf(' ') + 1);
            List<Map<String, Object>> results = search(bases.get(site), query);
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
