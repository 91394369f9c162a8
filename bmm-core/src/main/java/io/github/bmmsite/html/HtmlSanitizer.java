package io.github.bmmsite.html;

import io.github.bmmsite.link.Addresses;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Tag;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Cleans the HTML made from a document: raw HTML that the author (or the export) wrote passes
 * through a safelist, so no script, handler, frame, style or dangerous URL reaches a page. The
 * markup the renderer itself writes uses only what the safelist allows.
 */
final class HtmlSanitizer {

    /** Images at these addresses are not files of the site. */
    private static final Set<String> OUTSIDE_SCHEMES = Set.of("http", "https", "ftp", "file");
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
        Document dirty = Jsoup.parseBodyFragment(html, BASE_URI);
        for (Element image : dirty.select("img[src]")) {
            if (isOutsideTheSite(image.attr("src"))) {
                image.before(PandocNodeRenderer.unavailableImage(image.attr("src")));
                image.remove();
            }
        }
        Document clean = cleaner.clean(dirty);
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
                if (tag.equals("img") && attribute.getKey().equals("src") && isOutsideTheSite(attribute.getValue())) {
                    continue;
                }
                if (!safelist.isSafeAttribute(tag, element, attribute)) {
                    removed.add(attribute.getKey() + "=\"" + abbreviate(attribute.getValue()) + "\" on <" + tag + ">");
                }
            }
        }
        return removed;
    }

    /** The addresses of the images of a piece of raw HTML that lead outside the site (see {@link #clean}). */
    List<String> imagesOutsideTheSite(String rawHtml) {
        return Jsoup.parseBodyFragment(rawHtml, BASE_URI).select("img[src]").eachAttr("src").stream()
                .filter(HtmlSanitizer::isOutsideTheSite)
                .toList();
    }

    /** Whether cleaning keeps {@code address} as the value of {@code attribute} on {@code tag}. */
    boolean isSafe(String tag, String attribute, String address) {
        Element element = new Element(Tag.valueOf(tag), BASE_URI).attr(attribute, address);
        return safelist.isSafeAttribute(tag, element, element.attribute(attribute));
    }

    /**
     * Whether an image address leads outside the published site: to another host, to an absolute
     * path or a file of the reader's computer, or above the site's root (document text is shown on
     * pages one folder below it). Other schemes ({@code data:}, {@code javascript:}) are the safelist's.
     */
    static boolean isOutsideTheSite(String src) {
        String address = Addresses.asRead(src).replace('\\', '/');
        Optional<String> scheme = Addresses.scheme(address);
        if (scheme.isPresent()) {
            // One letter is a Windows drive (C:/…).
            return OUTSIDE_SCHEMES.contains(scheme.get()) || scheme.get().length() == 1;
        }
        if (address.startsWith("/")) {
            return true;
        }
        int depth = 1;
        // Browsers read %2e as a dot in a path.
        for (String segment : address.split("[?#]", 2)[0].replaceAll("(?i)%2e", ".").split("/")) {
            if (segment.equals("..") && --depth < 0) {
                return true;
            }
            if (!segment.equals("..") && !segment.equals(".") && !segment.isEmpty()) {
                depth++;
            }
        }
        return false;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
