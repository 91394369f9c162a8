package io.github.bmmsite.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's "Datos abiertos" page in headless Chromium: no WCAG 2.1 A/AA violation that axe-core
 * finds at phone and desktop widths, light and dark, and field tables that a phone shows whole,
 * without scrolling the page sideways. Screenshots of the elements' fields go to {@code target/screenshots/}.
 */
class OpenDataBrowserTest {

    private static final String PAGE = "datos/index.html";
    private static final int[] WIDTHS = {375, 1280};

    @RegisterExtension
    static final ServedSite SITE = new ServedSite(SeedSiteForBrowsers::site);

    @Test
    void axeFindsNoViolationsAtPhoneAndDesktopWidthsInLightAndDark() throws Exception {
        AxeFindings axe = new AxeFindings();
        for (String scheme : List.of("light", "dark")) {
            for (int width : WIDTHS) {
                SITE.browser().viewport(width, 900);
                SITE.browser().colorScheme(scheme);
                SITE.browser().open(SITE.url(PAGE));
                axe.check(SITE.browser(), PAGE + " at " + width + " px, " + scheme);
                SITE.browser().js("document.getElementById('elementos').scrollIntoView()");
                SITE.browser().screenshot(Path.of("target", "screenshots", "datos-" + width + "-" + scheme + ".png"));
            }
        }
        axe.assertNone();
    }

    /** Each table within the page's width, its field names and texts in columns wide enough to read. */
    @Test
    @SuppressWarnings("unchecked")
    void theFieldTablesFitAPhoneAndADesktopWithoutScrollingThePageSideways() {
        SITE.browser().colorScheme("light");
        for (int width : WIDTHS) {
            SITE.browser().viewport(width, 900);
            SITE.browser().open(SITE.url(PAGE));

            assertThat(SITE.browser().js("var root = document.documentElement; return root.scrollWidth - root.clientWidth;"))
                    .as("sideways scroll at %d px", width).isEqualTo(0L);
            List<Map<String, Object>> tables = (List<Map<String, Object>>) SITE.browser().js(
                    "return Array.from(document.querySelectorAll('main table.open-data-fields')).map(function (t) {"
                    + "  var row = t.tBodies[0].rows[0];"
                    + "  return {caption: t.caption.textContent, right: t.getBoundingClientRect().right,"
                    + "          fields: t.tBodies[0].rows.length,"
                    + "          name: row.cells[0].getBoundingClientRect().width,"
                    + "          text: row.cells[1].getBoundingClientRect().width}; });");
            assertThat(tables).extracting(t -> t.get("caption")).containsExactly(
                    "Campos de elementos.json y elementos.csv", "Campos de relaciones.json y relaciones.csv",
                    "Campos de vistas.json y vistas.csv", "Campos de diccionario.json y diccionario.csv");
            assertThat(tables).extracting(t -> ((Number) t.get("fields")).intValue()).containsExactly(10, 4, 6, 5);
            long clientWidth = (Long) SITE.browser().js("return document.documentElement.clientWidth");
            for (Map<String, Object> table : tables) {
                String where = table.get("caption") + " at " + width + " px";
                assertThat(((Number) table.get("right")).doubleValue()).as(where + ": right edge").isLessThanOrEqualTo(clientWidth);
                assertThat(((Number) table.get("name")).doubleValue()).as(where + ": field column").isGreaterThanOrEqualTo(80);
                assertThat(((Number) table.get("text")).doubleValue()).as(where + ": content column").isGreaterThanOrEqualTo(180);
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFieldsTypeAndExampleAreLinesOfTheirOwnInAQuieterColour() {
        SITE.browser().viewport(375, 900);
        SITE.browser().colorScheme("light");
        SITE.browser().open(SITE.url(PAGE));

        List<Object> styles = (List<Object>) SITE.browser().js("var cell = document.querySelector('#elementos + table tbody td');"
                + "function style(e) { var s = getComputedStyle(e); return [s.display, s.color]; }"
                + "return [style(cell.querySelector('.open-data-type')), style(cell.querySelector('.open-data-example')),"
                + "        getComputedStyle(cell).color];");
        assertThat(styles).containsExactly(List.of("block", "rgb(75, 75, 75)"), List.of("block", "rgb(75, 75, 75)"),
                "rgb(27, 27, 27)");
    }
}
