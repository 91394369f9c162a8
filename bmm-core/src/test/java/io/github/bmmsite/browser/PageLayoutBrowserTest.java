package io.github.bmmsite.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout of the seed's pages in headless Chromium: at 1280 px the element, view, group and document
 * pages have a side column beside their text, whose lines keep a readable measure; at 375 px nothing
 * scrolls sideways, the sections fold under the title and open by keyboard, and the elements of the
 * group follow the text; the home page's cards show their thumbnails, in the reader's colour scheme.
 * No axe-core violation at either width, light or dark.
 */
class PageLayoutBrowserTest {

    private static final String ELEMENT = "elementos/o5.html";
    /** The seed's pages of two sections or more (its document has one: the list of its views). */
    private static final List<String> PAGES = List.of(ELEMENT, "vistas/objetivos-estrategicos-sg-otic.html",
            "grupos/objetivos-sg.html");
    private static final String HOME = "index.html";

    @RegisterExtension
    static final ServedSite SITE = new ServedSite(SeedSiteForBrowsers::site);

    private static void open(String page, int width, String scheme) {
        open(page, width, scheme, "no-preference");
    }

    private static void open(String page, int width, String scheme, String motion) {
        SITE.browser().viewport(width, 900);
        SITE.browser().driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(
                Map.of("name", "prefers-color-scheme", "value", scheme),
                Map.of("name", "prefers-reduced-motion", "value", motion))));
        SITE.browser().open(SITE.url(page));
    }

    @Test
    void axeFindsNoViolationsAtPhoneAndDesktopWidthsInLightAndDark() throws Exception {
        AxeFindings axe = new AxeFindings();
        for (String scheme : List.of("light", "dark")) {
            for (int width : new int[] {375, 1280}) {
                for (String page : List.of(HOME, ELEMENT, "grupos/objetivos-sg.html",
                        "documentos/06-bmm-objetivosestrategicossg-otic.html")) {
                    open(page, width, scheme);
                    SITE.browser().js("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
                    axe.check(SITE.browser(), page + " at " + width + " px, " + scheme);
                }
            }
        }
        axe.assertNone();
    }

    @Test
    @SuppressWarnings("unchecked")
    void atDesktopWidthTheSideColumnIsBesideTheTextWhichKeepsItsMeasure() {
        for (String page : PAGES) {
            open(page, 1280, "light");
            Map<String, Number> text = (Map<String, Number>) SITE.browser().js(BOX, ".page-text");
            Map<String, Number> aside = (Map<String, Number>) SITE.browser().js(BOX, ".page-aside");
            assertThat(aside.get("width").doubleValue()).as(page + ": the side column shows").isGreaterThan(200);
            assertThat(aside.get("left").doubleValue()).as(page + ": the side column right of the text")
                    .isGreaterThanOrEqualTo(text.get("right").doubleValue() + 16);
            assertThat(aside.get("top").doubleValue()).as(page + ": level with the text's top")
                    .isBetween(text.get("top").doubleValue(), text.get("top").doubleValue() + 40);
            assertThat(aside.get("right").doubleValue()).as(page + ": inside the window").isLessThanOrEqualTo(1280);
            assertThat(SITE.browser().js("return getComputedStyle(document.querySelector('.page-sections-folded')).display"))
                    .as(page + ": the folded sections are hidden").isEqualTo("none");
            if (page.startsWith("vistas/")) {
                Map<String, Number> drawing = (Map<String, Number>) SITE.browser().js(BOX, ".bmm-diagram");
                assertThat(drawing.get("top").doubleValue()).as(page + ": the drawing below the side column")
                        .isGreaterThanOrEqualTo(aside.get("top").doubleValue() + aside.get("height").doubleValue());
                assertThat(drawing.get("right").doubleValue()).as(page + ": the drawing takes the whole width")
                        .isEqualTo(aside.get("right").doubleValue());
            }
            assertThat((List<Number>) SITE.browser().js(CHARACTERS_PER_LINE)).as(page + ": characters per line of its paragraphs")
                    .isNotEmpty().allSatisfy(characters -> assertThat(characters.doubleValue()).isBetween(60.0, 75.0));
        }
    }

    @Test
    void atPhoneWidthTheSectionsFoldUnderTheTitleAndOpenByKeyboard() {
        for (String page : PAGES) {
            open(page, 375, "light");
            assertThat(SITE.browser().js("return document.documentElement.scrollWidth")).as(page + ": no sideways scrolling")
                    .isEqualTo(375L);
            assertThat(SITE.browser().js("return getComputedStyle(document.querySelector('.page-aside .page-sections')).display"))
                    .as(page + ": the side copy of the sections is hidden").isEqualTo("none");
        }
        // Without motion, a link to a section lands on it at once.
        open(ELEMENT, 375, "light", "reduce");
        assertThat(SITE.browser().js("var text = document.querySelector('.page-text').getBoundingClientRect();"
                + "return document.querySelector('.page-neighbours').getBoundingClientRect().top >= text.bottom"))
                .as("the group's elements after the text").isEqualTo(true);
        WebElement summary = SITE.browser().driver().findElement(By.cssSelector(".page-sections-folded summary"));
        SITE.browser().js("arguments[0].previousElementSibling.tabIndex = -1; arguments[0].previousElementSibling.focus();",
                summary.findElement(By.xpath("..")));
        new Actions(SITE.browser().driver()).sendKeys(Keys.TAB).perform();
        assertThat(SITE.browser().driver().switchTo().activeElement()).as("the disclosure is the next stop").isEqualTo(summary);
        assertThat(SITE.browser().driver().findElement(By.cssSelector(".page-sections-folded a")).isDisplayed()).isFalse();
        new Actions(SITE.browser().driver()).sendKeys(Keys.ENTER).perform();
        new Actions(SITE.browser().driver()).sendKeys(Keys.TAB).perform();
        WebElement first = SITE.browser().driver().switchTo().activeElement();
        assertThat(first.getText()).isEqualTo("Descripción");
        new Actions(SITE.browser().driver()).sendKeys(Keys.ENTER).perform();
        assertThat(SITE.browser().js("return location.hash")).isEqualTo("#descripcion");
        assertThat(SITE.browser().js("return document.getElementById('descripcion').getBoundingClientRect().top"))
                .as("the section's heading at the top of the window").satisfies(top -> assertThat(((Number) top).doubleValue())
                        .isBetween(-1.0, 1.0));
    }

    @Test
    void theHomePageCardsShowTheirThumbnailsInTheReadersScheme() {
        for (String scheme : List.of("light", "dark")) {
            for (int width : new int[] {375, 1280}) {
                open(HOME, width, scheme);
                List<WebElement> thumbnails = SITE.browser().driver().findElements(By.cssSelector(".view-card img"));
                assertThat(thumbnails).hasSize(1);
                for (WebElement thumbnail : thumbnails) {
                    SITE.browser().js("arguments[0].scrollIntoView()", thumbnail);
                    SITE.browser().js("return arguments[0].decode()", thumbnail);
                    assertThat(SITE.browser().js("return arguments[0].complete && arguments[0].naturalWidth", thumbnail))
                            .as("loaded at " + width + " px, " + scheme).isEqualTo(320L);
                    assertThat(SITE.browser().js("return arguments[0].closest('a').textContent", thumbnail))
                            .isEqualTo("Objetivos Estratégicos SG-OTIC");
                    assertThat(SITE.browser().js(CORNER_COLOUR, thumbnail)).as(scheme + " background of the drawing")
                            .isEqualTo(scheme.equals("light") ? "255,255,255" : "15,23,34");
                }
                assertThat(SITE.browser().js("return document.documentElement.scrollWidth")).isEqualTo((long) width);
            }
        }
    }

    /** An element's box in the page, in CSS pixels. */
    private static final String BOX = "var r = document.querySelector(arguments[0]).getBoundingClientRect();"
            + "return {left: r.left, right: r.right, top: r.top + scrollY, width: r.width, height: r.height};";

    /**
     * For each paragraph of the page's text longer than two lines: how many of its own characters a line
     * holds, its width over the mean width of its characters set on one line.
     */
    private static final String CHARACTERS_PER_LINE = "return Array.from(document.querySelectorAll('.page-text p'))"
            + ".filter(function (p) { return p.getClientRects().length && p.textContent.length > 200; })"
            + ".map(function (p) {"
            + "  var line = document.createElement('span'); line.style.whiteSpace = 'nowrap';"
            + "  line.textContent = p.textContent.replace(/\\s+/g, ' ').trim(); p.appendChild(line);"
            + "  var perCharacter = line.getBoundingClientRect().width / line.textContent.length; line.remove();"
            + "  return p.getBoundingClientRect().width / perCharacter; });";

    /** The colour of the thumbnail's top left pixel, as the page paints it. */
    private static final String CORNER_COLOUR = "var canvas = document.createElement('canvas'); canvas.width = 4; canvas.height = 4;"
            + "var context = canvas.getContext('2d'); context.drawImage(arguments[0], 0, 0, 320, 180);"
            + "return Array.from(context.getImageData(1, 1, 1, 1).data.slice(0, 3)).join(',');";
}
