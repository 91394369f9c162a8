package io.github.bmmsite.bake;

import java.nio.file.Path;
import java.util.Map;

/** Bake options for the seed documentation project in {@code content/}, as its POM sets them. */
public final class SeedSite {

    static final Path SOURCE = Path.of("..", "content", "src", "bmm").toAbsolutePath().normalize();

    /** The slice of the architecture model the seed was exported from (coArchi layout). */
    static final Path MODEL = SOURCE.resolveSibling("model");

    /** The parent POM's {@code project.build.outputTimestamp}. */
    static final String OUTPUT_TIMESTAMP = "2026-01-01T00:00:00Z";

    /** The POM's {@code <config>}. */
    static final Map<String, String> CONFIG = Map.of(
            "site_title", "Arquitectura institucional · Secretaría General",
            "entity_name", "Secretaría General de la Alcaldía Mayor de Bogotá D.C.",
            "entity_url", "https://secretariageneral.gov.co/",
            "site_description", "Objetivos estratégicos de la Secretaría General de la Alcaldía Mayor de Bogotá D.C."
                    + " y su alineación con los objetivos de la Oficina de Tecnologías de la Información y las"
                    + " Comunicaciones (OTIC).");

    private SeedSite() {
    }

    /** Options that bake the seed into {@code output}, with {@code work} as the build folder. */
    public static BakeOptions options(Path work, Path output) {
        return BakeOptions.builder().projectDir(SOURCE.getParent().getParent()).buildDir(work).source(SOURCE)
                .output(output).templates(work.resolve("no-templates")).assets(work.resolve("no-assets"))
                .language("es").baseUrl("https://bmmsite.github.io/bmm-site/")
                .variables(Map.of("CLIENTE", "Secretaría General de la Alcaldía Mayor de Bogotá D.C."))
                .config(CONFIG).model(MODEL).outputTimestamp(OUTPUT_TIMESTAMP).build();
    }
}
