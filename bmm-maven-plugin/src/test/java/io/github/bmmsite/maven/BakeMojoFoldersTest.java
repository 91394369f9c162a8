package io.github.bmmsite.maven;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        // As on a command line: one property, a comma-separated list.
        session.getUserProperties().setProperty("bmm.keep", "informes/**,LEEME.txt");
    }

    /** A Pages folder of a checkout, with a site some other tool made. */
    private void publishingFolderOfAnotherTool() throws IOException {
        Files.createDirectories(output.resolve(".git"));
        Files.writeString(output.resolve(".git/HEAD"), "ref: refs/heads/gh-pages\n");
        Files.writeString(output.resolve("CNAME"), "arquitectura.example.org\n");
        Files.writeString(output.resolve("index.html"), "<p>otro sitio</p>");
        Files.createDirectories(output.resolve("informes"));
        Files.writeString(output.resolve("informes/2024.pdf"), "%PDF");
    }

    @Test
    @InjectMojo(goal = "bake")
    void aFolderNoBakeWroteIsRefusedWithTheWayOut(BakeMojo mojo) throws Exception {
        publishingFolderOfAnotherTool();
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

        assertThat(log.errors).singleElement().asString().contains("error [BMM042] the output folder is not empty"
                + " and no bake wrote it").contains("it holds index.html.")
                .contains("choose an empty folder, or set bmm.cleanOutput=true to let the bake replace it");
        assertThat(output.resolve("index.html")).hasContent("<p>otro sitio</p>");
    }

    @Test
    @InjectMojo(goal = "bake")
    @MojoParameter(name = "cleanOutput", value = "true")
    void cleanOutputReplacesItButForTheCheckoutTheDomainAndTheKeepList(BakeMojo mojo) throws Exception {
        publishingFolderOfAnotherTool();

        mojo.execute();

        assertThat(output.resolve(".git/HEAD")).hasContent("ref: refs/heads/gh-pages\n");
        assertThat(output.resolve("CNAME")).hasContent("arquitectura.example.org\n");
        assertThat(output.resolve("informes/2024.pdf")).hasContent("%PDF");
        assertThat(Files.readString(output.resolve("index.html"))).contains("Procesos");
        assertThat(Files.readString(output.resolve(".bmm-site")))
                .contains("\nbaked-by io.github.bmmsite:bmm-maven-plugin:")
                .doesNotContain("CNAME").doesNotContain("informes");
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
