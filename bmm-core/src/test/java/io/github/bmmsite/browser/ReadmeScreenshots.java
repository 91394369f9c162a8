package io.github.bmmsite.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's screenshots of the seed site, taken again with {@code -Dscreenshots.update=true}
 * (light scheme; the first screen of each page, as a reader first sees it):
 * {@code mvn -o -pl site-template,bmm-core test -Dtest=ReadmeScreenshots -Dsurefire.failIfNoSpecifiedTests=false -Dscreenshots.update=true}.
 */
@EnabledIfSystemProperty(named = "screenshots.update", matches = "true")
class ReadmeScreenshots {

    private static final Path IMAGES = Path.of("..", "docs", "images");
    private static final Map<String, String> PAGES = pages();

    @RegisterExtension
    static final ServedSite SITE = new ServedSite(SeedSiteForBrowsers::site);

    private static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "index.html");
        pages.put("element", "elementos/o5.html");
        pages.put("matrix", "matrices/objetivos-otic.html");
        return pages;
    }

    @Test
    void takesTheSeedsHomeAnElementAndAMatrixAtPhoneAndDesktopWidths() throws Exception {
        SITE.browser().colorScheme("light");
        for (Map.Entry<String, String> page : PAGES.entrySet()) {
            for (int[] size : List.of(new int[] {375, 812}, new int[] {1280, 900})) {
                SITE.browser().viewport(size[0], size[1]);
                SITE.browser().open(SITE.url(page.getValue()));
                // Every thumbnail in, lazy or not, before the picture is taken.
                SITE.browser().js("document.querySelectorAll('img').forEach(function (i) { i.loading = 'eager'; })");
                SITE.browser().js("return Promise.all(Array.from(document.images).map(function (i) {"
                        + " return i.decode().catch(function () {}); }))");
                Path file = IMAGES.resolve(page.getKey() + "-" + size[0] + ".png");
                SITE.browser().screenshot(file);
                assertThat(Files.size(file)).as(file.toString()).isGreaterThan(10_000);
            }
        }
    }
}
