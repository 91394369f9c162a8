package io.github.bmmsite.model;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.parse.ParsedDocument;

import java.util.List;

/**
 * A run of Markdown blocks of one document: an element's description, a view's introduction.
 *
 * @param headingShift added to the level of every heading in it when it is shown, so that its
 *     headings fit the outline of the page that shows it (an element's {@code ### Ficha} under the
 *     page's "Descripción"); 0 shows them as written
 */
public record Fragment(ParsedDocument document, List<Node> blocks, int headingShift) {

    public Fragment {
        blocks = List.copyOf(blocks);
    }

    public Fragment(ParsedDocument document, List<Node> blocks) {
        this(document, blocks, 0);
    }

    /** Blocks whose shallowest heading is shown at {@code topLevel} (1 for {@code <h1>}). */
    static Fragment headingsFrom(int topLevel, ParsedDocument document, List<Node> blocks) {
        int shallowest = 0;
        for (Node block : blocks) {
            if (block instanceof Heading heading && (shallowest == 0 || heading.getLevel() < shallowest)) {
                shallowest = heading.getLevel();
            }
        }
        return new Fragment(document, blocks, shallowest == 0 ? 0 : topLevel - shallowest);
    }

    /** Other blocks of the same document, shown with the same heading levels. */
    public Fragment part(List<Node> part) {
        return new Fragment(document, part, headingShift);
    }
}
