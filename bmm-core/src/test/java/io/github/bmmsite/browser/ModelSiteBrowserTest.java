package io.github.bmmsite.browser;

import io.github.bmmsite.archimate.LargeModelFixture;
import io.github.bmmsite.bake.ModelOnlySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site of the large fixture model alone, in headless Chromium: every view reached from the
 * "Modelo" page; no WCAG 2.1 A/AA violation axe-core finds on the Modelo page, a model-only view and
 * an element page with properties and relationship notes, at phone and desktop widths, light and
 * dark; no sideways page scroll at 320 px (the diagram scrolls inside its own region).
 */
class ModelSiteBrowserTest {

    private static final String MODEL = "modelo/index.html";
    private static final String LARGE_VIEW = "vistas/06-1-mapa-general-de-aplicaciones.html";
    private static final String SMALL_VIEW = "vistas/vista-3.html";
    /** Properties, a named relationship with documentation and properties, and plain ones. */
    private static final String ELEMENT = "elementos/app01.html";
    private static final String RELATION = "relaciones/app01-realiza-pro01.html";
    private static final List<String> PAGES = List.of(MODEL, LARGE_VIEW, SMALL_VIEW, ELEMENT, RELATION);

    @RegisterExtension
    static final ServedSite SITE = new ServedSite(() -> ModelOnlySite.bake(Path.of("target", "browser-sites", "model-only").toAbsolutePath()));

    @Test
    void everyViewOfTheModelIsReachedFromTheModeloPage() {
        SITE.browser().viewport(1280, 900);
        SITE.browser().colorScheme("light");
        SITE.browser().open(SITE.url("index.html"));
        SITE.browser().driver().findElement(By.linkText("Modelo (32 vistas)")).click();
        assertThat(SITE.browser().driver().getCurrentUrl()).isEqualTo(SITE.url(MODEL));

        Map<String, String> titles = new LinkedHashMap<>();
        for (WebElement link : SITE.browser().driver().findElements(By.cssSelector("main .model-views a"))) {
            titles.put(link.getDomProperty("href"), link.getText());
        }
        assertThat(titles).hasSize(LargeModelFixture.VIEWS);
        titles.forEach((url, title) -> {
            SITE.browser().open(url);
            assertThat(SITE.browser().driver().findElement(By.tagName("h1")).getText()).as(url).isEqualTo(title);
            assertThat(SITE.browser().driver().findElements(By.cssSelector("main figure.bmm-diagram svg"))).as(url).isNotEmpty();
        });
    }

    @Test
    void axeFindsNoViolationsAtPhoneAndDesktopWidthsInLightAndDark() throws Exception {
        AxeFindings axe = new AxeFindings();
        for (String scheme : List.of("light", "dark")) {
            SITE.browser().colorScheme(scheme);
            for (int width : new int[] {375, 1280}) {
                SITE.browser().viewport(width, 900);
                for (String page : PAGES) {
                    SITE.browser().open(SITE.url(page));
                    // What a reader opens is checked too: the relationship notes and the text version of the drawing.
                    SITE.browser().js("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
                    axe.check(SITE.browser(), page + " at " + width + " px, " + scheme);
                }
            }
        }
        axe.assertNone();
    }

    @Test
    void noPageScrollsSidewaysAt320Pixels() {
        SITE.browser().colorScheme("light");
        SITE.browser().viewport(320, 800);
        for (String page : PAGES) {
            SITE.browser().open(SITE.url(page));
            SITE.browser().js("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
            assertThat((Boolean) SITE.browser().js("var root = document.documentElement; return root.scrollWidth <= root.clientWidth"))
                    .as(page + " at 320 px: the page scrolls sideways").isTrue();
        }
    }

    @Test
    void aRelationshipsNotesOpenFromTheKeyboardAndLeadToItsPage() {
        SITE.browser().viewport(375, 900);
        SITE.browser().colorScheme("light");
        SITE.browser().open(SITE.url(ELEMENT));
        WebElement details = SITE.browser().driver().findElement(By.cssSelector("section.relations details.relation-details"));
        WebElement summary = details.findElement(By.tagName("summary"));
        assertThat(details.findElement(By.cssSelector(".document-text")).isDisplayed()).isFalse();

        SITE.browser().js("arguments[0].focus()", summary);
        new Actions(SITE.browser().driver()).sendKeys(Keys.ENTER).perform();
        assertThat(details.getDomProperty("open")).isEqualTo("true");
        assertThat(details.findElement(By.cssSelector(".document-text")).getText())
                .isEqualTo("Acordado en el comité de arquitectura (acta 0).");
        new Actions(SITE.browser().driver()).sendKeys(Keys.TAB).perform();
        assertThat(SITE.browser().driver().switchTo().activeElement().getDomAttribute("href"))
                .as("the next stop: the relationship's page").isEqualTo("../" + RELATION);
        new Actions(SITE.browser().driver()).sendKeys(Keys.ENTER).perform();
        assertThat(SITE.browser().driver().getCurrentUrl()).isEqualTo(SITE.url(RELATION));
    }
}
