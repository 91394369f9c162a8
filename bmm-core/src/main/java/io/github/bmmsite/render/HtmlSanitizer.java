package io.github.bmmsite.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cleans the HTML made from a document: raw HTML that the author (or the export) wrote passes
 * through a safelist, so no script, handler, frame, style or dangerous URL reaches a page. The
 * markup the renderer itself writes uses only what the safelist allows.
 */
final class HtmlSanitizer {

    /** Only for resolving and checking relative URLs; it never appears in the output. */
    private static final String BASE_URI = "https://bmm-site.invalid/pagina/";

    private final Safelist safelist;
    private final Cleaner cleaner;

    HtmlSanitizer() {
        this.safelist = Safelist.relaxed()
                .addTags("figure", "figcaption", "mark", "abbr", "del", "ins", "s", "small", "hr")
                .addAttributes("a", "class", "title")
                .addAttributes("abbr", "title")
                .addAttributes("mark", "class", "title")
                .addAttributes("span", "class")
                .addAttributes("div", "class", "role", "aria-label", "tabindex")
                .addAttributes("figure", "id", "class")
                .addAttributes("img", "loading")
                .addAttributes("table", "id")
                .addAttributes("th", "scope")
                .addAttributes("code", "class")
                .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
                .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
                .preserveRelativeLinks(true);
        this.cleaner = new Cleaner(safelist);
    }

    String clean(String html) {
        Document clean = cleaner.clean(Jsoup.parseBodyFragment(html, BASE_URI));
        for (Element link : clean.select("a[href]")) {
            String href = link.attr("href").toLowerCase(Locale.ROOT);
            if (href.startsWith("http://") || href.startsWith("https://")) {
                link.attr("rel", "noopener noreferrer");
            }
        }
        clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        return clean.body().html();
    }

    /** What cleaning takes out of a piece of raw HTML, as the author would name it ({@code <script>}). */
    List<String> removedFrom(String rawHtml) {
        List<String> removed = new ArrayList<>();
        Document dirty = Jsoup.parseBodyFragment(rawHtml, BASE_URI);
        for (Element element : dirty.body().getAllElements()) {
            if (element == dirty.body()) {
                continue;
            }
            String tag = element.normalName();
            if (!safelist.isSafeTag(tag)) {
                removed.add("<" + tag + ">");
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                if (!safelist.isSafeAttribute(tag, element, attribute)) {
                    removed.add(attribute.getKey() + "=\"" + abbreviate(attribute.getValue()) + "\" on <" + tag + ">");
                }
            }
        }
        return removed;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
