package io.github.bmmsite.serve;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Optional;

/**
 * The site's {@code 404.html} as the preview sends it for a missing address at any depth: its links
 * (relative to the site root, or absolute to the published address) lead from the preview's root.
 */
final class NotFoundPage {

    // A stand-in origin to resolve the page's links against; it never leaves this class.
    private static final String ROOT = "http://site.invalid/";

    private NotFoundPage() {
    }

    static String fromPreviewRoot(String html, Optional<String> baseUrl) {
        Optional<String> published = baseUrl.map(url -> url.endsWith("/") ? url : url + "/");
        Document page = Jsoup.parse(html, ROOT);
        page.outputSettings().prettyPrint(false);
        for (Element element : page.select("[href], [src], [action]")) {
            for (String attribute : List.of("href", "src", "action")) {
                String value = element.attr(attribute);
                if (!element.hasAttr(attribute) || value.startsWith("#")) {
                    // Absent, or a place within the page (its skip link), whatever its address.
                    continue;
                }
                String resolved = published.filter(value::startsWith)
                        .map(base -> ROOT + value.substring(base.length()))
                        .orElseGet(() -> element.absUrl(attribute));
                if (resolved.startsWith(ROOT)) {
                    element.attr(attribute, "/" + resolved.substring(ROOT.length()));
                }
            }
        }
        return page.outerHtml();
    }
}
