package io.github.bmmsite.archimate;

import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.notation.Diagram;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A box on a view: an element's (or junction's) figure, a note or a visual group.
 *
 * @param figure what the box draws
 * @param elementId the element or junction a figure of {@link Figure#ELEMENT} draws; empty otherwise
 * @param bounds absolute, whatever the format wrote (Archi writes them relative to the parent box)
 * @param label the text of a note or visual group; empty for an element's figure
 * @param children the boxes drawn inside this one
 */
public record ViewNode(String id, Figure figure, Optional<String> elementId, String label, Diagram.Bounds bounds,
                       List<ViewNode> children, SourceLocation location) {

    /** The kinds of figure the three formats write. */
    public enum Figure {
        /** Archi's {@code DiagramModelArchimateObject}, the exchange format's {@code Element}. */
        ELEMENT,
        /** Archi's {@code DiagramModelNote}, the exchange format's {@code Label}. */
        NOTE,
        /** Archi's {@code DiagramModelGroup}, the exchange format's {@code Container}, and any other figure. */
        GROUP
    }

    public ViewNode {
        children = List.copyOf(children);
    }

    /** This node and every node inside it, depth first. */
    public Stream<ViewNode> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(ViewNode::flatten));
    }
}
