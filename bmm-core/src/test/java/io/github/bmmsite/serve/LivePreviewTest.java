package io.github.bmmsite.serve;

import io.github.bmmsite.EventStream;
import io.github.bmmsite.bake.BakeOptions;
import io.github.bmmsite.bake.Baker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bmm:serve}'s core, for real: files on disk, HTTP on loopback, an editor's save. */
class LivePreviewTest {

    private static final LivePreview.Bake REAL_BAKE = options -> new Baker(options).bake();

    @TempDir
    Path project;

    private final HttpClient http = HttpClient.newHttpClient();
    private final RecordingListener listener = new RecordingListener();
    private BakeOptions options;
    private LivePreview preview;
    private Path document;

    @BeforeEach
    void sources() throws Exception {
        Path source = Files.createDirectories(project.resolve("src/bmm"));
        document = source.resolve("vista.md");
        Files.writeString(document, "## Vista\n\n### O1: Uno\nPrimera versión.\n");
        options = BakeOptions.builder().projectDir(project).buildDir(project.resolve("target")).source(source)
                .output(project.resolve("target/site")).templates(project.resolve("src/site/templates"))
                .assets(project.resolve("src/site/assets")).baseUrl("https://example.org/")
                .outputTimestamp("2026-01-01T00:00:00Z").build();
    }

    @AfterEach
    void stop() throws Exception {
        if (preview != null) {
            preview.close();
        }
    }

    /** Starts the preview; returns once its first bake has ended, as {@link LivePreview#start} does. */
    private void start(LivePreview.Bake bake) throws Exception {
        preview = new LivePreview(options, listener, "127.0.0.1", 0, bake);
        assertThat(listener.next()).as("the first bake").isEqualTo("baked");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(preview.address()).resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private EventStream events() throws Exception {
        return EventStream.forPage(http, URI.create(preview.address()));
    }

    @Test
    void aSavedEditReachesThePageAndReloadsIt() throws Exception {
        start(REAL_BAKE);
        EventStream events = events();
        assertThat(get("elementos/o1.html").body()).contains("Primera versión.");

        long saved = System.nanoTime();
        save("## Vista\n\n### O1: Uno\nSegunda versión.\n");
        String event = events.next(10);
        long millis = (System.nanoTime() - saved) / 1_000_000;

        assertThat(event).isEqualTo("reload: ok");
        assertThat(get("elementos/o1.html").body()).contains("Segunda versión.");
        System.out.println("Save-to-reload event: " + millis + " ms");
    }

    @Test
    void anEditOfTheArchitectureModelFolderReachesThePages() throws Exception {
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
        options = options.toBuilder().model(model).build();
        start(REAL_BAKE);
        EventStream events = events();
        assertThat(get("elementos/ciudadania.html").body()).contains("Sin descripción en el documento.");

        Path actor = model.resolve("model/business/BusinessActor_id-actor.xml");
        Files.writeString(actor, Files.readString(actor).replace("id=\"id-actor\"",
                "id=\"id-actor\"\n    documentation=\"Quienes hacen trámites.\""));

        assertThat(events.next(10)).startsWith("reload");
        assertThat(get("elementos/ciudadania.html").body()).contains("Quienes hacen trámites.");
    }

    /** The model file sits in the project folder, beside the output: only the file itself is watched. */
    @Test
    void anEditorsSaveOfTheArchitectureModelFileReachesThePages() throws Exception {
        Path model = project.resolve("modelo.archimate");
        Files.copy(Path.of(getClass().getResource("/archimate/valid.archimate").toURI()), model);
        Files.writeString(document, "## Vista\n\n![v](v.png){#fig:id-view}\n\n### OT1: Atender al ciudadano\nTexto.\n");
        options = options.toBuilder().model(model).build();
        start(REAL_BAKE);
        EventStream events = events();
        assertThat(get("elementos/ciudadania.html").body()).contains("Sin descripción en el documento.");

        // As Archi saves: a new file, renamed over the old one.
        Path saved = project.resolve("modelo.archimate.tmp");
        Files.writeString(saved, Files.readString(model).replace("name=\"Ciudadanía\" id=\"id-actor\"/>",
                "name=\"Ciudadanía\" id=\"id-actor\"><documentation>Quienes hacen trámites.</documentation></element>"));
        Files.move(saved, model, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

        assertThat(events.next(10)).isEqualTo("reload: ok");
        assertThat(get("elementos/ciudadania.html").body()).contains("Quienes hacen trámites.");
    }

    @Test
    void aReBakeRendersOnlyThePagesTheEditChanged() throws Exception {
        start(REAL_BAKE);

        save("## Vista\n\n### O1: Uno\nSegunda versión.\n");
        assertThat(listener.next()).isEqualTo("baked");

        // The editor's save may arrive as more than one event; the bake that saw the edit is the first after start.
        var rebake = listener.results().get(1);
        assertThat(rebake.cache().renderedPages()).contains("elementos/o1.html").doesNotContain("index.html");
        assertThat(rebake.cache().reused()).isPositive();
    }

    @Test
    void anEditSavedDuringTheFirstBakeIsBakedWithoutAnotherEdit() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        start(bakeOptions -> {
            var result = REAL_BAKE.run(bakeOptions);
            if (calls.incrementAndGet() == 1) {
                // The first bake has read the document: this save is one it cannot have seen.
                save("## Vista\n\n### O1: Uno\nGuardado durante la primera.\n");
            }
            return result;
        });
        assertThat(get("elementos/o1.html").body()).contains("Primera versión.");

        assertThat(listener.next()).isEqualTo("baked");
        assertThat(get("elementos/o1.html").body()).contains("Guardado durante la primera.");
    }

    /**
     * Saves the document as many editors do, a new file renamed over the old one: one change, where
     * writing in place may reach the watcher as two bursts on a busy machine, and bake twice.
     */
    private void save(String text) {
        try {
            Path saved = Files.writeString(project.resolve("vista.md.tmp"), text);
            Files.move(saved, document, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String saved() {
        try {
            return Files.readString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void changesDuringABakeLeadToExactlyOneMoreBakeAfterIt() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch secondStarted = new CountDownLatch(1);
        CountDownLatch secondMayEnd = new CountDownLatch(1);
        CountDownLatch thirdStarted = new CountDownLatch(1);
        CountDownLatch thirdMayEnd = new CountDownLatch(1);
        start(bakeOptions -> {
            int call = calls.incrementAndGet();
            if (call == 2) {
                await(secondStarted, secondMayEnd);
            } else if (call == 3) {
                await(thirdStarted, thirdMayEnd);
            }
            return REAL_BAKE.run(bakeOptions);
        });

        preview.requestBake();
        assertThat(secondStarted.await(30, TimeUnit.SECONDS)).isTrue();
        for (int change = 0; change < 5; change++) {
            preview.requestBake();
        }
        assertThat(preview.waitingBakes()).isEqualTo(1);
        secondMayEnd.countDown();
        assertThat(thirdStarted.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(preview.waitingBakes()).as("bakes waiting once the one after the changes runs").isZero();
        thirdMayEnd.countDown();

        assertThat(listener.next()).isEqualTo("baked");
        assertThat(listener.next()).isEqualTo("baked");
        assertThat(calls).hasValue(3);
    }

    private static void await(CountDownLatch started, CountDownLatch mayEnd) {
        started.countDown();
        try {
            assertThat(mayEnd.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aStackOverflowErrorInABakeIsAProblemOfThePageAndTheNextEditBakes() throws Exception {
        start(bakeOptions -> {
            if (saved().contains("[[[[")) {
                throw new StackOverflowError();
            }
            return REAL_BAKE.run(bakeOptions);
        });
        EventStream events = events();

        save("## Vista\n\n### O1: Uno\n[[[[ Anidado.\n");
        assertThat(events.next(10))
                .isEqualTo("problems: internal error (java.lang.StackOverflowError), please report it");
        assertThat(listener.next()).isEqualTo("crashed: internal error (java.lang.StackOverflowError), please report it");

        save("## Vista\n\n### O1: Uno\nArreglado.\n");
        assertThat(events.next(10)).isEqualTo("reload: ok");
        assertThat(get("elementos/o1.html").body()).contains("Arreglado.");
    }

    @Test
    void aBadEditShowsTheProblemsAndKeepsTheLastGoodPage() throws Exception {
        start(REAL_BAKE);
        EventStream events = events();

        save("## Vista\n\n### O1: Uno\nOtra.\n\n| A |\n|---|\n| 1 |\n\n: Uno {#tbl:x}\n\n"
                + "| B |\n|---|\n| 2 |\n\n: Dos {#tbl:x}\n");
        String event = events.next(10);

        assertThat(event).startsWith("problems: src/bmm/vista.md:12: error [BMM088] the table id 'tbl:x' is already used");
        assertThat(get("elementos/o1.html").body()).contains("Primera versión.");
    }

    @Test
    void aPageServedWhileTheLastBakeFailsCarriesItsProblemsUntilABakeSucceeds() throws Exception {
        start(REAL_BAKE);
        String before = EventStream.siteVersion(get("elementos/o1.html").body());

        save("## Vista\n\n![A](a.png){#fig:O1&\"más\"<2}\n\n![B](b.png){#fig:O1&\"más\"<2}\n");
        assertThat(listener.next()).startsWith("failed");

        String page = get("elementos/o1.html").body();
        assertThat(page).contains("Primera versión.", " data-problems=\"src/bmm/vista.md:5: error [BMM024] the figure id"
                + " &apos;fig:O1&amp;&quot;más&quot;&lt;2&apos;");
        assertThat(EventStream.siteVersion(page)).as("the site on disk is still the last good one").isEqualTo(before);
        // A page that connects after the bake failed is told, whenever it was served.
        assertThat(EventStream.open(http, URI.create(preview.address() + "__bmm/events?site=" + before)).next(10))
                .startsWith("problems: src/bmm/vista.md:5: error [BMM024]");

        save("## Vista\n\n### O1: Uno\nArreglado.\n");
        assertThat(listener.next()).isEqualTo("baked");
        String fixed = get("elementos/o1.html").body();
        assertThat(fixed).contains("Arreglado.").doesNotContain("data-problems");
        // A page served before the good bake, connecting after it, is told to reload.
        assertThat(EventStream.open(http, URI.create(preview.address() + "__bmm/events?site=" + before)).next(10))
                .isEqualTo("reload: ok");
        assertThat(EventStream.siteVersion(fixed)).isNotEqualTo(before);
    }

    @Test
    void htmlGetsTheReloadScriptOnlyOnTheWayOut() throws Exception {
        start(REAL_BAKE);
        HttpResponse<String> page = get("elementos/o1.html");

        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(page.body()).containsPattern("<script src=\"/__bmm/live.js\" data-site=\"[0-9]+\"></script></body>");
        assertThat(Files.readString(project.resolve("target/site/elementos/o1.html"))).doesNotContain("__bmm");
        assertThat(get("__bmm/live.js").body()).contains("EventSource");
        assertThat(get("assets/css/bmm.css").headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
        assertThat(get("sitemap.xml").headers().firstValue("Content-Type")).contains("application/xml; charset=utf-8");
        assertThat(get("").body()).contains("<h1>");
    }

    @Test
    void aMissingPageIsTheSites404PageWithLinksFromThePreviewsRoot() throws Exception {
        start(REAL_BAKE);
        HttpResponse<String> missing = get("elementos/no-existe.html");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(missing.body()).contains("<h1>Página no encontrada</h1>", "<script src=\"/__bmm/live.js\"",
                "href=\"/index.html\"", "href=\"/assets/css/bmm.css\"", "action=\"/search.html\"");
        // Published, the page links to the site's address; in the preview, to the preview.
        assertThat(Files.readString(project.resolve("target/site/404.html"))).contains("href=\"https://example.org/");
        assertThat(missing.body()).doesNotContain("href=\"https://example.org/", "action=\"https://example.org/");

        Files.delete(project.resolve("target/site/404.html"));
        HttpResponse<String> withoutPage = get("no-existe.html");
        assertThat(withoutPage.statusCode()).isEqualTo(404);
        assertThat(withoutPage.body()).isEqualTo("No encontrado");
    }

    @Test
    void everyResponseCarriesThePagesContentSecurityPolicy() throws Exception {
        start(REAL_BAKE);
        HttpResponse<String> page = get("elementos/o1.html");
        Matcher meta = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">")
                .matcher(page.body());
        assertThat(meta.find()).isTrue();

        for (String path : new String[] {"elementos/o1.html", "assets/css/bmm.css", "__bmm/live.js", "no-existe.html"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).contains(meta.group(1));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
    }

    @Test
    void onlyRequestsForThisMachineByNameAreServed() throws Exception {
        start(REAL_BAKE);
        int port = URI.create(preview.address()).getPort();

        assertThat(statusFor("127.0.0.1:" + port)).isEqualTo(200);
        assertThat(statusFor("localhost:" + port)).isEqualTo(200);
        assertThat(statusFor("LocalHost")).isEqualTo(200);
        for (String host : new String[] {"evil.example:" + port, "127.0.0.1.evil.example:" + port, "[::1]:" + port,
                "10.0.0.1:" + port, "", "localhost:" + port + "@evil.example"}) {
            assertThat(statusFor(host)).as(host).isEqualTo(421);
        }
        assertThat(statusFor(null)).as("no Host header").isEqualTo(421);
    }

    /** Raw HTTP: the JDK's client does not let a test set the Host header. */
    private int statusFor(String host) throws Exception {
        URI address = URI.create(preview.address());
        try (Socket socket = new Socket(address.getHost(), address.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /elementos/o1.html HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void servesNothingOutsideTheSite() throws Exception {
        start(REAL_BAKE);
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
