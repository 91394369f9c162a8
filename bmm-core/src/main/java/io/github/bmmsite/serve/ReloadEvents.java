package io.github.bmmsite.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events to the open pages: {@code reload} after a good bake, {@code problems} (one
 * diagnostic per line) after a bake that failed, so the page shows them over the last good site.
 * A page says which version of the site it shows when it connects, so that a bake that ended
 * between serving the page and its connecting is not missed.
 */
final class ReloadEvents {

    private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();
    // Starts from the clock so that a page still open from an earlier run of the preview reloads.
    private volatile LiveState state = new LiveState(System.currentTimeMillis(), List.of());

    LiveState state() {
        return state;
    }

    /** @param siteVersion the version of the site the page was served from, as {@link LiveState#site()} */
    synchronized void subscribe(HttpExchange exchange, String siteVersion) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        write(exchange, "retry: 1000\n\n".getBytes(StandardCharsets.UTF_8));
        clients.add(exchange);
        if (!String.valueOf(state.site()).equals(siteVersion)) {
            write(exchange, message("reload", List.of("ok")));
        } else if (!state.problems().isEmpty()) {
            write(exchange, message("problems", state.problems()));
        }
    }

    synchronized void reload() {
        state = new LiveState(state.site() + 1, List.of());
        send(message("reload", List.of("ok")));
    }

    synchronized void problems(List<String> lines) {
        state = new LiveState(state.site(), List.copyOf(lines));
        send(message("problems", state.problems()));
    }

    private static byte[] message(String event, List<String> lines) {
        StringBuilder message = new StringBuilder("event: ").append(event).append('\n');
        for (String line : lines) {
            message.append("data: ").append(line.replace('\r', ' ').replace('\n', ' ')).append('\n');
        }
        return message.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    private void send(byte[] message) {
        for (HttpExchange client : clients) {
            write(client, message);
        }
    }

    private void write(HttpExchange client, byte[] message) {
        try {
            OutputStream out = client.getResponseBody();
            out.write(message);
            out.flush();
        } catch (IOException e) {
            // The page was closed: forget it.
            clients.remove(client);
            client.close();
        }
    }

    synchronized void close() {
        for (HttpExchange client : clients) {
            client.close();
        }
        clients.clear();
    }
}
