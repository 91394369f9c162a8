package io.github.bmmsite.serve;

import io.github.bmmsite.EventStream;
import io.github.bmmsite.bake.BakeFailedException;
import io.github.bmmsite.bake.BakeOptions;
import io.github.bmmsite.bake.BakeResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bmm:serve}'s core, for real: files on disk, HTTP on loopback, an editor's save. */
class LivePreviewTest {

    @TempDir
    Path project;

    private final HttpClient http = HttpClient.newHttpClient();
    private LivePreview preview;
    private Path document;
    private final List<BakeResult> bakes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        Path source = Files.createDirectories(project.resolve("src/bmm"));
        document = source.resolve("vista.md");
        Files.writeString(document, "## Vista\n\n### O1: Uno\nPrimera versión.\n");
        BakeOptions options = new BakeOptions(project, project.resolve("target"), source,
                project.resolve("target/site"), project.resolve("src/site/templates"),
                project.resolve("src/site/assets"), false, Optional.empty(), Optional.of("https://example.org/"),
                StandardCharsets.UTF_8, Map.of(), Map.of());
        preview = LivePreview.start(options, new LivePreview.Listener() {
            @Override
            public void baked(BakeResult result, long millis) {
                bakes.add(result);
            }

            @Override
            public void failed(BakeFailedException failure) {
            }
        }, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws Exception {
        preview.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(preview.address()).resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private EventStream events() throws Exception {
        return EventStream.open(http, URI.create(preview.address() + "__bmm/events"));
    }

    @Test
    void aSavedEditReachesThePageAndReloadsIt() throws Exception {
        EventStream events = events();
        assertThat(get("elementos/o1.html").body()).contains("Primera versión.");

        long saved = System.nanoTime();
        Files.writeString(document, "## Vista\n\n### O1: Uno\nSegunda versión.\n");
        String event = events.next(10);
        long millis = (System.nanoTime() - saved) / 1_000_000;

        assertThat(event).isEqualTo("reload: ok");
        assertThat(get("elementos/o1.html").body()).contains("Segunda versión.");
        System.out.println("Save-to-reload event: " + millis + " ms");
    }

    @Test
    void anEditOfTheArchitectureModelFolderReachesThePages() throws Exception {
        preview.close();
        Path model = project.resolve("src/model");
        Path fixture = Path.of(getClass().getResource("/archimate/collaboration").toURI());
        try (var files = Files.walk(fixture)) {
            for (Path from : files.toList()) {
                Path to = model.resolve(fixture.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        Files.writeString(document, "## Vista\n\n![v](v.png){#fig:id-view}\n\n### OT1: Atender al ciudadano\nTexto.\n");
        BakeOptions options = new BakeOptions(project, project.resolve("target"), document.getParent(),
                project.resolve("target/site"), null, null, false, Optional.empty(), Optional.of("https://example.org/"),
                StandardCharsets.UTF_8, Map.of(), Map.of()).withModel(model);
        preview = LivePreview.start(options, new LivePreview.Listener() {
            @Override
            public void baked(BakeResult result, long millis) {
            }

            @Override
            public void failed(BakeFailedException failure) {
            }
        }, "127.0.0.1", 0);
        EventStream events = events();
        assertThat(get("elementos/ciudadania.html").body()).contains("Sin descripción en el documento.");

        Path actor = model.resolve("model/business/BusinessActor_id-actor.xml");
        Files.writeString(actor, Files.readString(actor).replace("id=\"id-actor\"",
                "id=\"id-actor\"\n    documentation=\"Quienes hacen trámites.\""));

        assertThat(events.next(10)).startsWith("reload");
        assertThat(get("elementos/ciudadania.html").body()).contains("Quienes hacen trámites.");
    }

    @Test
    void aReBakeRendersOnlyThePagesTheEditChanged() throws Exception {
        EventStream events = events();

        Files.writeString(document, "## Vista\n\n### O1: Uno\nSegunda versión.\n");
        assertThat(events.next(10)).isEqualTo("reload: ok");

        // The editor's save may arrive as more than one event; the bake that saw the edit is the first after start.
        BakeResult rebake = bakes.get(1);
        assertThat(rebake.cache().renderedPages()).contains("elementos/o1.html").doesNotContain("index.html");
        assertThat(rebake.cache().reused()).isPositive();
    }

    @Test
    void aBadEditShowsTheProblemsAndKeepsTheLastGoodPage() throws Exception {
        EventStream events = events();

        Files.writeString(document, "## Vista\n\n### O1: Uno\nOtra.\n\n| A |\n|---|\n| 1 |\n\n: Uno {#tbl:x}\n\n"
                + "| B |\n|---|\n| 2 |\n\n: Dos {#tbl:x}\n");
        String event = events.next(10);

        assertThat(event).startsWith("problems: src/bmm/vista.md:12: error [BMM088] the table id 'tbl:x' is already used");
        assertThat(get("elementos/o1.html").body()).contains("Primera versión.");
    }

    @Test
    void htmlGetsTheReloadScriptOnlyOnTheWayOut() throws Exception {
        HttpResponse<String> page = get("elementos/o1.html");

        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(page.body()).contains("<script src=\"/__bmm/live.js\"></script></body>");
        assertThat(Files.readString(project.resolve("target/site/elementos/o1.html"))).doesNotContain("__bmm");
        assertThat(get("__bmm/live.js").body()).contains("EventSource");
        assertThat(get("assets/css/bmm.css").headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
        assertThat(get("sitemap.xml").headers().firstValue("Content-Type")).contains("application/xml; charset=utf-8");
        assertThat(get("").body()).contains("<h1>");
    }

    @Test
    void servesNothingOutsideTheSite() throws Exception {
        Files.writeString(project.resolve("secreto.txt"), "no servir");
        Files.createSymbolicLink(project.resolve("target/site/enlace.txt"), project.resolve("secreto.txt"));

        for (String path : new String[] {"../secreto.txt", "%2e%2e/secreto.txt", "elementos/%2e%2e/%2e%2e/secreto.txt",
                "..%2fsecreto.txt", "%2fetc%2fpasswd", "enlace.txt", "elementos/", "no-existe.html", "__bmm/otro"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(preview.address() + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("no servir");
        }
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(preview.address() + "index.html"))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }
}
