package io.github.bmmsite.archimate;

import io.github.bmmsite.diagnostic.SourceLocation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A view (diagram) of the architecture model: its top-level boxes, nested, and its lines.
 *
 * @param properties Archi's user properties, in file order
 * @param folders the folders of the model tree that hold it, outermost first, without the model's
 *     top folder of views ("Views"); empty for a view right in that folder
 */
public record ArchimateView(String id, String name, String documentation, Map<String, String> properties,
                            List<String> folders, List<ViewNode> nodes, List<ViewConnection> connections,
                            SourceLocation location) {

    public ArchimateView {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        folders = List.copyOf(folders);
        nodes = List.copyOf(nodes);
        connections = List.copyOf(connections);
    }

    /** Every box of the view, depth first, in file order. */
    public Stream<ViewNode> allNodes() {
        return nodes.stream().flatMap(ViewNode::flatten);
    }
}
