package io.github.bmmsite.browser;

import io.github.bmmsite.bake.BakeOptions;
import io.github.bmmsite.bake.Baker;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The seed site, baked once into {@code target/browser-site} for the browser tests. */
final class SeedSiteForBrowsers {

    static final Path SITE = Path.of("target", "browser-site").toAbsolutePath();
    private static boolean baked;

    private SeedSiteForBrowsers() {
    }

    static synchronized Path site() throws Exception {
        if (!baked) {
            Path source = Path.of("..", "content", "src", "bmm").toAbsolutePath().normalize();
            new Baker(new BakeOptions(source.getParent().getParent(), Path.of("target").toAbsolutePath(), source,
                    SITE, null, null, false, Optional.of("es"), Optional.of("https://bmmsite.github.io/bmm-site/"),
                    StandardCharsets.UTF_8, Map.of("CLIENTE", "Secretaría General de la Alcaldía Mayor de Bogotá D.C."),
                    Map.of("site_title", "Arquitectura institucional · Secretaría General"))).bake();
            baked = true;
        }
        return SITE;
    }
}
