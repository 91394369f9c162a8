package io.github.bmmsite.browser;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed site opens, styled, from disk and from a server under a sub-path. */
class BrowserSmokeTest {

    @Test
    void opensFromDiskAndUnderASubPath() throws Exception {
        Path site = SeedSiteForBrowsers.site();
        HttpServer server = Browser.serve(site, "/repo/");
        try (Browser browser = Browser.start(1280, 900)) {
            for (String url : new String[] {site.resolve("elementos/o7.html").toUri().toString(),
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/repo/elementos/o7.html"}) {
                browser.driver().get(url);
                assertThat(browser.driver().findElement(By.tagName("h1")).getText()).as(url)
                        .isEqualTo("O7 Fortalecer capacidades institucionales gestión y desempeño");
                // The stylesheet loaded (under the page's Content-Security-Policy): the skip link is moved off screen.
                assertThat(browser.driver().findElement(By.className("skip-link")).getCssValue("position")).as(url)
                        .isEqualTo("absolute");
            }
        } finally {
            server.stop(0);
        }
    }
}
