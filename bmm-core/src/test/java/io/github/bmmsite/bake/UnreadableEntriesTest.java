package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.source.SpecialFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Entries of the source folder that cannot be read are warnings with their name, and the bake goes
 * on; a bake that finds the site up to date reports them again.
 */
class UnreadableEntriesTest {

    @TempDir
    Path project;

    /** A FIFO opened for reading waits for a writer that never comes: only that could reach the bound. */
    @Test
    void areWarningsAndTheSiteIsBakedWithoutOpeningAFifo() throws Exception {
        Path source = Files.createDirectories(project.resolve("src/bmm"));
        Files.writeString(source.resolve("vista.md"), "## Vista\n\n### O1: Uno\nTexto.\n");
        Files.createSymbolicLink(source.resolve("roto.md"), Path.of("borrado.md"));
        Files.createSymbolicLink(source.resolve("bucle.md"), Path.of("bucle.md"));
        SpecialFiles.fifo(source.resolve("tuberia.md"));
        BakeOptions options = BakeOptions.builder().projectDir(project).buildDir(project.resolve("target"))
                .source(source).output(project.resolve("target/site")).language("es")
                .baseUrl("https://example.org/").outputTimestamp("2026-01-01T00:00:00Z").build();

        BakeResult result = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> new Baker(options).bake());

        assertThat(result.diagnostics()).extracting(Diagnostic::format).satisfiesExactly(
                loop -> assertThat(loop).startsWith("src/bmm/bucle.md: warning [BMM014] this entry of the source"
                                + " folder is not read: it is a link that cannot be followed (" + source.resolve("bucle.md"))
                        .contains("too many levels of symbolic links"),
                dangling -> assertThat(dangling).isEqualTo("src/bmm/roto.md: warning [BMM014] this entry of the source"
                        + " folder is not read: it is a link to 'borrado.md', which does not exist"),
                fifo -> assertThat(fifo).isEqualTo("src/bmm/tuberia.md: warning [BMM014] this entry of the source"
                        + " folder is not read: it is neither a file nor a folder (a FIFO, socket or device)"));
        assertThat(project.resolve("target/site/elementos/o1.html")).isRegularFile();
        BakeResult upToDate = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> new Baker(options).bake());
        assertThat(upToDate.cache().upToDate()).isTrue();
        assertThat(upToDate.diagnostics()).isEqualTo(result.diagnostics());
    }
}
