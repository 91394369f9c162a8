package io.github.bmmsite.maven;

import io.github.bmmsite.EventStream;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bmm:serve} as Maven runs it: the goal starts, serves the site, bakes again when a
 * document is saved, tells the open pages to reload, and stops when interrupted (as by Ctrl+C).
 */
@MojoTest
@Basedir("/unit/small-view")
class ServeMojoTest {

    @TempDir
    Path temp;

    @Inject
    MavenSession session;

    private Path document;

    /** The documents are a copy in a temporary folder: the test edits them. */
    @BeforeEach
    void documentsToEdit() throws Exception {
        Path source = Files.createDirectories(temp.resolve("docs"));
        document = Files.writeString(source.resolve("vista.md"), "## Vista\n\n### O1: Uno\nAntes.\n");
        session.getUserProperties().setProperty("bmm.source", source.toString());
        session.getUserProperties().setProperty("bmm.output", temp.resolve("site").toString());
    }

    @Test
    @InjectMojo(goal = "serve")
    @MojoParameter(name = "port", value = "0")
    void servesBakesAgainOnSaveAndStops(ServeMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        Thread goal = new Thread(() -> {
            try {
                mojo.execute();
            } catch (Exception e) {
                log.errors.add(e.toString());
            }
        });
        goal.start();
        try {
            URI address = URI.create(awaitAddress(log));
            HttpClient http = HttpClient.newHttpClient();
            EventStream events = EventStream.forPage(http, address);
            assertThat(get(http, address.resolve("elementos/o1.html"))).contains("Antes.");

            Files.writeString(document, "## Vista\n\n### O1: Uno\nDespués.\n");

            assertThat(events.next(10)).isEqualTo("reload: ok");
            assertThat(get(http, address.resolve("elementos/o1.html"))).contains("Después.");
        } finally {
            goal.interrupt();
            goal.join(10_000);
        }
        assertThat(goal.isAlive()).isFalse();
        assertThat(log.infos).contains("Preview stopped");
        assertThat(log.errors).isEmpty();
    }

    @Test
    void anInternalErrorIsOneLineOnTheTerminalWithItsTraceOnlyForDebugging() {
        RecordingLog log = new RecordingLog();
        StackOverflowError error = new StackOverflowError();

        new ServeMojo.LogListener(log).crashed("internal error (java.lang.StackOverflowError), please report it", error);

        assertThat(log.errors).containsExactly("internal error (java.lang.StackOverflowError), please report it"
                + " with the output of a run with -X; still serving the last good site");
        assertThat(log.debugErrors).containsExactly(error);
        assertThat(log.infos).isEmpty();
    }

    private static String awaitAddress(RecordingLog log) throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            Optional<String> line = log.infos.stream().filter(l -> l.startsWith("Serving the BMM site at ")).findFirst();
            if (line.isPresent()) {
                return line.get().substring("Serving the BMM site at ".length(), line.get().indexOf(" (press"));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the preview did not start; errors: " + log.errors);
    }

    private static String get(HttpClient http, URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
