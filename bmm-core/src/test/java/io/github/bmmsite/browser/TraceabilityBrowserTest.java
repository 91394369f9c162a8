package io.github.bmmsite.browser;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Alignment matrices and value chains in headless Chromium, on the seed site and on a made-up matrix
 * of twelve columns with long names: no axe-core violation at phone and desktop widths in light and
 * dark; twelve columns fit a 1280 px screen, and a wider matrix scrolls inside its own labelled,
 * focusable region while the page never scrolls sideways; row headers stay in view; phones get the
 * same relations as a list, and each form is hidden from assistive technology where the other shows;
 * every mark and column is announced in full. Screenshots go to {@code target/screenshots/}.
 */
class TraceabilityBrowserTest {

    /** The widest matrix of the seed: 13 columns in two blocks. */
    private static final String MATRIX = "matrices/procesos-y-capacidades.html";
    /** The made-up matrix of twelve columns, served under its own prefix. */
    private static final String TWELVE = "/doce/matrices/lineas-de-accion.html";
    private static final List<String> MATRICES = List.of(MATRIX, "matrices/objetivos-otic.html",
            "matrices/principios-peti.html", TWELVE);
    private static final List<String> PAGES = List.of(MATRIX, "matrices/objetivos-otic.html", TWELVE,
            "elementos/capacidad-de-transformacion-digital.html", "elementos/o7.html", "elementos/o5.html");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Wider than a phone, narrower than the seed's widest matrix. */
    private static final int TABLET = 700;

    @RegisterExtension
    static final ServedSite SITE = new ServedSite(SeedSiteForBrowsers::site);

    private static HttpServer twelveColumns;

    @BeforeAll
    static void serveTheTwelveColumnMatrix() throws Exception {
        twelveColumns = Browser.serve(CustomSite.bake("matriz-doce-columnas", twelveColumnMatrix()), "/doce/");
    }

    @AfterAll
    static void stopServingIt() {
        if (twelveColumns != null) {
            twelveColumns.stop(0);
        }
    }

    /**
     * Six lines of action (one without code) against twelve objectives with long names, nine with a
     * code and three without, in two groups; every column holds a mark, one cell holds two, and the
     * verbs run from "realiza" to "está asociado con".
     */
    private static Map<String, String> twelveColumnMatrix() {
        List<String> uncoded = List.of(
                "Promover la participación ciudadana en la formulación y el seguimiento de las políticas públicas",
                "Garantizar la seguridad y la privacidad de la información que la ciudadanía confía a la entidad",
                "Consolidar la interoperabilidad con las entidades nacionales, distritales y territoriales");
        String programme = "Programa de modernización de la infraestructura tecnológica de las sedes distritales";
        StringBuilder document = new StringBuilder("## Plan de acción institucional\n\n"
                + "Líneas de acción del plan y los objetivos a los que contribuyen.\n\n### Líneas de acción\n\n");
        for (int i = 1; i <= 5; i++) {
            document.append(String.format("### LA%02d: Línea de acción %d para el fortalecimiento de la gestión pública"
                    + " y la atención a la ciudadanía en los canales presenciales y virtuales%n%nTexto de la línea.%n%n", i, i));
        }
        document.append("### ").append(programme).append("\n\nTexto del programa.\n\n### Objetivos estratégicos\n\n");
        for (int i = 1; i <= 9; i++) {
            document.append(String.format("### OE%02d: Objetivo estratégico %d de la entidad para mejorar la calidad,"
                    + " la oportunidad y la transparencia de los servicios que presta%n%nTexto del objetivo.%n%n", i, i));
        }
        document.append("### Compromisos institucionales\n\n");
        uncoded.forEach(name -> document.append("### ").append(name).append("\n\nTexto del compromiso.\n\n"));
        String model = "relations:\n"
                + "  realization:\n"
                + "    LA01: [OE01, OE02]\n"
                + "    LA02: [OE03, OE04, OE05]\n"
                + "    LA03: [OE06, OE07]\n"
                + "    LA04: [OE08, OE09]\n"
                + "    LA05: [\"" + uncoded.get(0) + "\"]\n"
                + "    " + programme + ": [OE09, \"" + uncoded.get(1) + "\"]\n"
                + "  influence:\n"
                + "    LA01: [OE01, \"" + uncoded.get(2) + "\"]\n"
                + "    LA03: [OE02]\n"
                + "  association:\n"
                + "    " + uncoded.get(1) + ": LA04\n";
        return Map.of("plan.md", document.toString(), "plan.model.yaml", model);
    }

    private static String url(String page) {
        return page.startsWith("/") ? "http://127.0.0.1:" + twelveColumns.getAddress().getPort() + page : SITE.url(page);
    }

    private static void open(String page) {
        SITE.browser().open(url(page));
    }

    private static void scheme(String colorScheme) {
        SITE.browser().driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "screen", "features", List.of(
                Map.of("name", "prefers-color-scheme", "value", colorScheme),
                Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
    }

    private static Object js(String script, Object... args) {
        return SITE.browser().js(script, args);
    }

    @Test
    void axeFindsNoViolationsOnMatricesAndValueChains() throws Exception {
        AxeFindings axe = new AxeFindings();
        for (String colorScheme : List.of("light", "dark")) {
            for (int width : new int[] {375, 1280}) {
                SITE.browser().viewport(width, 900);
                scheme(colorScheme);
                for (String page : PAGES) {
                    open(page);
                    axe.check(SITE.browser(), page + " at " + width + " px, " + colorScheme);
                }
            }
        }
        axe.assertNone();
    }

    @Test
    void twelveColumnsAndTheSeedsThirteenFitA1280PxScreenWithoutScrolling() {
        for (String colorScheme : List.of("light", "dark")) {
            SITE.browser().viewport(1280, 900);
            scheme(colorScheme);
            for (String page : MATRICES) {
                open(page);
                String where = page + ", " + colorScheme;
                assertThat(js("return document.querySelectorAll('.matrix thead .matrix-column').length"))
                        .as(where).isIn(10L, 12L, 13L);
                assertThat((Boolean) js("var r = document.querySelector('.matrix-scroll');"
                        + " return r.scrollWidth <= r.clientWidth")).as(where + ": the region has nothing to scroll")
                        .isTrue();
                assertThat(pageScrollsSideways()).as(where).isFalse();
                assertThat(((Number) js("var c = document.querySelectorAll('.matrix thead .matrix-column');"
                        + " return c[c.length - 1].getBoundingClientRect().right")).doubleValue())
                        .as(where + ": the last column is on screen").isLessThanOrEqualTo(1280);
            }
        }
        open(TWELVE);
        assertThat(js("return Array.from(document.querySelectorAll('.matrix-column .matrix-label')).map(function (label) {"
                + " return label.textContent; })")).as("codes, and the initials of the names without one")
                .isEqualTo(List.of("OE01", "OE02", "OE03", "OE04", "OE05", "OE06", "OE07", "OE08", "OE09",
                        "PPCF", "GSPI", "CIEN"));
    }

    @Test
    void theMatrixScrollsInsideItsRegionAndThePageNeverSideways() {
        scheme("light");
        for (String page : PAGES) {
            SITE.browser().viewport(320, 800);
            open(page);
            assertThat(pageScrollsSideways()).as(page + " at 320 px").isFalse();
            SITE.browser().viewport(1280, 900);
            open(page);
            js("document.documentElement.style.fontSize = '200%'");
            assertThat(pageScrollsSideways()).as(page + " at 1280 px with text at 200%").isFalse();
        }
        SITE.browser().viewport(TABLET, 800);
        open(MATRIX);
        assertThat((Boolean) js("var r = document.querySelector('.matrix-scroll'); return r.scrollWidth > r.clientWidth"))
                .as("the matrix is wider than a tablet, so its region scrolls").isTrue();
        assertThat(pageScrollsSideways()).as(MATRIX + " at " + TABLET + " px").isFalse();
    }

    private static boolean pageScrollsSideways() {
        return (Boolean) js("var root = document.documentElement; return root.scrollWidth > root.clientWidth;");
    }

    /** Each relation of the grid as "row verb column" (the pages' addresses), in reading order. */
    private static final String GRID_RELATIONS = "var table = document.querySelector('.matrix');"
            + " var columns = Array.from(table.querySelectorAll('thead .matrix-column a')).map(function (a) {"
            + "   return a.getAttribute('href'); });"
            + " var found = [];"
            + " table.querySelectorAll('tbody tr').forEach(function (tr) {"
            + "   var row = tr.querySelector('th a').getAttribute('href');"
            + "   tr.querySelectorAll('td').forEach(function (td, i) {"
            + "     td.querySelectorAll('.matrix-mark').forEach(function (mark) {"
            + "       var verb = Array.from(mark.childNodes).filter(function (n) { return n.nodeType === 3; })"
            + "           .map(function (n) { return n.textContent; }).join('');"
            + "       found.push(row + ' ' + verb + ' ' + columns[i]); }); }); });"
            + " return found;";

    /** The same from the list form: each verb of a row with the links that follow it. */
    private static final String LIST_RELATIONS = "var found = [];"
            + " document.querySelectorAll('.matrix-row-list > li').forEach(function (li) {"
            + "   var row = li.querySelector('a').getAttribute('href');"
            + "   li.querySelectorAll(':scope > .matrix-verb').forEach(function (verb) {"
            + "     for (var n = verb.nextElementSibling; n && !n.classList.contains('matrix-verb'); n = n.nextElementSibling) {"
            + "       found.push(row + ' ' + verb.textContent + ' ' + n.getAttribute('href')); } }); });"
            + " return found;";

    @Test
    void phonesGetTheSameRelationsAsAListInsteadOfTheGrid() {
        scheme("light");
        for (String page : MATRICES) {
            SITE.browser().viewport(375, 800);
            open(page);
            @SuppressWarnings("unchecked")
            List<String> grid = (List<String>) js(GRID_RELATIONS);
            @SuppressWarnings("unchecked")
            List<String> list = (List<String>) js(LIST_RELATIONS);
            assertThat(grid).as(page + ": every mark of the grid is read").hasSize(
                    ((Number) js("return document.querySelectorAll('.matrix-mark').length")).intValue()).isNotEmpty();
            assertThat(list).as(page + ": the list says what the grid says, by verb").containsExactlyInAnyOrderElementsOf(grid);
            assertThat(js("return document.querySelectorAll('.matrix-row-list > li').length"))
                    .as(page + ": a list item per row").isEqualTo(js("return document.querySelectorAll('.matrix tbody tr').length"));
            assertThat(displayOf(".matrix-grid")).as(page + " at 375 px").isEqualTo("none");
            assertThat(displayOf(".matrix-rows")).as(page + " at 375 px").isEqualTo("block");
            assertThat(roles()).as(page + " at 375 px: no table for screen readers either")
                    .doesNotContain("table", "columnheader", "rowheader", "cell").contains("list");
            assertThat(pageScrollsSideways()).as(page + " at 375 px").isFalse();

            SITE.browser().viewport(1280, 900);
            open(page);
            assertThat(displayOf(".matrix-grid")).as(page + " at 1280 px").isEqualTo("block");
            assertThat(displayOf(".matrix-rows")).as(page + " at 1280 px").isEqualTo("none");
            assertThat(roles()).as(page + " at 1280 px").contains("table", "columnheader", "rowheader");
            String caption = (String) js("return document.querySelector('.matrix caption').textContent");
            assertThat(namesOf("list")).as(page + " at 1280 px: the list is hidden from screen readers too")
                    .doesNotContain(caption);
        }
        SITE.browser().viewport(375, 800);
        open(TWELVE);
        assertThat(namesOf("list")).as("the list is named as the table is").contains(
                "Líneas de acción × Objetivos estratégicos y Compromisos institucionales: 16 relaciones");
        assertThat(js(VISIBLE_TEXT, ".matrix-row-list > li:nth-child(1)")).asString()
                .startsWith("LA01 Línea de acción 1").endsWith("— realiza: OE01, OE02; influye en: OE01, CIEN");
        assertThat(js(VISIBLE_TEXT, ".matrix-row-list > li:nth-child(4)")).asString()
                .endsWith("— realiza: OE08, OE09; está asociado con: GSPI");
    }

    /** The text of an element as the eye reads it: without the words for screen readers alone. */
    private static final String VISIBLE_TEXT = "var copy = document.querySelector(arguments[0]).cloneNode(true);"
            + " copy.querySelectorAll('.visually-hidden').forEach(function (hidden) { hidden.remove(); });"
            + " return copy.textContent.replace(/\\s+/g, ' ').trim();";

    private static String displayOf(String selector) {
        return (String) js("return getComputedStyle(document.querySelector(arguments[0])).display", selector);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> axNodes() {
        Map<String, Object> tree = (Map<String, Object>) SITE.browser().driver()
                .executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        return ((List<?>) tree.get("nodes")).stream().map(node -> (Map<String, Object>) node)
                .filter(node -> !Boolean.TRUE.equals(node.get("ignored"))).toList();
    }

    private static List<String> roles() {
        return axNodes().stream().map(node -> (Map<?, ?>) node.get("role")).filter(Objects::nonNull)
                .map(role -> String.valueOf(role.get("value"))).toList();
    }

    /** The accessible names of the nodes of a role, as a screen reader hears them. */
    private static List<String> namesOf(String role) {
        List<String> names = new ArrayList<>();
        for (Map<String, Object> ax : axNodes()) {
            Map<?, ?> axRole = (Map<?, ?>) ax.get("role");
            Map<?, ?> name = (Map<?, ?>) ax.get("name");
            if (axRole != null && role.equals(axRole.get("value")) && name != null) {
                names.add(String.valueOf(name.get("value")));
            }
        }
        return names;
    }

    @Test
    void theScrollRegionIsLabelledAndTheKeyboardScrollsIt() {
        SITE.browser().viewport(TABLET, 800);
        scheme("light");
        open(MATRIX);
        assertThat(js("var r = document.querySelector('.matrix-scroll');"
                + "return [r.getAttribute('role'), r.tabIndex, document.getElementById(r.getAttribute('aria-labelledby')).tagName]"))
                .isEqualTo(List.of("region", 0L, "CAPTION"));

        js("document.querySelector('.matrix-scroll').scrollIntoView()");
        js("document.querySelector('.matrix-grid .matrix-hint a').focus();");
        new Actions(SITE.browser().driver()).sendKeys(Keys.TAB).perform();
        assertThat(js("return document.activeElement.className")).as("the region is the next keyboard stop")
                .isEqualTo("matrix-scroll");
        assertThat(js("return getComputedStyle(document.activeElement).outlineStyle")).as("focus is visible")
                .isNotEqualTo("none");
        double rowHeaderBefore = rowHeaderLeft();
        for (int i = 0; i < 10; i++) {
            new Actions(SITE.browser().driver()).sendKeys(Keys.ARROW_RIGHT).perform();
        }
        // The browser may scroll after the key events return.
        new WebDriverWait(SITE.browser().driver(), Duration.ofSeconds(5))
                .withMessage("arrow keys scroll the focused region").until(d -> (Long) SITE.browser()
                .js("return Math.round(document.querySelector('.matrix-scroll').scrollLeft)") > 0);
        assertThat(rowHeaderLeft()).as("row headers stick to the left edge of the region")
                .isCloseTo(rowHeaderBefore, within(1.0));
        assertThat((Long) js("return Math.round(document.documentElement.scrollLeft)")).as("the page itself").isZero();
    }

    private static double rowHeaderLeft() {
        return ((Number) js("return document.querySelector('.matrix tbody th').getBoundingClientRect().left"))
                .doubleValue();
    }

    /** What a screen reader says for the marks and the columns, while the eye sees "✓ realiza" and "O7". */
    @Test
    void everyMarkIsAnnouncedWithItsRowRelationAndColumn() {
        SITE.browser().viewport(1280, 900);
        scheme("light");
        open("matrices/objetivos-otic.html");
        assertThat(namesOf("link")).filteredOn(name -> name.matches("OETI\\d+ (realiza|influye en) O\\d+"))
                .containsExactly("OETI02 realiza O5", "OETI02 realiza O6", "OETI01 realiza O7",
                        "OETI03 influye en O2", "OETI03 influye en O7");
        assertThat(namesOf("columnheader")).contains("Objetivos SG", "O1 Promover paz y reconciliación",
                "O7 Fortalecer capacidades institucionales gestión y desempeño",
                "O10 Mejorar oportunidad gestión administrativa");
        assertThat(js("return Array.from(document.querySelectorAll('.matrix-mark')).map(function (a) {"
                + " return a.getBoundingClientRect().width < 120; }).every(Boolean)"))
                .as("the names are for screen readers; the eye sees the mark and the verb").isEqualTo(true);
        assertThat(js("return document.querySelector('.matrix-mark').innerText.replace(/\\s+/g, ' ')"))
                .asString().contains("✓", "realiza");
        assertThat(js(VISIBLE_TEXT, ".matrix-column")).isEqualTo("O1");

        open(TWELVE);
        assertThat(namesOf("columnheader")).contains("GSPI Garantizar la seguridad y la privacidad de la información"
                + " que la ciudadanía confía a la entidad");
        assertThat(js("return Array.from(document.querySelectorAll('.matrix-key dt')).map(function (dt) {"
                + " return dt.innerText + ' ' + dt.nextElementSibling.innerText; })")).asList().hasSize(12)
                .contains("CIEN Consolidar la interoperabilidad con las entidades nacionales, distritales y territoriales");
    }

    @Test
    void searchFindsTheMatrices() {
        SITE.browser().viewport(1280, 900);
        scheme("light");
        open("search.html?q=" + URLEncoder.encode("matriz alineación", StandardCharsets.UTF_8));
        new WebDriverWait(SITE.browser().driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("buscar-estado")).getText().contains("«matriz alineación»"));
        assertThat(SITE.browser().driver().findElements(By.className("search-result-link")).stream()
                .map(link -> link.getText()).limit(3).toList()).containsExactlyInAnyOrder(
                "Matriz de alineación: Objetivos OTIC × Objetivos SG",
                "Matriz de alineación: Principios PETI × Objetivos SG",
                "Matriz de alineación: Procesos y capacidades × Objetivos SG y Objetivos OTIC");
    }

    @Test
    void screenshotsOfMatricesAndAValueChain() throws Exception {
        List<Path> written = new ArrayList<>();
        for (String colorScheme : List.of("light", "dark")) {
            for (int width : new int[] {375, 1280}) {
                scheme(colorScheme);
                for (Map.Entry<String, String> page : Map.of("matrix", MATRIX, "matrix-12-columns", TWELVE,
                        "value-chain", "elementos/capacidad-de-transformacion-digital.html").entrySet()) {
                    SITE.browser().viewport(width, 900);
                    open(page.getValue());
                    long height = (Long) js("return document.documentElement.scrollHeight");
                    SITE.browser().viewport(width, (int) height);
                    Path file = SCREENSHOTS.resolve(page.getKey() + "-" + width + "-" + colorScheme + ".png");
                    SITE.browser().screenshot(file);
                    written.add(file);
                }
            }
        }
        assertThat(written).allSatisfy(file -> assertThat(Files.size(file)).isGreaterThan(10_000));
    }
}
