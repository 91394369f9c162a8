package io.github.bmmsite.browser;

import com.sun.net.httpserver.HttpServer;
import io.github.bmmsite.bake.EntitySite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default theme in headless Chromium, on the seed site served under a sub-path: no WCAG 2.1 A/AA
 * violation that axe-core finds, at phone and desktop widths, light and dark; reflow at 320 px; one h1;
 * a working skip link; dark, reduced-motion and print styles; no request leaves the site. Screenshots
 * of the view and an element page go to {@code target/screenshots/} for people to look at.
 */
class AccessibilityBrowserTest {

    private static final String VIEW = "vistas/objetivos-estrategicos-sg-otic.html";
    private static final String ELEMENT = "elementos/o7.html";
    /** GitHub Pages answers any missing address with 404.html; here one two folders deep. */
    private static final String NOT_FOUND = "no/existe/pagina.html";
    private static final List<String> PAGES = List.of(VIEW, "grupos/objetivos-sg.html", ELEMENT,
            "search.html?q=tramite", NOT_FOUND, "elementos/gestion-financiera.html");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String WHITE = "rgb(255, 255, 255)";

    @RegisterExtension
    static final ServedSite SITE = new ServedSite(SeedSiteForBrowsers::site);

    @BeforeAll
    static void serveTheNotFoundPage() throws Exception {
        Path site = SeedSiteForBrowsers.site();
        // The 404 page links to the published address; served from here, it has to link here.
        String published = "https://bmmsite.github.io/bmm-site/";
        String notFound = Files.readString(site.resolve("404.html"));
        assertThat(notFound).contains(published + "assets/css/bmm.css");
        byte[] body = notFound.replace(published, "/repo/").getBytes(StandardCharsets.UTF_8);
        SITE.server().createContext("/repo/no/", exchange -> {
            try (exchange; OutputStream out = exchange.getResponseBody()) {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(404, body.length);
                out.write(body);
            }
        });
    }

    private static String base(HttpServer on) {
        return "http://127.0.0.1:" + on.getAddress().getPort() + "/repo/";
    }

    /** Lays pages out at this width, as a phone or a desktop window would (a window cannot be this narrow). */
    private static void media(String type, String colorScheme, String motion) {
        SITE.browser().driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", type, "features", List.of(
                Map.of("name", "prefers-color-scheme", "value", colorScheme),
                Map.of("name", "prefers-reduced-motion", "value", motion))));
    }

    private static void open(String url) {
        SITE.browser().open(url);
    }

    @Test
    void axeFindsNoViolationsAtPhoneAndDesktopWidthsInLightAndDark() throws Exception {
        AxeFindings axe = new AxeFindings();
        for (String scheme : List.of("light", "dark")) {
            for (int width : new int[] {375, 1280}) {
                SITE.browser().viewport(width, 900);
                media("screen", scheme, "no-preference");
                for (String page : PAGES) {
                    open(SITE.url(page));
                    axe.check(SITE.browser(), page + " at " + width + " px, " + scheme);
                }
            }
        }
        axe.assertNone();
    }

    @Test
    void pagesReflowAt320PixelsAndWithTextAt200Percent() {
        media("screen", "light", "no-preference");
        for (String page : PAGES) {
            SITE.browser().viewport(320, 800);
            open(SITE.url(page));
            assertThat(horizontalOverflow()).as(page + " at 320 px: elements wider than the page").isEmpty();
            SITE.browser().viewport(1280, 900);
            open(SITE.url(page));
            SITE.browser().js("document.documentElement.style.fontSize = '200%'");
            assertThat(horizontalOverflow()).as(page + " with text at 200%: elements wider than the page").isEmpty();
        }
    }

    /** Empty when the page does not scroll sideways; otherwise the elements that stick out, to say what to fix. */
    @SuppressWarnings("unchecked")
    private static List<String> horizontalOverflow() {
        return (List<String>) SITE.browser().js("var root = document.documentElement;"
                + "if (root.scrollWidth <= root.clientWidth) return [];"
                + "return Array.from(document.body.querySelectorAll('*'))"
                + "  .filter(function (e) { return e.getBoundingClientRect().right > root.clientWidth + 0.5; })"
                + "  .map(function (e) { return e.tagName.toLowerCase() + '.' + e.className + ' ('"
                + "    + Math.round(e.getBoundingClientRect().right) + ' > ' + root.clientWidth + ')'; })"
                + "  .concat(['scrollWidth ' + root.scrollWidth + ' > clientWidth ' + root.clientWidth]);");
    }

    @Test
    void everyPageHasOneH1AndTheLandmarks() {
        SITE.browser().viewport(1280, 900);
        media("screen", "light", "no-preference");
        for (String page : PAGES) {
            open(SITE.url(page));
            assertThat(SITE.browser().js("return document.querySelectorAll('h1').length")).as(page + ": h1 elements").isEqualTo(1L);
            assertThat((List<?>) SITE.browser().js("return ['body > header', 'main#contenido', 'body > footer', 'nav[aria-label]']"
                    + ".filter(function (s) { return !document.querySelector(s); })"))
                    .as(page + ": missing landmarks").isEmpty();
            assertThat(SITE.browser().js("return document.querySelectorAll('main').length")).as(page + ": main elements").isEqualTo(1L);
        }
    }

    @Test
    void skipLinkAppearsOnFocusAndMovesFocusToTheContent() {
        SITE.browser().viewport(1280, 900);
        media("screen", "light", "no-preference");
        for (String page : List.of(ELEMENT, NOT_FOUND)) {
            open(SITE.url(page));
            WebElement skip = SITE.browser().driver().findElement(By.className("skip-link"));
            assertThat(skip.getRect().getY() + skip.getRect().getHeight()).as(page + ": hidden before focus")
                    .isLessThanOrEqualTo(0);

            new Actions(SITE.browser().driver()).sendKeys(Keys.TAB).perform();
            assertThat(SITE.browser().driver().switchTo().activeElement()).as(page + ": first stop of the keyboard")
                    .isEqualTo(skip);
            assertThat(skip.getRect().getY()).as(page + ": on screen when focused").isGreaterThanOrEqualTo(0);
            assertThat(skip.isDisplayed()).isTrue();

            new Actions(SITE.browser().driver()).sendKeys(Keys.ENTER).perform();
            assertThat(SITE.browser().driver().switchTo().activeElement().getDomAttribute("id")).as(page + ": focus after the skip link")
                    .isEqualTo("contenido");
        }
    }

    /** Every stop of the keyboard shows a focus indicator, and focused text stays readable on it. */
    @Test
    void keyboardFocusIsVisibleAndReadable() {
        SITE.browser().viewport(1280, 900);
        List<String> problems = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            media("screen", scheme, "no-preference");
            for (String page : List.of(ELEMENT, VIEW)) {
                open(SITE.url(page));
                // What is shown: a closed disclosure's links and the drawing for other screens are not stops.
                int stops = ((Long) SITE.browser().js("return Array.from(document.querySelectorAll('a[href], input, button, summary'))"
                        + ".filter(function (e) { return e.checkVisibility(); }).length")).intValue();
                for (int i = 0; i < stops; i++) {
                    new Actions(SITE.browser().driver()).sendKeys(Keys.TAB).perform();
                    Object problem = SITE.browser().js(FOCUS_PROBLEM);
                    if (problem != null) {
                        problems.add(scheme + ", " + page + ": " + problem);
                    }
                }
            }
        }
        assertThat(problems).as("focused elements without a visible, readable focus indicator").isEmpty();
    }

    /** Null when the focused element has a visible indicator and its text a contrast of 4.5:1 with what is behind it. */
    private static final String FOCUS_PROBLEM = "var e = document.activeElement, s = getComputedStyle(e);"
            + "var name = e.tagName.toLowerCase() + ' \\'' + (e.textContent || e.placeholder || '').trim().slice(0, 40) + '\\'';"
            + "var outline = s.outlineStyle !== 'none' && !/rgba\\(.*, 0\\)$/.test(s.outlineColor) && parseFloat(s.outlineWidth) >= 2;"
            + "if (!outline && s.boxShadow === 'none') return name + ': no focus indicator';"
            + "function channels(c) { return c.match(/[\\d.]+/g).map(Number); }"
            + "function lum(c) { var v = channels(c).slice(0, 3).map(function (x) { x /= 255;"
            + "  return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });"
            + "  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }"
            + "var behind = e, bg = s.backgroundColor;"
            + "while (channels(bg).length === 4 && channels(bg)[3] < 1 && behind.parentElement) {"
            + "  behind = behind.parentElement; bg = getComputedStyle(behind).backgroundColor; }"
            + "var a = lum(s.color), b = lum(bg), ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);"
            + "return ratio >= 4.5 ? null : name + ': text ' + s.color + ' on ' + bg + ' is ' + ratio.toFixed(2) + ':1';";

    @Test
    void darkSchemeReducedMotionAndPrintHaveTheirOwnStyles() {
        SITE.browser().viewport(1280, 900);
        String body = "return getComputedStyle(document.body).backgroundColor";
        media("screen", "light", "no-preference");
        open(SITE.url(ELEMENT));
        assertThat(SITE.browser().js(body)).isEqualTo(WHITE);
        assertThat(SITE.browser().js("return getComputedStyle(document.documentElement).scrollBehavior")).isEqualTo("smooth");

        media("screen", "dark", "reduce");
        open(SITE.url(ELEMENT));
        String dark = (String) SITE.browser().js(body);
        assertThat(dark).as("dark background").isNotEqualTo(WHITE).matches("rgb\\(\\d{1,2}, \\d{1,2}, \\d{1,2}\\)");
        assertThat(SITE.browser().js("return getComputedStyle(document.body).color")).as("light text on dark").isNotEqualTo("rgb(27, 27, 27)");
        assertThat(SITE.browser().js("return getComputedStyle(document.documentElement).scrollBehavior")).isEqualTo("auto");

        // Printed from a dark screen: black on white, no navigation, search or bars.
        media("print", "dark", "no-preference");
        open(SITE.url(ELEMENT));
        assertThat(SITE.browser().js(body)).isEqualTo(WHITE);
        assertThat(SITE.browser().js("return getComputedStyle(document.querySelector('h1')).color")).isEqualTo("rgb(0, 0, 0)");
        for (String hidden : List.of(".site-nav", ".site-search", ".govco-bar", ".breadcrumbs", ".skip-link")) {
            assertThat(SITE.browser().js("return getComputedStyle(document.querySelector(arguments[0])).display", hidden))
                    .as(hidden + " in print").isEqualTo("none");
        }
        assertThat(SITE.browser().js("return getComputedStyle(document.querySelector('.entity-link'), '::after').content"))
                .as("a link that leaves the site shows its address in print")
                .isEqualTo("\" (https://secretariageneral.gov.co/)\"");
    }

    @Test
    void noRequestLeavesTheSiteAndThePolicyBlocksNothing() {
        SITE.browser().viewport(1280, 900);
        media("screen", "light", "no-preference");
        Object script = SITE.browser().driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.blocked = []; document.addEventListener('securitypolicyviolation', function (e) {"
                        + " window.blocked.push(e.violatedDirective + ' ' + e.blockedURI); });"));
        try {
            for (String page : PAGES) {
                open(SITE.url(page));
                assertThat((List<?>) SITE.browser().js("return window.blocked")).as(page + ": blocked by the Content-Security-Policy")
                        .isEmpty();
                assertThat((List<?>) SITE.browser().js("var base = arguments[0]; return performance.getEntriesByType('resource')"
                        + ".map(function (r) { return r.name; }).filter(function (n) { return n.indexOf(base) !== 0; })",
                        SITE.url(""))).as(page + ": requests outside the site").isEmpty();
            }
        } finally {
            SITE.browser().driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", ((Map<?, ?>) script).get("identifier")));
        }
    }

    @Test
    void screenshotsOfTheViewAndAnElementPage() throws Exception {
        List<Path> written = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            for (int width : new int[] {375, 1280}) {
                media("screen", scheme, "no-preference");
                for (Map.Entry<String, String> page : Map.of("view", VIEW, "element", ELEMENT).entrySet()) {
                    SITE.browser().viewport(width, 900);
                    open(SITE.url(page.getValue()));
                    written.add(fullPage(page.getKey() + "-" + width + "-" + scheme));
                }
            }
        }
        assertThat(written).allSatisfy(file -> assertThat(Files.size(file)).isGreaterThan(10_000));
    }

    private static Path fullPage(String name) throws Exception {
        long width = (Long) SITE.browser().js("return document.documentElement.clientWidth");
        long height = (Long) SITE.browser().js("return document.documentElement.scrollHeight");
        SITE.browser().viewport((int) width, (int) height);
        Path file = SCREENSHOTS.resolve(name + ".png");
        SITE.browser().screenshot(file);
        return file;
    }

    @Test
    void aProjectWithEverySettingShowsItsLogoAndContactData(@TempDir Path project) throws Exception {
        Path site = EntitySite.bake(project, EntitySite.CONFIG);
        HttpServer entity = Browser.serve(site, "/repo/");
        try {
            AxeFindings axe = new AxeFindings();
            for (String scheme : List.of("light", "dark")) {
                for (int width : new int[] {375, 1280}) {
                    SITE.browser().viewport(width, 900);
                    media("screen", scheme, "no-preference");
                    open(base(entity) + "elementos/ob1.html");
                    WebElement logo = SITE.browser().driver().findElement(By.cssSelector(".site-header img.entity-logo"));
                    assertThat(logo.getDomAttribute("alt")).isEqualTo(EntitySite.NAME);
                    assertThat(SITE.browser().js("return arguments[0].complete && arguments[0].naturalWidth", logo)).as("logo loaded")
                            .isEqualTo(160L);
                    String footer = SITE.browser().driver().findElement(By.className("site-footer")).getText();
                    assertThat(footer).contains(EntitySite.NAME, "Carrera 0 # 0-00, Ciudad de Ejemplo",
                            "+57 000 000 0000", "contacto@entidad.example", "notificaciones.judiciales@entidad.example",
                            "Lunes a viernes", "Transparencia y acceso a la información pública",
                            "Política de privacidad", "Términos y condiciones de uso", "GOV.CO");
                    assertThat(horizontalOverflow()).as("at " + width + " px").isEmpty();
                    axe.check(SITE.browser(), width + " px, " + scheme);
                    if (width == 1280) {
                        fullPage("entity-" + width + "-" + scheme);
                    }
                }
            }
            axe.assertNone();
        } finally {
            entity.stop(0);
        }
    }

    /** Pages that only a site of several views has: a shared element, a table of contents, a numbered table. */
    @Test
    void pagesOfSeveralViewsPassAxeAndReflow() throws Exception {
        Map<String, String> documents = new LinkedHashMap<>();
        for (String name : List.of("01.BMM.SituacionActual-SistemasInformacion.md", "02.BMM.ObjetivosEstrategicos.md",
                "03.BMM.Capacidades.md")) {
            try (var in = getClass().getResourceAsStream("/multi-view/" + name)) {
                documents.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        HttpServer views = Browser.serve(CustomSite.bake("many-views", documents), "/repo/");
        try {
            AxeFindings axe = new AxeFindings();
            for (String scheme : List.of("light", "dark")) {
                for (int width : new int[] {320, 1280}) {
                    SITE.browser().viewport(width, 900);
                    media("screen", scheme, "no-preference");
                    for (String page : List.of("elementos/acc2.html", "grupos/aplicaciones-misionales.html",
                            "vistas/situacion-actual-sistemas-de-informacion-sg.html")) {
                        open(base(views) + page);
                        assertThat(horizontalOverflow()).as(page + " at " + width + " px").isEmpty();
                        axe.check(SITE.browser(), page + " at " + width + " px, " + scheme);
                    }
                }
            }
            axe.assertNone();
        } finally {
            views.stop(0);
        }
    }

    /**
     * Pages of long lists, in the default page size: the second page of a group of 100 elements and of
     * the list of every element, with their navigation between pages.
     */
    @Test
    void pagesOfLongListsPassAxeAndReflow() throws Exception {
        HttpServer lists = Browser.serve(CustomSite.bake("long-lists", GeneratedModel.files(120)), "/repo/");
        try {
            AxeFindings axe = new AxeFindings();
            for (String scheme : List.of("light", "dark")) {
                for (int width : new int[] {320, 375, 1280}) {
                    SITE.browser().viewport(width, 900);
                    media("screen", scheme, "no-preference");
                    for (String page : List.of("grupos/linea-estrategica-1.pagina-2.html", "indice/elementos.pagina-2.html")) {
                        open(base(lists) + page);
                        assertThat(SITE.browser().js("return document.querySelector('nav.pagination a[aria-current=page]').textContent"))
                                .as(page).isEqualTo("2");
                        assertThat(horizontalOverflow()).as(page + " at " + width + " px").isEmpty();
                        axe.check(SITE.browser(), page + " at " + width + " px, " + scheme);
                    }
                }
            }
            axe.assertNone();
        } finally {
            lists.stop(0);
        }
    }

    /**
     * Pages that real export folders make: a compilation's document page, a view with other
     * versions (opened), a card document's view, an element whose card is a section of its
     * description. Their headings never skip a level, whatever level the export wrote them at.
     */
    @Test
    void pagesOfEveryExportShapePassAxeReflowAndKeepTheirOutline() throws Exception {
        Path folder = Path.of("src", "test", "resources", "export-shapes").toAbsolutePath();
        Path work = Path.of("target", "browser-sites", "export-shapes").toAbsolutePath();
        Path site = work.resolve("site");
        new io.github.bmmsite.bake.Baker(io.github.bmmsite.bake.BakeOptions.builder().projectDir(work).buildDir(work)
                .source(folder.resolve("bmm")).output(site).language("es").baseUrl("https://example.org/")
                .model(folder.resolve("model/dominio-aplicaciones.archimate")).cache(false).build()).bake();
        HttpServer shapes = Browser.serve(site, "/repo/");
        try {
            AxeFindings axe = new AxeFindings();
            for (int width : new int[] {320, 1280}) {
                SITE.browser().viewport(width, 900);
                media("screen", "light", "no-preference");
                for (String page : List.of("documentos/documento-de-entregables-de-la-vision.html",
                        "vistas/aplicaciones-y-procesos.html", "vistas/caracterizacion-de-aplicaciones.html",
                        "elementos/portal-ciudadano.html")) {
                    open(base(shapes) + page);
                    SITE.browser().js("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
                    assertThat(horizontalOverflow()).as(page + " at " + width + " px").isEmpty();
                    assertThat(skippedHeadingLevels()).as(page + ": headings that skip a level").isEmpty();
                    axe.check(SITE.browser(), page + " at " + width + " px");
                }
            }
            axe.assertNone();
        } finally {
            shapes.stop(0);
        }
    }

    /** The headings of the main content that come more than one level below the heading before them. */
    @SuppressWarnings("unchecked")
    private static List<String> skippedHeadingLevels() {
        return (List<String>) SITE.browser().js("var previous = 0, skipped = [];"
                + "document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6').forEach(function (h) {"
                + "  var level = Number(h.tagName.substring(1));"
                + "  if (level > previous + 1) { skipped.push(h.tagName + ' ' + h.textContent.trim()); }"
                + "  previous = level; });"
                + "return skipped;");
    }
}
