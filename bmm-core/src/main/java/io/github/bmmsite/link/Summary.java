package io.github.bmmsite.link;

import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.model.Element;
import io.github.bmmsite.model.Fragment;
import io.github.bmmsite.parse.PandocNodes;
import io.github.bmmsite.source.Placeholders;

import java.util.List;

/**
 * Document text as plain text: for search, open data, and the description that shared links and
 * search engines show ({@code <meta name="description">}, Open Graph).
 */
public final class Summary {

    /** Search engines show about this many characters of a description. */
    static final int MAX_DESCRIPTION = 160;

    private Summary() {
    }

    /** The text of blocks on one line, placeholders filled (a pending one by its bare name, as pages mark it). */
    public static String text(List<Node> blocks, Placeholders placeholders) {
        return placeholders.fill(PandocNodes.plainText(blocks), name -> name);
    }

    /** The text of a fragment, as {@link #text(List, Placeholders)}; made once per bake. */
    public static String text(Links links, Fragment fragment) {
        return Placeholders.plain(written(links, fragment));
    }

    /** The placeholders without value in a fragment's text ({@code APP} for {@code $APP}), in order. */
    public static List<String> pending(Links links, Fragment fragment) {
        return Placeholders.pending(written(links, fragment));
    }

    /** The text with its pending placeholders as written ({@code $APP}), made once per fragment. */
    private static String written(Links links, Fragment fragment) {
        return links.text(fragment, f -> links.placeholders().fill(PandocNodes.plainText(f.blocks()), name -> "$" + name));
    }

    /** Every text the element's page shows: its description, then what other views say differently. */
    public static String allText(Element element, Links links) {
        StringBuilder text = new StringBuilder(text(links, element.description()));
        for (Element.OtherDescription other : element.otherDescriptions()) {
            text.append(text.isEmpty() ? "" : " ").append(text(links, other.description()));
        }
        return text.toString();
    }

    /** The text cut at a word before {@value #MAX_DESCRIPTION} characters. */
    public static String description(List<Node> blocks, Placeholders placeholders) {
        return cut(text(blocks, placeholders));
    }

    /** The text of a fragment cut at a word before {@value #MAX_DESCRIPTION} characters. */
    public static String description(Links links, Fragment fragment) {
        return cut(text(links, fragment));
    }

    private static String cut(String text) {
        if (text.length() <= MAX_DESCRIPTION) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_DESCRIPTION - 1);
        return text.substring(0, cut > 0 ? cut : MAX_DESCRIPTION - 1).replaceAll("[\\s,;:.]+$", "") + "…";
    }
}
