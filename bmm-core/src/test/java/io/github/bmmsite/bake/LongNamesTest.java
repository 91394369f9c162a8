package io.github.bmmsite.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Names far longer than a file name may be make pages all the same, each in a file of its own. */
class LongNamesTest {

    @TempDir
    Path project;

    @Test
    void viewsGroupsAndElementsWithNamesOfHundredsOfCharactersAreBaked() throws Exception {
        String longName = "Fortalecimiento de la gestión pública y de la atención a la ciudadanía ".repeat(6);
        Path source = Files.createDirectories(project.resolve("src/bmm"));
        Files.writeString(source.resolve("vista.md"), "## Vista: " + longName + "\n\n"
                + "### Grupo: " + longName + "\n\n"
                + "### " + longName + "en la sede central\nTexto uno.\n\n"
                + "### " + longName + "en las sedes locales\nTexto dos.\n\n"
                + "### " + "\uD83D\uDE80".repeat(200) + " " + "ñandú ".repeat(80) + "\nTexto tres.\n");
        Path site = project.resolve("target/site");

        BakeResult result = new Baker(BakeOptions.builder().projectDir(project)
                .buildDir(project.resolve("target")).source(source).output(site).strict(true).language("es")
                .baseUrl("https://example.org/").outputTimestamp("2026-01-01T00:00:00Z").build()).bake();

        assertThat(result.diagnostics()).isEmpty();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(pages).extracting(p -> site.relativize(p.getParent()).toString())
                .containsOnlyOnce("vistas", "grupos")
                .filteredOn("elementos"::equals).hasSize(3);
        assertThat(pages).allSatisfy(page -> assertThat(page.getFileName().toString().getBytes(StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(143));
        StringBuilder elementPages = new StringBuilder();
        for (Path page : pages.stream().filter(p -> p.getParent().endsWith("elementos")).toList()) {
            elementPages.append(Files.readString(page));
        }
        assertThat(elementPages).contains("Texto uno", "Texto dos", "Texto tres");
    }
}
