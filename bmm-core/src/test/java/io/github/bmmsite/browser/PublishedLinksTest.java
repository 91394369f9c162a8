package io.github.bmmsite.browser;

import com.sun.net.httpserver.HttpServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A link checker over the seed site served under a sub-path, as GitHub Pages serves a project
 * site ({@code https://owner.github.io/repo/}): every internal link, asset and anchor of every
 * page resolves. Needs no browser.
 */
class PublishedLinksTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<URI, HttpResponse<String>> fetched = new HashMap<>();

    @Test
    void everyLinkAndAnchorResolvesUnderASubPath() throws Exception {
        Path site = SeedSiteForBrowsers.site();
        HttpServer server = Browser.serve(site, "/repo/");
        try {
            URI root = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/repo/");
            List<URI> pages;
            try (Stream<Path> files = Files.walk(site)) {
                pages = files.filter(f -> f.toString().endsWith(".html"))
                        .map(f -> root.resolve(site.relativize(f).toString().replace('\\', '/'))).sorted().toList();
            }
            List<String> broken = new ArrayList<>();
            check(pages, broken);

            assertThat(broken).as("broken links (page -> target)").isEmpty();
            // with the Modelo page, the list of elements, the site map and the pages of the ten relationships
            // the seed's model documents
            assertThat(pages).hasSize(33 + 7 + 1 + 1 + 1 + 10);
        } finally {
            server.stop(0);
        }
    }

    private void check(List<URI> pages, List<String> broken) throws Exception {
        for (URI page : pages) {
            Document html = Jsoup.parse(fetch(page).body(), page.toString());
            for (Element reference : html.select("a[href], link[href], script[src], img[src]")) {
                String written = reference.hasAttr("href") ? reference.attr("href") : reference.attr("src");
                URI target = page.resolve(URI.create(written.replace(" ", "%20")));
                if (!"http".equals(target.getScheme()) || !target.getAuthority().equals(page.getAuthority())) {
                    continue;
                }
                URI file = new URI(target.getScheme(), target.getAuthority(), target.getPath(), null, null);
                String where = page.getPath() + " -> " + written;
                if (!file.getPath().startsWith("/repo/")) {
                    broken.add(where + " (leaves the sub-path)");
                    continue;
                }
                HttpResponse<String> response = fetch(file);
                if (response.statusCode() != 200) {
                    broken.add(where + " (HTTP " + response.statusCode() + ")");
                    continue;
                }
                if (target.getRawFragment() != null) {
                    String id = URLDecoder.decode(target.getRawFragment(), StandardCharsets.UTF_8);
                    if (Jsoup.parse(response.body()).getElementById(id) == null) {
                        broken.add(where + " (no element with id '" + id + "')");
                    }
                }
            }
        }
    }

    private HttpResponse<String> fetch(URI uri) throws Exception {
        HttpResponse<String> response = fetched.get(uri);
        if (response == null) {
            response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            fetched.put(uri, response);
        }
        return response;
    }
}
