package io.github.bmmsite.model;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.parse.PandocNodes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Markdown an author wrote for an element, compared across documents: two texts are the same
 * when only line breaks and spacing differ (an export wraps lines differently), not when a word,
 * a link or an emphasis does. An element's own text is what comes before its first section
 * ({@code ### Ficha}); a card document adds sections to the text other documents give.
 */
final class DescriptionText {

    /** Runs of white space, which texts are compared without. */
    static final Pattern SPACES = Pattern.compile("\\s+");

    /** How a later text of an element compares with the one its page shows first. */
    enum Comparison {
        SAME,
        /** Says all the first says, and more sections: it shows the element better. */
        MORE,
        /** The first says all it says, and more sections. */
        LESS,
        DIFFERENT
    }

    private DescriptionText() {
    }

    static String of(Fragment fragment) {
        return of(fragment.blocks());
    }

    /** The text before the element's first section. */
    static String ownText(Fragment fragment) {
        List<Node> own = new ArrayList<>();
        for (Node block : fragment.blocks()) {
            if (block instanceof Heading) {
                break;
            }
            own.add(block);
        }
        return of(own);
    }

    /** A text as written elsewhere (the model's documentation), compared as document text is. */
    static String normal(String markdown) {
        return SPACES.matcher(markdown.strip()).replaceAll(" ");
    }

    static Comparison compare(Fragment first, Fragment later) {
        String whole = of(first);
        String laterWhole = of(later);
        if (whole.equals(laterWhole)) {
            return Comparison.SAME;
        }
        if (!ownText(first).equals(ownText(later))) {
            return Comparison.DIFFERENT;
        }
        if (laterWhole.startsWith(whole)) {
            return Comparison.MORE;
        }
        return whole.startsWith(laterWhole) ? Comparison.LESS : Comparison.DIFFERENT;
    }

    private static String of(List<Node> blocks) {
        return SPACES.matcher(blocks.stream()
                .filter(block -> !PandocNodes.isPrintOnly(block))
                .map(Node::getChars)
                .map(CharSequence::toString)
                .collect(Collectors.joining("\n"))
                .strip()).replaceAll(" ");
    }
}
