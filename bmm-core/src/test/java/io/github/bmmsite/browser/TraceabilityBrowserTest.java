package io.github.bmmsite.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
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

    @RegisterExtension
    static final ServedSite SITE = new ServedSite(SeedSiteForBrowsers::site);

    private static void scheme(String colorScheme) {
        SITE.browser().driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "screen", "features", List.of(
                Map.of("name", "prefers-color-scheme", "value", colorScheme),
                Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
    }

    private static void open(String page) {
        SITE.browser().open(SITE.url(page));
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
    void theMatrixScrollsInsideItsRegionAndThePageNeverSideways() {
        scheme("light");
        for (String page : PAGES) {
            SITE.browser().viewport(320, 800);
            open(page);
            assertThat(pageScrollsSideways()).as(page + " at 320 px").isFalse();
            SITE.browser().viewport(1280, 900);
            open(page);
            SITE.browser().js("document.documentElement.style.fontSize = '200%'");
            assertThat(pageScrollsSideways()).as(page + " at 1280 px with text at 200%").isFalse();
        }
        SITE.browser().viewport(320, 800);
        open(MATRIX);
        assertThat((Boolean) SITE.browser().js("var r = document.querySelector('.matrix-scroll'); return r.scrollWidth > r.clientWidth"))
                .as("the matrix is wider than a phone, so its region scrolls").isTrue();
    }

    private static boolean pageScrollsSideways() {
        return (Boolean) SITE.browser().js("var root = document.documentElement; return root.scrollWidth > root.clientWidth;");
    }

    @Test
    void theScrollRegionIsLabelledAndTheKeyboardScrollsIt() {
        SITE.browser().viewport(320, 800);
        scheme("light");
        open(MATRIX);
        assertThat(SITE.browser().js("var r = document.querySelector('.matrix-scroll');"
                + "return [r.getAttribute('role'), r.tabIndex, document.getElementById(r.getAttribute('aria-labelledby')).tagName]"))
                .isEqualTo(List.of("region", 0L, "CAPTION"));

        SITE.browser().js("document.querySelector('.matrix-scroll').scrollIntoView()");
        SITE.browser().js("document.querySelector('.matrix-hint').setAttribute('tabindex', '-1');"
                + "document.querySelector('.matrix-hint').focus();");
        new Actions(SITE.browser().driver()).sendKeys(Keys.TAB).perform();
        assertThat(SITE.browser().js("return document.activeElement.className")).as("the region is the next keyboard stop")
                .isEqualTo("matrix-scroll");
        assertThat(SITE.browser().js("return getComputedStyle(document.activeElement).outlineStyle")).as("focus is visible")
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
        assertThat((Long) SITE.browser().js("return Math.round(document.documentElement.scrollLeft)")).as("the page itself").isZero();
    }

    private static double rowHeaderLeft() {
        return ((Number) SITE.browser().js("return document.querySelector('.matrix tbody th').getBoundingClientRect().left"))
                .doubleValue();
    }

    /** What a screen reader says for the marks: row, relation and column, while the eye sees "✓ realiza". */
    @Test
    void everyMarkIsAnnouncedWithItsRowRelationAndColumn() {
        SITE.browser().viewport(1280, 900);
        scheme("light");
        open("matrices/objetivos-otic.html");
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) SITE.browser().driver().executeCdpCommand("Accessibility.getFullAXTree",
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
        assertThat(SITE.browser().js("return Array.from(document.querySelectorAll('.matrix-mark')).map(function (a) {"
                + " return a.getBoundingClientRect().width < 120; }).every(Boolean)"))
                .as("the names are for screen readers; the eye sees the mark and the verb").isEqualTo(true);
        assertThat(SITE.browser().js("return document.querySelector('.matrix-mark').innerText.replace(/\\s+/g, ' ')"))
                .asString().contains("✓", "realiza");
    }

    @Test
    void searchFindsTheMatrices() {
        SITE.browser().viewport(1280, 900);
        scheme("light");
        open("search.html?q=" + java.net.URLEncoder.encode("matriz alineación", java.nio.charset.StandardCharsets.UTF_8));
        new WebDriverWait(SITE.browser().driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("buscar-estado")).getText().contains("«matriz alineación»"));
        assertThat(SITE.browser().driver().findElements(By.className("search-result-link")).stream()
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
                    SITE.browser().viewport(width, 900);
                    open(page.getValue());
                    long height = (Long) SITE.browser().js("return document.documentElement.scrollHeight");
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
