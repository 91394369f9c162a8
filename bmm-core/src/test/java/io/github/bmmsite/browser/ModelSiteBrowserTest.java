package io.github.bmmsite.browser;

import com.sun.net.httpserver.HttpServer;
import io.github.bmmsite.archimate.LargeModelFixture;
import io.github.bmmsite.bake.ModelOnlySite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    @TempDir
    static Path work;
    private static HttpServer server;
    private static Browser browser;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        server = Browser.serve(ModelOnlySite.bake(work), "/repo/");
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/repo/";
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

    private static Object js(String script, Object... args) {
        return browser.driver().executeScript(script, args);
    }

    private static void viewport(int width, int height) {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    @Test
    void everyViewOfTheModelIsReachedFromTheModeloPage() {
        viewport(1280, 900);
        browser.colorScheme("light");
        browser.open(base + "index.html");
        browser.driver().findElement(By.linkText("Modelo (32 vistas)")).click();
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(base + MODEL);

        Map<String, String> titles = new LinkedHashMap<>();
        for (WebElement link : browser.driver().findElements(By.cssSelector("main .model-views a"))) {
            titles.put(link.getDomProperty("href"), link.getText());
        }
        assertThat(titles).hasSize(LargeModelFixture.VIEWS);
        titles.forEach((url, title) -> {
            browser.open(url);
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).as(url).isEqualTo(title);
            assertThat(browser.driver().findElements(By.cssSelector("main figure.bmm-diagram svg"))).as(url).isNotEmpty();
        });
    }

    @Test
    void axeFindsNoViolationsAtPhoneAndDesktopWidthsInLightAndDark() throws Exception {
        Map<String, String> violations = new LinkedHashMap<>();
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            for (int width : new int[] {375, 1280}) {
                viewport(width, 900);
                for (String page : PAGES) {
                    browser.open(base + page);
                    // What a reader opens is checked too: the relationship notes and the text version of the drawing.
                    js("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
                    String found = browser.axeViolations();
                    if (!found.equals("[]")) {
                        violations.put(page + " at " + width + " px, " + scheme, found);
                    }
                }
            }
        }
        assertThat(violations).as("axe-core violations (WCAG 2.1 A/AA):%n%s", String.join("\n", violations.entrySet()
                .stream().map(e -> e.getKey() + ": " + e.getValue()).toList())).isEmpty();
    }

    @Test
    void noPageScrollsSidewaysAt320Pixels() {
        browser.colorScheme("light");
        viewport(320, 800);
        for (String page : PAGES) {
            browser.open(base + page);
            js("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
            assertThat((Boolean) js("var root = document.documentElement; return root.scrollWidth <= root.clientWidth"))
                    .as(page + " at 320 px: the page scrolls sideways").isTrue();
        }
    }

    @Test
    void aRelationshipsNotesOpenFromTheKeyboardAndLeadToItsPage() {
        viewport(375, 900);
        browser.colorScheme("light");
        browser.open(base + ELEMENT);
        WebElement details = browser.driver().findElement(By.cssSelector("section.relations details.relation-details"));
        WebElement summary = details.findElement(By.tagName("summary"));
        assertThat(details.findElement(By.cssSelector(".document-text")).isDisplayed()).isFalse();

        js("arguments[0].focus()", summary);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(details.getDomProperty("open")).isEqualTo("true");
        assertThat(details.findElement(By.cssSelector(".document-text")).getText())
                .isEqualTo("Acordado en el comité de arquitectura (acta 0).");
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("href"))
                .as("the next stop: the relationship's page").isEqualTo("../" + RELATION);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(base + RELATION);
    }
}
