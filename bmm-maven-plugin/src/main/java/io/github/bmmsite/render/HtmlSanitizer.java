package io.github.bmmsite.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans the HTML made from a document: raw HTML that the author (or the export) wrote passes
 * through a safelist, so no script, handler, frame, style or dangerous URL reaches a page. The
 * markup the renderer itself writes uses only what the safelist allows.
 */
final class HtmlSanitizer {

    /** Only for resolving and checking relative URLs; it never appears in the output. */
    private static final String BASE_URI = "https://bmm-site.invalid/pagina/";

    private final Cleaner cleaner;

    HtmlSanitizer() {
        Safelist safelist = Safelist.relaxed()
                .addTags("figure", "figcaption", "mark", "abbr", "del", "ins", "s", "small", "hr")
                .addAttributes("a", "class", "title")
                .addAttributes("abbr", "title")
                .addAttributes("mark", "class", "title")
                .addAttributes("span", "class")
                .addAttributes("div", "class", "role", "aria-label")
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
        Document dirty = Jsoup.parseBodyFragment(html, BASE_URI);
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        return clean.body().html();
    }
}
