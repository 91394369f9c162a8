package io.github.bmmsite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A client of the preview's server-sent events, as {@code event: data} strings. */
public final class EventStream {

    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    private EventStream() {
    }

    public static EventStream open(HttpClient http, URI uri) throws IOException, InterruptedException {
        EventStream stream = new EventStream();
        HttpResponse<java.io.InputStream> response = http.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> stream.read(response), "event-stream");
        reader.setDaemon(true);
        reader.start();
        return stream;
    }

    private void read(HttpResponse<java.io.InputStream> response) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String event = null;
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(data.length() > 0 ? "\n" : "").append(line.substring(6));
                } else if (line.isEmpty() && event != null) {
                    events.add(event + ": " + data);
                    event = null;
                    data.setLength(0);
                }
            }
        } catch (IOException e) {
            // The server closed the stream.
        }
    }

    /** The next event, or null after {@code seconds} without one. */
    public String next(int seconds) throws InterruptedException {
        return events.poll(seconds, TimeUnit.SECONDS);
    }
}
