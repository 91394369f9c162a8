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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A client of the preview's server-sent events, as {@code event: data} strings. */
public final class EventStream {

    private static final Pattern SITE_VERSION =
            Pattern.compile("<script src=\"/__bmm/live.js\" data-site=\"([0-9]+)\"");

    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    private EventStream() {
    }

    /**
     * The events for a page of the preview, as its reload script listens to them: it says which
     * version of the site the page shows, so only what happens after it was served arrives.
     */
    public static EventStream forPage(HttpClient http, URI page) throws IOException, InterruptedException {
        String html = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body();
        return open(http, page.resolve("/__bmm/events?site=" + siteVersion(html)));
    }

    /** The version of the site a page of the preview was served from, as its reload script has it. */
    public static String siteVersion(String html) {
        Matcher site = SITE_VERSION.matcher(html);
        if (!site.find()) {
            throw new AssertionError("the page has no reload script");
        }
        return site.group(1);
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
