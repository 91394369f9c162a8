package io.github.bmmsite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

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
 * added on the way out; the files on disk (what gets published) never contain it.
 */
public final class PreviewServer implements AutoCloseable {

    static final String PREFIX = "/__bmm/";
    private static final String RELOAD_SCRIPT = "<script src=\"" + PREFIX + "live.js\"></script>";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "bmm-preview");
        thread.setDaemon(true);
        return thread;
    });
    private final SiteFiles files;
    private final ReloadEvents events = new ReloadEvents();

    public PreviewServer(Path site, String host, int port) throws IOException {
        this.files = new SiteFiles(site);
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
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
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            respond(exchange, 405, "text/plain; charset=utf-8", "Método no permitido".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (path.equals(PREFIX + "events")) {
            events.subscribe(exchange);
            return;
        }
        if (path.startsWith(PREFIX)) {
            serveOwnResource(exchange, path.substring(PREFIX.length()));
            return;
        }
        Optional<Path> file = files.find(path);
        if (file.isEmpty()) {
            respond(exchange, 404, "text/plain; charset=utf-8", "No encontrado".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body = Files.readAllBytes(file.get());
        String type = SiteFiles.contentType(file.get());
        if (type.startsWith("text/html")) {
            body = withReloadScript(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        respond(exchange, 200, type, body);
    }

    private static String withReloadScript(String html) {
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + RELOAD_SCRIPT : html.substring(0, end) + RELOAD_SCRIPT + html.substring(end);
    }

    private void serveOwnResource(HttpExchange exchange, String name) throws IOException {
        if (!name.equals("live.js") && !name.equals("live.css")) {
            respond(exchange, 404, "text/plain; charset=utf-8", "No encontrado".getBytes(StandardCharsets.UTF_8));
            return;
        }
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            respond(exchange, 200, name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8",
                    in.readAllBytes());
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
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
