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
 */
final class ReloadEvents {

    private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();

    void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write("retry: 1000\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        clients.add(exchange);
    }

    void reload() {
        send("reload", List.of("ok"));
    }

    void problems(List<String> lines) {
        send("problems", lines);
    }

    private void send(String event, List<String> lines) {
        StringBuilder message = new StringBuilder("event: ").append(event).append('\n');
        for (String line : lines) {
            message.append("data: ").append(line.replace('\r', ' ').replace('\n', ' ')).append('\n');
        }
        byte[] bytes = message.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        for (HttpExchange client : clients) {
            try {
                client.getResponseBody().write(bytes);
                client.getResponseBody().flush();
            } catch (IOException e) {
                // The page was closed: forget it.
                clients.remove(client);
                client.close();
            }
        }
    }

    void close() {
        for (HttpExchange client : clients) {
            client.close();
        }
        clients.clear();
    }
}
