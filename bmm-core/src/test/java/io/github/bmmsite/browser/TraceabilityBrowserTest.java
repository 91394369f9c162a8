package io.github.bmmsite.browser;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Alignment matrices and value chains of the seed site in headless Chromium: no axe-core violation
 * at phone and desktop widths in light and dark; a wide matrix scrolls inside its own labelled,
 * focusable region while the page never scrolls sideways; row headers stay in view; every mark is
 * announced with its row, relation and column. Screenshots go to {@code target/screenshots/}.
 */
class TraceabilityBrowserTest {

    /** The widest matrix of the seed: 13 columns in two blocks. */
    private static final String MATRIX = "matrices/procesos-y-capacidades.html";
    private static final List<String> PAGES = List.of(MATRIX, "matrices/objetivos-otic.html",
            "elementos/capacidad-de-transformacion-digital.html", "elementos/o7.html", "elementos/oeti01.html");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static HttpServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = Browser.serve(SeedSiteForBrowsers.site(), "/repo/");
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private static String url(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/repo/" + page;
    }

    private static void viewport(int width, int height) {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    private static void scheme(String colorScheme) {
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "screen", "features", List.of(
                Map.of("name", "prefers-color-scheme", "value", colorScheme),
                Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
    }

    private static Object js(String script, Object... args) {
        return browser.driver().executeScript(script, args);
    }

    private static void open(String page) {
        browser.open(url(page));
    }

    @Test
    void axeFindsNoViolationsOnMatricesAndValueChains() throws Exception {
        Map<String, String> violations = new LinkedHashMap<>();
        for (String colorScheme : List.of("light", "dark")) {
            for (int width : new int[] {375, 1280}) {
                viewport(width, 900);
                scheme(colorScheme);
                for (String page : PAGES) {
                    open(page);
                    String found = browser.axeViolations();
                    if (!found.equals("[]")) {
                        violations.put(page + " at " + width + " px, " + colorScheme, found);
                    }
                }
            }
        }
        assertThat(violations).as("axe-core violations (WCAG 2.1 A/AA):%n%s", String.join("\n", violations.entrySet()
                .stream().map(e -> e.getKey() + ": " + e.getValue()).toList())).isEmpty();
    }

    @Test
    void theMatrixScrollsInsideItsRegionAndThePageNeverSideways() {
        scheme("light");
        for (String page : PAGES) {
            viewport(320, 800);
            open(page);
            assertThat(pageScrollsSideways()).as(page + " at 320 px").isFalse();
            viewport(1280, 900);
            open(page);
            js("document.documentElement.style.fontSize = '200%'");
            assertThat(pageScrollsSideways()).as(page + " at 1280 px with text at 200%").isFalse();
        }
        viewport(320, 800);
        open(MATRIX);
        assertThat((Boolean) js("var r = document.querySelector('.matrix-scroll'); return r.scrollWidth > r.clientWidth"))
                .as("the matrix is wider than a phone, so its region scrolls").isTrue();
    }

    private static boolean pageScrollsSideways() {
        return (Boolean) js("var root = document.documentElement; return root.scrollWidth > root.clientWidth;");
    }

    @Test
    void theScrollRegionIsLabelledAndTheKeyboardScrollsIt() {
        viewport(320, 800);
        scheme("light");
        open(MATRIX);
        assertThat(js("var r = document.querySelector('.matrix-scroll');"
                + "return [r.getAttribute('role'), r.tabIndex, document.getElementById(r.getAttribute('aria-labelledby')).tagName]"))
                .isEqualTo(List.of("region", 0L, "CAPTION"));

        js("document.querySelector('.matrix-scroll').scrollIntoView()");
        js("document.querySelector('.matrix-hint').setAttribute('tabindex', '-1');"
                + "document.querySelector('.matrix-hint').focus();");
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(js("return document.activeElement.className")).as("the region is the next keyboard stop")
                .isEqualTo("matrix-scroll");
        assertThat(js("return getComputedStyle(document.activeElement).outlineStyle")).as("focus is visible")
                .isNotEqualTo("none");
        double rowHeaderBefore = rowHeaderLeft();
        for (int i = 0; i < 10; i++) {
            new Actions(browser.driver()).sendKeys(Keys.ARROW_RIGHT).perform();
        }
        assertThat((Long) js("return Math.round(document.querySelector('.matrix-scroll').scrollLeft)"))
                .as("arrow keys scroll the focused region").isPositive();
        assertThat(rowHeaderLeft()).as("row headers stick to the left edge of the region")
                .isCloseTo(rowHeaderBefore, within(1.0));
        assertThat((Long) js("return Math.round(document.documentElement.scrollLeft)")).as("the page itself").isZero();
    }

    private static double rowHeaderLeft() {
        return ((Number) js("return document.querySelector('.matrix tbody th').getBoundingClientRect().left"))
                .doubleValue();
    }

    /** What a screen reader says for the marks: row, relation and column, while the eye sees "✓ realiza". */
    @Test
    void everyMarkIsAnnouncedWithItsRowRelationAndColumn() {
        viewport(1280, 900);
        scheme("light");
        open("matrices/objetivos-otic.html");
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) browser.driver().executeCdpCommand("Accessibility.getFullAXTree",
                Map.of());
        List<String> links = new ArrayList<>();
        for (Object node : (List<?>) tree.get("nodes")) {
            Map<?, ?> ax = (Map<?, ?>) node;
            Map<?, ?> role = (Map<?, ?>) ax.get("role");
            Map<?, ?> name = (Map<?, ?>) ax.get("name");
            if (role != null && "link".equals(role.get("value")) && name != null
                    && String.valueOf(name.get("value")).matches("OETI\\d+ (realiza|influye en) O\\d+")) {
                links.add(String.valueOf(name.get("value")));
            }
        }
        assertThat(links).containsExactly("OETI02 realiza O5", "OETI02 realiza O6", "OETI01 realiza O7",
                "OETI03 influye en O2", "OETI03 influye en O7");
        assertThat(js("return Array.from(document.querySelectorAll('.matrix-mark')).map(function (a) {"
                + " return a.getBoundingClientRect().width < 120; }).every(Boolean)"))
                .as("the names are for screen readers; the eye sees the mark and the verb").isEqualTo(true);
        assertThat(js("return document.querySelector('.matrix-mark').innerText.replace(/\\s+/g, ' ')"))
                .asString().contains("✓", "realiza");
    }

    @Test
    void searchFindsTheMatrices() {
        viewport(1280, 900);
        scheme("light");
        open("search.html?q=" + java.net.URLEncoder.encode("matriz alineación", java.nio.charset.StandardCharsets.UTF_8));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("buscar-estado")).getText().contains("«matriz alineación»"));
        assertThat(browser.driver().findElements(By.className("search-result-link")).stream()
                .map(link -> link.getText()).limit(3).toList()).containsExactlyInAnyOrder(
                "Matriz de alineación: Objetivos OTIC × Objetivos SG",
                "Matriz de alineación: Principios PETI × Objetivos SG",
                "Matriz de alineación: Procesos y capacidades × Objetivos SG y Objetivos OTIC");
    }

    @Test
    void screenshotsOfAMatrixAndAValueChain() throws Exception {
        List<Path> written = new ArrayList<>();
        for (String colorScheme : List.of("light", "dark")) {
            for (int width : new int[] {375, 1280}) {
                scheme(colorScheme);
                for (Map.Entry<String, String> page : Map.of("matrix", MATRIX,
                        "value-chain", "elementos/capacidad-de-transformacion-digital.html").entrySet()) {
                    viewport(width, 900);
                    open(page.getValue());
                    long height = (Long) js("return document.documentElement.scrollHeight");
                    viewport(width, (int) height);
                    Path file = SCREENSHOTS.resolve(page.getKey() + "-" + width + "-" + colorScheme + ".png");
                    browser.screenshot(file);
                    written.add(file);
                }
            }
        }
        assertThat(written).allSatisfy(file -> assertThat(Files.size(file)).isGreaterThan(10_000));
    }
}
