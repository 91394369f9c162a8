package io.github.bmmsite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.bmmsite.link.SitePaths;
import org.jsoup.nodes.Entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the baked site for preview with the JDK's HTTP server. HTML pages get the reload script
 * added on the way out (with the last bake's problems, while it failed); the files on disk (what
 * gets published) never contain it. Only requests addressed to this machine by name
 * ({@link AllowedHosts}) are answered.
 */
public final class PreviewServer implements AutoCloseable {

    static final String PREFIX = "/__bmm/";
    /**
     * The policy of the built-in templates' {@code <meta>} tag, sent as a header too: it covers
     * every file (an SVG opened on its own), and the reload script and its events come from the
     * same origin, which {@code default-src 'self'} allows.
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "bmm-preview");
        thread.setDaemon(true);
        return thread;
    });
    private final SiteFiles files;
    private final Optional<String> baseUrl;
    private final AllowedHosts hosts;
    private final ReloadEvents events = new ReloadEvents();

    /** @param baseUrl the address the site is published at: the 404 page's links to it lead to the preview */
    public PreviewServer(Path site, String host, int port, Optional<String> baseUrl) throws IOException {
        this.files = new SiteFiles(site);
        this.baseUrl = baseUrl;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        this.hosts = new AllowedHosts(server.getAddress().getAddress());
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The address the site is served at, e.g. {@code http://127.0.0.1:8080/}. */
    public String address() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/";
    }

    public void reload() {
        events.reload();
    }

    public void problems(List<String> lines) {
        events.problems(lines);
    }

    private void handle(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (!hosts.allow(exchange.getRequestHeaders().getFirst("Host"))) {
            respond(exchange, 421, TEXT, ("Esta vista previa solo responde en " + address()
                    + " y en localhost.").getBytes(StandardCharsets.UTF_8));
            return;
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            respond(exchange, 405, TEXT, "Método no permitido".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (path.equals(PREFIX + "events")) {
            String query = exchange.getRequestURI().getQuery();
            events.subscribe(exchange, query != null && query.startsWith("site=") ? query.substring(5) : "");
            return;
        }
        if (path.equals(PREFIX + "live.js") || path.equals(PREFIX + "live.css")) {
            serveOwnResource(exchange, path.substring(PREFIX.length()));
            return;
        }
        Optional<Path> file = path.startsWith(PREFIX) ? Optional.empty() : files.find(path);
        if (file.isEmpty()) {
            notFound(exchange);
            return;
        }
        String type = SiteFiles.contentType(file.get());
        byte[] body = Files.readAllBytes(file.get());
        if (type.equals(HTML)) {
            body = withLiveScript(new String(body, StandardCharsets.UTF_8));
        }
        respond(exchange, 200, type, body);
    }

    /** The site's own 404 page, or a line of text for a site without one. */
    private void notFound(HttpExchange exchange) throws IOException {
        Optional<Path> page = files.find("/" + SitePaths.NOT_FOUND);
        if (page.isEmpty()) {
            respond(exchange, 404, TEXT, "No encontrado".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String html = new String(Files.readAllBytes(page.get()), StandardCharsets.UTF_8);
        respond(exchange, 404, HTML, withLiveScript(NotFoundPage.fromPreviewRoot(html, baseUrl)));
    }

    private byte[] withLiveScript(String html) {
        LiveState state = events.state();
        String script = "<script src=\"" + PREFIX + "live.js\" data-site=\"" + state.site() + "\""
                + (state.problems().isEmpty() ? "" : " data-problems=\"" + Entities.escape(
                        String.join("\n", state.problems())) + "\"")
                + "></script>";
        int end = html.lastIndexOf("</body>");
        String page = end < 0 ? html + script : html.substring(0, end) + script + html.substring(end);
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private void serveOwnResource(HttpExchange exchange, String name) throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            respond(exchange, 200, name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8",
                    in.readAllBytes());
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        events.close();
        server.stop(0);
        executor.shutdownNow();
    }
}
