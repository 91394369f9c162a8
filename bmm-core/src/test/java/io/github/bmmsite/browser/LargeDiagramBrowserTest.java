package io.github.bmmsite.browser;

import io.github.bmmsite.archimate.LargeModelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The viewer on a large view ({@link LargeModelFixture}: 3,000 × 2,000 px, 150 boxes, nested
 * containers, notes, named and bent lines, junctions), in headless Chromium: it opens fitted to the
 * page's width; buttons, keys, Ctrl + wheel and a pinch zoom it (to the model's own scale, 1:1);
 * arrows and a mouse drag pan it; reset fits it again; the zoom is said in a status line; at 1:1 no
 * name is cut; a focused box is scrolled into view; the page never scrolls sideways at 320 px; and
 * axe-core finds nothing at 375 and 1280 px, light and dark. Screenshots go to
 * {@code target/screenshots/diagram-large-*.png}; with {@code -Ddocs.screenshots=true} the one at
 * 1:1 is also written to {@code docs/diagram-large-1to1.png} (README).
 */
class LargeDiagramBrowserTest {

    private static final String DOCUMENT = """
            ## Mapa general de aplicaciones

            Todas las aplicaciones de la entidad, por dominio.

            ![Mapa general de aplicaciones](images/mapa.png){#fig:id-large-view}
            """;
    private static final String VIEW = "vistas/mapa-general-de-aplicaciones.html";

    @RegisterExtension
    static final ServedSite SITE = new ServedSite(LargeDiagramBrowserTest::site);

    private static Path site() throws Exception {
        Path model = Path.of("target", "browser-sites", "large-view-model", "large.archimate").toAbsolutePath();
        LargeModelFixture.write(model);
        Path site = CustomSite.bake("large-view", Map.of("mapa.md", DOCUMENT), Optional.of(model));
        assertThat(site.resolve(VIEW)).exists();
        return site;
    }

    private static void open(int width, String scheme) {
        SITE.browser().viewport(width, 900);
        SITE.browser().driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "screen", "features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        SITE.browser().open(SITE.url(VIEW));
    }

    private static WebElement region() {
        return SITE.browser().driver().findElement(By.cssSelector(".bmm-diagram-scroll"));
    }

    private static String status() {
        return SITE.browser().driver().findElement(By.cssSelector(".bmm-diagram-zoom")).getText();
    }

    private static double scale() {
        return DiagramViews.scale(SITE.browser(), DiagramViews.shownDrawing(SITE.browser()));
    }

    private static void button(String label) {
        WebElement button = SITE.browser().driver().findElements(By.cssSelector(".bmm-diagram-toolbar button")).stream()
                .filter(b -> b.getText().contains(label)).findFirst().orElseThrow();
        SITE.browser().js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
    }

    private static void key(CharSequence key) {
        new Actions(SITE.browser().driver()).sendKeys(key).perform();
    }

    private static double scrollLeft() {
        return ((Number) SITE.browser().js("return arguments[0].scrollLeft", region())).doubleValue();
    }

    private static double scrollTop() {
        return ((Number) SITE.browser().js("return arguments[0].scrollTop", region())).doubleValue();
    }

    /** Ctrl + wheel over the point (x, y) of the viewport, as a mouse or a touchpad's pinch sends it. */
    private static void ctrlWheel(int x, int y, int deltaY) {
        SITE.browser().driver().executeCdpCommand("Input.dispatchMouseEvent", Map.of("type", "mouseWheel", "x", x, "y", y,
                "deltaX", 0, "deltaY", deltaY, "modifiers", 2));
    }

    /** The scale at which the model's drawing fills the region's width. */
    private static double fitted() {
        return ((Number) SITE.browser().js("return arguments[0].clientWidth / document.querySelector('svg.bmm-diagram-wide')"
                + ".viewBox.baseVal.width", region())).doubleValue();
    }

    @Test
    void opensFittedZoomsToTheModelsScaleByButtonKeyAndWheelAndResetFitsAgain() {
        open(1280, "light");
        WebElement live = SITE.browser().driver().findElement(By.cssSelector(".bmm-diagram-zoom"));
        assertThat(live.getDomAttribute("role")).isEqualTo("status");
        assertThat(live.getDomAttribute("aria-live")).isEqualTo("polite");
        assertThat(scale()).as("fitted to the region's width").isCloseTo(fitted(), within(0.01));
        assertThat(status()).isEqualTo("Zoom " + Math.round(fitted() * 100) + " % (ajustado a la pantalla)");

        button("Tamaño real");
        assertThat(scale()).isCloseTo(1.0, within(0.001));
        assertThat(status()).isEqualTo("Zoom 100 % (tamaño real)");
        button("Ajustar");
        assertThat(scale()).isCloseTo(fitted(), within(0.01));
        assertThat(status()).endsWith("(ajustado a la pantalla)");

        // Keys: "+" climbs the zoom levels to 1:1 in a few steps, "−" goes down one, "0" fits.
        SITE.browser().js("arguments[0].focus()", region());
        int presses = 0;
        while (!status().startsWith("Zoom 100 %") && presses < 10) {
            key("+");
            presses++;
        }
        assertThat(presses).isBetween(2, 8);
        assertThat(scale()).isCloseTo(1.0, within(0.001));
        key("-");
        assertThat(scale()).isCloseTo(0.9, within(0.001));
        assertThat(status()).isEqualTo("Zoom 90 %");
        key("0");
        assertThat(scale()).isCloseTo(fitted(), within(0.01));

        // Ctrl + wheel zooms around the pointer and stops at 1:1 on the way.
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) SITE.browser().js("var r = arguments[0].getBoundingClientRect();"
                + "return {x: r.left + r.width / 2, y: r.top + Math.min(r.height, innerHeight - r.top) / 2};", region());
        int turns = 0;
        while (scale() < 0.999 && turns < 40) {
            ctrlWheel(box.get("x").intValue(), box.get("y").intValue(), -120);
            turns++;
        }
        assertThat(scale()).isCloseTo(1.0, within(0.001));
        assertThat(turns).isGreaterThan(1).isLessThan(40);
        assertThat(status()).isEqualTo("Zoom 100 % (tamaño real)");
        button("Ajustar");
        assertThat(scale()).isCloseTo(fitted(), within(0.01));
        assertThat(scrollLeft()).isZero();
    }

    @Test
    void arrowsAndAMouseDragPanTheDrawingAndADragDoesNotFollowALink() {
        open(1280, "light");
        button("Tamaño real");
        SITE.browser().js("arguments[0].scrollLeft = 0; arguments[0].scrollTop = 0; arguments[0].focus()", region());
        key(Keys.ARROW_RIGHT);
        key(Keys.ARROW_DOWN);
        assertThat(scrollLeft()).isEqualTo(60);
        assertThat(scrollTop()).isEqualTo(60);
        key(Keys.ARROW_LEFT);
        assertThat(scrollLeft()).isZero();

        String url = SITE.browser().driver().getCurrentUrl();
        WebElement box = SITE.browser().driver().findElements(By.cssSelector(".bmm-diagram-wide a.bmm-diagram-element")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow();
        new Actions(SITE.browser().driver()).moveToElement(box).perform();
        double left = scrollLeft();
        double top = scrollTop();
        new Actions(SITE.browser().driver()).clickAndHold().moveByOffset(-200, -100).release().perform();
        assertThat(scrollLeft() - left).isCloseTo(200, within(2.0));
        assertThat(scrollTop() - top).isCloseTo(100, within(2.0));
        assertThat(SITE.browser().driver().getCurrentUrl()).as("a drag is not a click").isEqualTo(url);
    }

    @Test
    void aPinchZoomsAPhoneFromTheNarrowLayoutIntoTheModelsOwn() {
        open(375, "light");
        WebElement narrow = DiagramViews.shownDrawing(SITE.browser());
        assertThat(narrow.getDomAttribute("class")).contains("bmm-diagram-narrow");
        assertThat(status()).endsWith("(ajustado a la pantalla)");
        @SuppressWarnings("unchecked")
        Map<String, Number> middle = (Map<String, Number>) SITE.browser().js("var r = arguments[0].getBoundingClientRect();"
                + "arguments[0].scrollIntoView(); r = arguments[0].getBoundingClientRect();"
                + "return {x: r.left + r.width / 2, y: r.top + 150};", region());
        int x = middle.get("x").intValue();
        int y = middle.get("y").intValue();
        SITE.browser().driver().executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 2));
        try {
            touch("touchStart", List.of(point(x - 20, y), point(x + 20, y)));
            touch("touchMove", List.of(point(x - 40, y), point(x + 40, y)));
            touch("touchMove", List.of(point(x - 80, y), point(x + 80, y)));
            touch("touchEnd", List.of());
        } finally {
            SITE.browser().driver().executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        }
        WebElement wide = DiagramViews.shownDrawing(SITE.browser());
        assertThat(wide.getDomAttribute("class")).contains("bmm-diagram-wide");
        assertThat(scale()).as("four times the wide drawing's fitted scale").isCloseTo(4 * fitted(), within(0.02));
        assertThat((Boolean) SITE.browser().js("var root = document.documentElement; return root.scrollWidth <= root.clientWidth"))
                .as("the page does not scroll sideways").isTrue();
        button("Ajustar");
        assertThat(DiagramViews.shownDrawing(SITE.browser()).getDomAttribute("class")).contains("bmm-diagram-narrow");
    }

    private static Map<String, Object> point(int x, int y) {
        return Map.of("x", x, "y", y);
    }

    private static void touch(String type, List<Map<String, Object>> points) {
        SITE.browser().driver().executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", type, "touchPoints", points));
    }

    @Test
    void atTheModelsScaleNoNameIsCutAndAFocusedBoxIsScrolledIntoView() throws Exception {
        open(1280, "light");
        button("Tamaño real");
        WebElement svg = DiagramViews.shownDrawing(SITE.browser());
        // 48 applications (containers), 48 functions, 32 processes and 10 nodes, each a link to its page.
        assertThat(svg.findElements(By.cssSelector("a.bmm-diagram-element")).size()).isEqualTo(138);
        assertThat(svg.findElements(By.cssSelector("circle.bmm-diagram-junction"))).hasSize(2);
        assertThat(svg.findElements(By.cssSelector(".bmm-diagram-note"))).hasSize(3);
        assertThat(svg.findElements(By.cssSelector(".bmm-diagram-line-label"))).isNotEmpty();
        assertThat(DiagramViews.cutNames(SITE.browser(), svg)).as("names ending in …").isEmpty();
        assertThat(DiagramViews.namesOutsideTheirBoxes(SITE.browser(), svg)).isEmpty();
        assertThat(DiagramViews.overlappingMarks(SITE.browser(), svg)).isEmpty();

        // The last box of the drawing, far below and right of the region's view, gets the focus.
        SITE.browser().js("arguments[0].scrollLeft = 0; arguments[0].scrollTop = 0", region());
        WebElement far = svg.findElements(By.cssSelector("a.bmm-diagram-element")).stream()
                .max(java.util.Comparator.comparingDouble(a -> ((Number) SITE.browser().js(
                        "var r = arguments[0].getBBox(); return r.x + r.y;", a)).doubleValue())).orElseThrow();
        SITE.browser().js("arguments[0].focus()", far);
        assertThat((Boolean) SITE.browser().js("var b = arguments[0].getBoundingClientRect(), v = arguments[1].getBoundingClientRect();"
                + "return b.left >= v.left && b.right <= v.right && b.top >= v.top && b.bottom <= v.bottom;", far, region()))
                .as("the focused box is inside the region's view").isTrue();

        // A view of the notation at 1:1 (containers, junctions, named lines, notes in their group, processes).
        SITE.browser().js("arguments[0].scrollLeft = 1400; arguments[0].scrollTop = 1130;"
                + "window.scrollTo({top: arguments[0].getBoundingClientRect().top + scrollY - 60, behavior: 'instant'})",
                region());
        Path shot = Path.of("target", "screenshots", "diagram-large-1to1.png");
        SITE.browser().screenshot(shot);
        if (Boolean.getBoolean("docs.screenshots")) {
            Files.copy(shot, Path.of("..", "docs", "diagram-large-1to1.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void thePageNeverScrollsSidewaysAt320PxWhateverTheZoom() {
        open(320, "light");
        String noSideScroll = "var root = document.documentElement; return root.scrollWidth <= root.clientWidth";
        assertThat((Boolean) SITE.browser().js(noSideScroll)).as("fitted").isTrue();
        button("Tamaño real");
        assertThat(scale()).isCloseTo(1.0, within(0.001));
        assertThat((Boolean) SITE.browser().js(noSideScroll)).as("at 1:1").isTrue();
        assertThat((Boolean) SITE.browser().js("return arguments[0].scrollWidth > arguments[0].clientWidth", region()))
                .as("the drawing scrolls inside its region").isTrue();
    }

    @Test
    void axeFindsNothingAt375And1280PxLightAndDark() throws Exception {
        AxeFindings axe = new AxeFindings();
        for (String scheme : List.of("light", "dark")) {
            for (int width : new int[] {375, 1280}) {
                open(width, scheme);
                SITE.browser().js("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
                axe.check(SITE.browser(), width + " px, " + scheme);
                SITE.browser().screenshot(Path.of("target", "screenshots", "diagram-large-" + width + "-" + scheme + ".png"));
            }
        }
        axe.assertNone();
    }
}
