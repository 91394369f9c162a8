package io.github.bmmsite.browser;

import io.github.bmmsite.bake.BakeOptions;
import io.github.bmmsite.bake.Baker;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** A site baked from documents that a test writes, into {@code target/browser-sites/<name>/site}. */
final class CustomSite {

    private CustomSite() {
    }

    /** Writes the files (path in the source folder: text) and bakes them; returns the site folder. */
    static Path bake(String name, Map<String, String> files) throws Exception {
        return bake(name, files, Optional.empty());
    }

    /** As {@link #bake(String, Map)}, with an architecture model ({@code bmm.model}). */
    static Path bake(String name, Map<String, String> files, Optional<Path> model) throws Exception {
        Path work = Path.of("target", "browser-sites", name).toAbsolutePath();
        Path source = work.resolve("src");
        if (Files.exists(source)) {
            try (var old = Files.walk(source)) {
                for (Path file : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(source);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = source.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
        Path site = work.resolve("site");
        new Baker(BakeOptions.builder().projectDir(work).buildDir(work).source(source).output(site)
                .language("es").baseUrl("https://example.org/" + name + "/").config(Map.of("site_title", name))
                .model(model.orElse(null)).build()).bake();
        return site;
    }
}
