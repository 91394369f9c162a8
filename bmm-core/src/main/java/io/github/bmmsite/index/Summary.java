package io.github.bmmsite.index;

import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.model.Element;
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

    /** The text of blocks on one line, placeholders filled (a pending one by its bare name). */
    public static String text(List<Node> blocks, Placeholders placeholders) {
        return placeholders.fill(PandocNodes.plainText(blocks), name -> name);
    }

    /** Every text the element's page shows: its description, then what other views say differently. */
    public static String allText(Element element, Placeholders placeholders) {
        StringBuilder text = new StringBuilder(element.described() ? text(element.description().blocks(), placeholders)
                : element.modelDocumentation().orElse(""));
        for (Element.OtherDescription other : element.otherDescriptions()) {
            text.append(text.isEmpty() ? "" : " ").append(text(other.description().blocks(), placeholders));
        }
        return text.toString();
    }

    /** The text cut at a word before {@value #MAX_DESCRIPTION} characters. */
    public static String description(List<Node> blocks, Placeholders placeholders) {
        String text = text(blocks, placeholders);
        if (text.length() <= MAX_DESCRIPTION) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_DESCRIPTION - 1);
        return text.substring(0, cut > 0 ? cut : MAX_DESCRIPTION - 1).replaceAll("[\\s,;:.]+$", "") + "…";
    }
}
