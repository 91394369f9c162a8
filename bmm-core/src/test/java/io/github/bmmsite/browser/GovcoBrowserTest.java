package io.github.bmmsite.browser;

import com.sun.net.httpserver.HttpServer;
import io.github.bmmsite.bake.EntitySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GOV.CO conventions in headless Chromium, at phone and desktop widths, light and dark: the top bar
 * links its drawn logo to gov.co; the footer shows each of the entity's rows only when it is set; every
 * page of the seed shows its date; axe-core finds no violation. Screenshots of the bars and the footer go
 * to {@code target/screenshots/}.
 */
class GovcoBrowserTest {

    private static final String ELEMENT = "elementos/ob1.html";
    private static final String COBALT = "rgb(9, 67, 181)";
    private static final String WHITE = "rgb(255, 255, 255)";
    private static final List<String> ROWS = List.of("Dirección", "Horario de atención", "Teléfono",
            "Correo electrónico", "Correo para notificaciones judiciales");
    private static final List<String> LINKS = List.of("Transparencia y acceso a la información pública",
            "Política de privacidad y tratamiento de datos personales", "Términos y condiciones de uso");

    @RegisterExtension
    static final ServedSite SITE = new ServedSite(SeedSiteForBrowsers::site);

    private static String base(HttpServer on) {
        return "http://127.0.0.1:" + on.getAddress().getPort() + "/repo/";
    }

    private static Browser browser() {
        return SITE.browser();
    }

    @Test
    void theTopBarLinksTheDrawnGovcoLogoToTheNationalPortal() throws Exception {
        AxeFindings axe = new AxeFindings();
        for (String scheme : List.of("light", "dark")) {
            for (int width : new int[] {375, 1280}) {
                String where = width + " px, " + scheme;
                browser().viewport(width, 900);
                browser().colorScheme(scheme);
                browser().open(SITE.url("elementos/o7.html"));
                WebElement bar = browser().driver().findElement(By.cssSelector("body > header > .govco-bar:first-child"));
                assertThat(bar.getRect().getY()).as(where + ": the first thing on the page").isZero();
                assertThat(bar.getRect().getHeight()).as(where + ": the design system's 3.5rem").isEqualTo(56);
                assertThat(browser().js("return getComputedStyle(arguments[0]).backgroundColor", bar)).as(where)
                        .isEqualTo(COBALT);
                WebElement link = bar.findElement(By.tagName("a"));
                assertThat(link.getDomAttribute("href")).isEqualTo("https://www.gov.co/");
                assertThat(browser().js("return arguments[0].textContent", link))
                        .isEqualTo("GOV.CO (portal único del Estado colombiano)");
                WebElement logo = link.findElement(By.cssSelector("svg.govco-logo"));
                assertThat(logo.getDomAttribute("aria-hidden")).isEqualTo("true");
                assertThat(logo.getRect().getHeight()).as(where + ": logo height").isEqualTo(24);
                assertThat(logo.getRect().getWidth()).as(where + ": logo width").isEqualTo(140);
                assertThat(browser().js("return getComputedStyle(arguments[0]).color", logo)).as(where + ": white on cobalt")
                        .isEqualTo(WHITE);
                assertThat(link.getRect().getHeight()).as(where + ": a target a finger can hit").isGreaterThanOrEqualTo(44);
                assertThat(browser().js("return document.querySelector('footer .govco-bar svg.govco-logo') !== null"))
                        .as("the bottom bar too").isEqualTo(true);
                axe.check(browser(), "elementos/o7.html at " + where);
                if (width == 375) {
                    browser().screenshot(Path.of("target", "screenshots", "govco-bar-" + width + "-" + scheme + ".png"));
                }
            }
        }
        axe.assertNone();
    }

    @Test
    void theFooterShowsEachRowOfTheEntityOnlyWhenItIsSet(@TempDir Path every, @TempDir Path none) throws Exception {
        HttpServer full = Browser.serve(EntitySite.bake(every, EntitySite.CONFIG), "/repo/");
        HttpServer bare = Browser.serve(EntitySite.bake(none, Map.of("site_title", "Sitio sin entidad")), "/repo/");
        try {
            AxeFindings axe = new AxeFindings();
            for (String scheme : List.of("light", "dark")) {
                for (int width : new int[] {375, 1280}) {
                    String where = width + " px, " + scheme;
                    browser().viewport(width, 900);
                    browser().colorScheme(scheme);

                    browser().open(base(full) + ELEMENT);
                    assertThat(shown(".site-footer dt")).as(where).containsExactlyElementsOf(ROWS);
                    assertThat(shown(".footer-links a")).as(where).containsExactlyElementsOf(
                            Stream.concat(LINKS.stream(), Stream.of("Mapa del sitio", "Datos abiertos")).toList());
                    WebElement logo = browser().driver().findElement(By.cssSelector(".site-footer img.footer-logo"));
                    assertThat(logo.getDomAttribute("alt")).isEqualTo(EntitySite.NAME);
                    assertThat(browser().js("return arguments[0].complete && arguments[0].naturalWidth", logo))
                            .as(where + ": the logo loaded").isEqualTo(160L);
                    assertThat(shown(".site-footer .footer-title")).containsExactly(EntitySite.NAME);
                    assertThat(scrollsSideways()).as(where).isFalse();
                    axe.check(browser(), "every setting at " + where);
                    if (width == 1280 || scheme.equals("light")) {
                        footerScreenshot("footer-every-setting-" + width + "-" + scheme);
                    }

                    browser().open(base(bare) + ELEMENT);
                    assertThat(shown(".site-footer dt, .site-footer img, .footer-note")).as(where).isEmpty();
                    assertThat(shown(".footer-links a")).as(where).containsExactly("Mapa del sitio", "Datos abiertos");
                    assertThat(shown(".site-footer .footer-title")).containsExactly("Sitio sin entidad");
                    assertThat(scrollsSideways()).as(where).isFalse();
                    axe.check(browser(), "no setting at " + where);
                }
            }
            axe.assertNone();
        } finally {
            full.stop(0);
            bare.stop(0);
        }
    }

    @Test
    void everyPageOfTheSeedShowsItsDate() throws Exception {
        Path site = SeedSiteForBrowsers.site();
        List<String> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html") && !f.startsWith(site.resolve("assets")))
                    .map(f -> site.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
        browser().viewport(375, 900);
        browser().colorScheme("light");
        List<String> undated = new ArrayList<>();
        for (String page : pages) {
            // The 404 page links its stylesheet at the published address: its text is read unstyled here.
            browser().driver().get(SITE.url(page));
            try {
                String date = new WebDriverWait(browser().driver(), Duration.ofSeconds(10)).until(d -> (String) browser()
                        .js("var t = document.querySelector('footer .page-dates time[datetime]');"
                                + "return t && t.checkVisibility() ? t.getAttribute('datetime') + ' ' + t.textContent : null;"));
                if (!date.equals("2026-01-01 1 de enero de 2026")) {
                    undated.add(page + ": " + date);
                }
            } catch (TimeoutException e) {
                undated.add(page + ": no date shown");
            }
        }
        assertThat(pages).hasSizeGreaterThan(50).contains("index.html", "404.html", "mapa-del-sitio.html");
        assertThat(undated).as("pages without their visible date").isEmpty();
    }

    /** The texts of the elements {@code selector} finds that are shown. */
    @SuppressWarnings("unchecked")
    private static List<String> shown(String selector) {
        return (List<String>) browser().js("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".filter(function (e) { return e.checkVisibility(); })"
                + ".map(function (e) { return e.textContent.trim(); });", selector);
    }

    private static boolean scrollsSideways() {
        return (Boolean) browser().js("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }

    private static void footerScreenshot(String name) throws Exception {
        browser().js("document.querySelector('.site-footer').scrollIntoView()");
        browser().screenshot(Path.of("target", "screenshots", name + ".png"));
    }
}
