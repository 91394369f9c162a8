package io.github.bmmsite.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's view drawn from the model, in headless Chromium: the drawing that suits the screen is
 * shown and fits it, names fit their boxes and none is cut short, no line end's mark lies on
 * another, every box leads to a page that exists, the keyboard reaches every box and shows where it
 * is, and axe-core finds nothing with the text list open.
 * Screenshots of the figure go to {@code target/screenshots/diagram-*.png}.
 */
class DiagramBrowserTest {

    private static final String VIEW = "vistas/objetivos-estrategicos-sg-otic.html";
    /** The seed's view in its architecture model: 20 described elements and 7 undescribed processes. */
    private static final int SEED_ELEMENTS = 27;
    private static final int SEED_RELATIONS = 23;

    @RegisterExtension
    static final ServedSite SITE = new ServedSite(SeedSiteForBrowsers::site);

    private static void viewport(int width, String scheme) {
        SITE.browser().viewport(width, 900);
        SITE.browser().driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "screen", "features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private static void open() {
        SITE.browser().open(SITE.url(VIEW));
    }

    /** The drawing the page shows at the current width. */
    private static WebElement shownDrawing() {
        List<WebElement> shown = SITE.browser().driver().findElements(By.cssSelector("svg.bmm-diagram-svg")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertThat(shown).as("drawings shown").hasSize(1);
        return shown.get(0);
    }

    @Test
    void phonesGetTheNarrowDrawingWhichFitsWithLegibleNames() {
        for (int width : new int[] {320, 375}) {
            viewport(width, "light");
            open();
            WebElement svg = shownDrawing();
            assertThat(svg.getDomAttribute("class")).contains("bmm-diagram-narrow");
            assertThat((Boolean) SITE.browser().js("var root = document.documentElement; return root.scrollWidth <= root.clientWidth"))
                    .as("no sideways scroll at " + width + " px").isTrue();
            double scale = ((Number) SITE.browser().js("return arguments[0].getBoundingClientRect().width"
                    + " / arguments[0].viewBox.baseVal.width", svg)).doubleValue();
            assertThat(14 * scale).as("names' font size on screen at " + width + " px").isGreaterThanOrEqualTo(10.5);
        }
        viewport(1280, "light");
        open();
        assertThat(shownDrawing().getDomAttribute("class")).contains("bmm-diagram-wide");
        double scale = ((Number) SITE.browser().js("var s = document.querySelector('svg.bmm-diagram-wide');"
                + "return s.getBoundingClientRect().width / s.viewBox.baseVal.width")).doubleValue();
        // The model's own layout is drawn at its size, or scaled down a little to the content width.
        assertThat(14 * scale).as("names' font size on screen on a desktop").isGreaterThanOrEqualTo(13.5);
    }

    /** What the browser really draws: every line of every name inside its box, at both widths. */
    @Test
    void everyNameFitsItsBox() {
        for (int width : new int[] {375, 1280}) {
            viewport(width, "light");
            open();
            @SuppressWarnings("unchecked")
            List<String> overflowing = (List<String>) SITE.browser().js("var out = [];"
                    + "arguments[0].querySelectorAll('a.bmm-diagram-element').forEach(function (a) {"
                    + "  var box = a.querySelector('.bmm-diagram-box').getBBox();"
                    + "  a.querySelectorAll('text > tspan').forEach(function (t) {"
                    + "    var r = t.getBBox();"
                    + "    if (r.x < box.x + 2 || r.x + r.width > box.x + box.width - 2"
                    + "        || r.y < box.y || r.y + r.height > box.y + box.height)"
                    + "      out.push(t.textContent + ' (' + Math.round(r.width) + ' in ' + box.width + ')');"
                    + "  });"
                    + "}); return out;", shownDrawing());
            assertThat(overflowing).as("lines of names outside their boxes at " + width + " px").isEmpty();
        }
    }

    /** The bar for the seed: no two line ends' marks on each other, no name cut short. */
    @Test
    void theSeedsViewReadsCleanlyAt1280And375Px() {
        for (int width : new int[] {375, 1280}) {
            viewport(width, "light");
            open();
            WebElement svg = shownDrawing();
            assertThat(DiagramViews.overlappingMarks(SITE.browser(), svg)).as("overlapping marks at " + width + " px").isEmpty();
            assertThat(DiagramViews.cutNames(SITE.browser(), svg)).as("names cut short at " + width + " px").isEmpty();
            assertThat(svg.findElements(By.cssSelector("g.bmm-diagram-line[marker-end] path"))).hasSizeGreaterThan(10);
            // Type icons, drawn in the colour of the element's name, not in a link's.
            assertThat(SITE.browser().js("return Array.from(arguments[0].querySelectorAll('a.bmm-diagram-element'))"
                    + ".filter(function (a) { return getComputedStyle(a).color !== getComputedStyle(a.querySelector('text')).fill; })"
                    + ".map(function (a) { return a.getAttribute('href'); })", svg)).as("icons not in the names' colour")
                    .isEqualTo(List.of());
            // ArchiMate's dashes, which the stylesheet gives by relationship type, as the browser draws them.
            assertThat(SITE.browser().js("return getComputedStyle(arguments[0].querySelector('.bmm-rel-realization path'))"
                    + ".strokeDasharray", svg)).isEqualTo("3px, 3px");
            assertThat(SITE.browser().js("return getComputedStyle(arguments[0].querySelector('.bmm-rel-influence path'))"
                    + ".strokeDasharray", svg)).isEqualTo("8px, 5px");
        }
    }

    @Test
    void everyBoxLinksToAPageThatExists() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int width : new int[] {375, 1280}) {
            viewport(width, "light");
            open();
            @SuppressWarnings("unchecked")
            List<String> targets = (List<String>) SITE.browser().js("return Array.from(arguments[0].querySelectorAll('a.bmm-diagram-element'))"
                    + ".map(function (a) { return new URL(a.getAttribute('href'), location.href).href; })", shownDrawing());
            assertThat(targets).as("element boxes at " + width + " px").hasSize(SEED_ELEMENTS).doesNotHaveDuplicates();
            for (String target : targets) {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(target)).build(),
                        HttpResponse.BodyHandlers.discarding());
                assertThat(response.statusCode()).as(target).isEqualTo(200);
            }
        }
    }

    @Test
    void theKeyboardReachesEveryBoxAndShowsItsFocus() throws Exception {
        for (String scheme : List.of("light", "dark")) {
            viewport(1280, scheme);
            open();
            int stops = ((Long) SITE.browser().js("return document.querySelectorAll('a[href], input, button, summary').length")).intValue();
            Map<String, String> focused = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < stops; i++) {
                new Actions(SITE.browser().driver()).sendKeys(Keys.TAB).perform();
                @SuppressWarnings("unchecked")
                Map<String, Object> state = (Map<String, Object>) SITE.browser().js("var a = document.activeElement;"
                        + "if (!a.classList.contains('bmm-diagram-element')) return null;"
                        + "var box = getComputedStyle(a.querySelector('.bmm-diagram-box'));"
                        + "var label = getComputedStyle(a.querySelector('text'));"
                        + "return {href: a.getAttribute('href'), fill: box.fill, stroke: box.stroke,"
                        + " width: box.strokeWidth, text: label.fill, icon: getComputedStyle(a).color};");
                if (state != null && "../elementos/o7.html".equals(state.get("href")) && scheme.equals("light")) {
                    // The viewport, not the focused element: Chromium's screenshot of one SVG link can hang.
                    SITE.browser().screenshot(Path.of("target", "screenshots", "diagram-focus.png"));
                }
                if (state != null) {
                    focused.put((String) state.get("href"), state.get("fill") + " " + state.get("text"));
                    // The type icon is drawn in the element's colour (currentColor).
                    if (!"rgb(255, 191, 71)".equals(state.get("fill")) || !"rgb(11, 12, 12)".equals(state.get("text"))
                            || !"rgb(11, 12, 12)".equals(state.get("icon")) || !"4px".equals(state.get("width"))) {
                        problems.add(scheme + ": " + state);
                    }
                }
            }
            assertThat(focused).as(scheme + ": boxes reached with the keyboard").hasSize(SEED_ELEMENTS);
            assertThat(problems).as("focused boxes without the yellow band and dark text").isEmpty();
        }
    }

    @Test
    void theRelationsAreListedAsSentencesAndAxeFindsNothingWithTheListOpen() throws Exception {
        AxeFindings axe = new AxeFindings();
        for (String scheme : List.of("light", "dark")) {
            for (int width : new int[] {375, 1280}) {
                viewport(width, scheme);
                open();
                SITE.browser().js("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
                @SuppressWarnings("unchecked")
                List<String> sentences = (List<String>) SITE.browser().js("return Array.from(document.querySelectorAll("
                        + "'.bmm-diagram-relations li')).map(function (li) {"
                        + " return li.querySelectorAll('a').length + ' ' + li.textContent.replace(/\\s+/g, ' ').trim(); })");
                assertThat(sentences).hasSize(SEED_RELATIONS).allMatch(s -> s.startsWith("2 "))
                        .contains("2 OETI01: Fortalecer la implementación de la Política de Gobierno Digital realiza"
                                + " O7: Fortalecer capacidades institucionales gestión y desempeño")
                        .anyMatch(s -> s.contains(" influye en "));
                axe.check(SITE.browser(), width + " px, " + scheme);
                // The whole figure: a viewport as tall as the page.
                SITE.browser().viewport(width,
                        ((Number) SITE.browser().js("return document.documentElement.scrollHeight")).intValue());
                Path file = Path.of("target", "screenshots", "diagram-" + width + "-" + scheme + ".png");
                Files.createDirectories(file.getParent());
                Files.write(file, SITE.browser().driver().findElement(By.cssSelector("figure.bmm-diagram"))
                        .getScreenshotAs(OutputType.BYTES));
            }
        }
        axe.assertNone();
    }
}
