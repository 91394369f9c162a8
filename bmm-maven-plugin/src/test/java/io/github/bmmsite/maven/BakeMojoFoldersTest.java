package io.github.bmmsite.maven;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code -Dbmm.source} and {@code -Dbmm.output} bake any folder into any other one. */
@MojoTest
@Basedir("/unit/small-view")
class BakeMojoFoldersTest {

    @TempDir
    Path temp;

    @Inject
    MavenSession session;

    private Path source;
    private Path output;

    /** Before the mojo is configured, as the command line is. */
    @BeforeEach
    void foldersFromTheCommandLine() throws IOException {
        source = Files.createDirectories(temp.resolve("exported"));
        Files.writeString(source.resolve("procesos.md"),
                "## Procesos\n\n### PR1: Atender solicitudes\nAtender las solicitudes de la ciudadanía.\n");
        output = temp.resolve("published");
        session.getUserProperties().setProperty("bmm.source", source.toString());
        session.getUserProperties().setProperty("bmm.output", output.toString());
    }

    @Test
    @InjectMojo(goal = "bake")
    void bakesTheGivenSourceFolderIntoTheGivenOutputFolder(BakeMojo mojo) throws Exception {
        mojo.execute();

        assertThat(output.resolve("index.html")).isRegularFile();
        assertThat(output.resolve("vistas/procesos.html")).isRegularFile();
        assertThat(Files.readString(output.resolve("elementos/pr1.html")))
                .contains("Atender las solicitudes de la ciudadanía.");
        // Not the project's own src/bmm, which holds OB1.
        assertThat(output.resolve("elementos/ob1.html")).doesNotExist();
    }
}
