package io.github.bmmsite.bake;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Bake options for the seed documentation project in {@code content/}, as its POM sets them. */
final class SeedSite {

    static final Path SOURCE = Path.of("..", "content", "src", "bmm").toAbsolutePath().normalize();

    private SeedSite() {
    }

    static BakeOptions options(Path work, Path output) {
        return new BakeOptions(SOURCE.getParent().getParent(), work, SOURCE, output, work.resolve("no-templates"),
                work.resolve("no-assets"), false, Optional.of("es"), Optional.of("https://bmmsite.github.io/bmm-site/"), StandardCharsets.UTF_8,
                Map.of("CLIENTE", "Secretaría General de la Alcaldía Mayor de Bogotá D.C."),
                Map.of("site_title", "Arquitectura institucional · Secretaría General"));
    }
}
