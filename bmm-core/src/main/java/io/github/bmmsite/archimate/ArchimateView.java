package io.github.bmmsite.archimate;

import io.github.bmmsite.diagnostic.SourceLocation;

import java.util.List;
import java.util.stream.Stream;

/** A view (diagram) of the architecture model: its top-level boxes, nested, and its lines. */
public record ArchimateView(String id, String name, String documentation, List<ViewNode> nodes,
                            List<ViewConnection> connections, SourceLocation location) {

    public ArchimateView {
        nodes = List.copyOf(nodes);
        connections = List.copyOf(connections);
    }

    /** Every box of the view, depth first, in file order. */
    public Stream<ViewNode> allNodes() {
        return nodes.stream().flatMap(ViewNode::flatten);
    }
}
