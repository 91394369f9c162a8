package io.github.bmmsite.archimate;

import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.model.Diagram;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A box on a view: an element's figure, or a note or visual group (no element).
 *
 * @param bounds absolute, whatever the format wrote (Archi writes them relative to the parent box)
 * @param label the text of a note or visual group; empty for an element's figure
 * @param children the boxes drawn inside this one
 */
public record ViewNode(String id, Optional<String> elementId, String label, Diagram.Bounds bounds,
                       List<ViewNode> children, SourceLocation location) {

    public ViewNode {
        children = List.copyOf(children);
    }

    /** This node and every node inside it, depth first. */
    public Stream<ViewNode> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(ViewNode::flatten));
    }
}
