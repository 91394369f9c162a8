package io.github.bmmsite.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A source folder that is a link to the export's folder is read, and an edit in it is seen. */
class LinkedSourceFolderTest {

    @TempDir
    Path project;

    @Test
    void isBakedAndAnEditIsNotTakenForUpToDate() throws Exception {
        Path export = Files.createDirectories(project.resolve("export"));
        Files.writeString(export.resolve("vista.md"), "## Vista\n\n### O1: Uno\nAntes.\n");
        Path source = Files.createSymbolicLink(project.resolve("src-bmm"), export);
        BakeOptions options = BakeOptions.builder().projectDir(project).buildDir(project.resolve("target"))
                .source(source).output(project.resolve("target/site")).strict(true).language("es")
                .baseUrl("https://example.org/").build();
        Path page = project.resolve("target/site/elementos/o1.html");

        new Baker(options).bake();
        assertThat(Files.readString(page)).contains("Antes.");

        Files.writeString(export.resolve("vista.md"), "## Vista\n\n### O1: Uno\nDespués.\n");
        BakeResult second = new Baker(options).bake();

        assertThat(second.cache().upToDate()).isFalse();
        assertThat(Files.readString(page)).contains("Después.");
    }
}
