package io.github.bmmsite.browser;

import io.github.bmmsite.bake.Baker;
import io.github.bmmsite.bake.SeedSite;

import java.nio.file.Path;

/** The seed site, baked once into {@code target/browser-site} for the browser tests. */
final class SeedSiteForBrowsers {

    static final Path SITE = Path.of("target", "browser-site").toAbsolutePath();
    private static boolean baked;

    private SeedSiteForBrowsers() {
    }

    static synchronized Path site() throws Exception {
        if (!baked) {
            new Baker(SeedSite.options(Path.of("target").toAbsolutePath(), SITE)).bake();
            baked = true;
        }
        return SITE;
    }
}
