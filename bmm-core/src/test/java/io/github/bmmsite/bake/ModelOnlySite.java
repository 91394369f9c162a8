package io.github.bmmsite.bake;

import io.github.bmmsite.archimate.LargeModelFixture;
import io.github.bmmsite.model.ArchitectureOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A site of the large fixture model ({@link LargeModelFixture}) alone: an empty source folder, every
 * view of the model a page of its own.
 */
public final class ModelOnlySite {

    private ModelOnlySite() {
    }

    /** Options that bake the fixture model, written into {@code work}, into {@code work/site}. */
    public static BakeOptions options(Path work, ArchitectureOptions architecture) throws IOException {
        Path source = work.resolve("src");
        Files.createDirectories(source);
        Path model = work.resolve("modelo.archimate");
        LargeModelFixture.write(model);
        return BakeOptions.builder().projectDir(work).buildDir(work).source(source).output(work.resolve("site"))
                .language("es").baseUrl("https://example.org/modelo/")
                .config(Map.of("site_title", "Arquitectura institucional")).model(model).cache(false).architecture(architecture).build();
    }

    /** Bakes the fixture model into {@code work/site} with the default options; returns the site folder. */
    public static Path bake(Path work) throws Exception {
        BakeOptions options = options(work, ArchitectureOptions.DEFAULT);
        new Baker(options).bake();
        return options.output();
    }
}
