package io.github.bmmsite.archimate;

import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.notation.Diagram;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Archi's own vocabulary, shared by its single {@code .archimate} file and the collaboration
 * plugin's one-file-per-object folder. The two spell the same things differently: the file
 * writes {@code <child archimateElement="id">}, the folder {@code <children><archimateElement
 * href="Goal_id.xml#id"/>}; a dialect says which spelling to read.
 */
final class ArchiDialect {

    static final String NAMESPACE = "http://www.archimatetool.com/archimate";

    /** Archi's default figure size, used where a box keeps it ({@code width="-1"}). */
    private static final int DEFAULT_WIDTH = 120;
    private static final int DEFAULT_HEIGHT = 55;

    static final ArchiDialect SINGLE_FILE = new ArchiDialect("child", "sourceConnection", "bendpoint", "property",
            node -> node.attribute("archimateElement"), node -> node.attribute("archimateRelationship"));

    static final ArchiDialect COLLABORATION_FOLDER = new ArchiDialect("children", "sourceConnections", "bendpoints",
            "properties",
            node -> node.child("archimateElement").flatMap(r -> r.attribute("href")).map(ArchiDialect::hrefId),
            node -> node.child("archimateRelationship").flatMap(r -> r.attribute("href")).map(ArchiDialect::hrefId));

    private final String childTag;
    private final String connectionTag;
    private final String bendpointTag;
    private final String propertyTag;
    private final Function<XmlTree.Node, Optional<String>> elementRef;
    private final Function<XmlTree.Node, Optional<String>> relationshipRef;

    private ArchiDialect(String childTag, String connectionTag, String bendpointTag, String propertyTag,
                         Function<XmlTree.Node, Optional<String>> elementRef,
                         Function<XmlTree.Node, Optional<String>> relationshipRef) {
        this.childTag = childTag;
        this.connectionTag = connectionTag;
        this.bendpointTag = bendpointTag;
        this.propertyTag = propertyTag;
        this.elementRef = elementRef;
        this.relationshipRef = relationshipRef;
    }

    /** {@code Goal_id-1.xml#id-1} is {@code id-1}. */
    static String hrefId(String href) {
        int hash = href.indexOf('#');
        return hash >= 0 ? href.substring(hash + 1) : href;
    }

    /**
     * An element, relationship or view, by its type ({@code Goal}, {@code RealizationRelationship}, …).
     *
     * @param folders the folders that hold it, as {@link ArchimateView#folders()}
     */
    void object(String type, XmlTree.Node node, List<String> folders, Path display, ModelBuilder builder,
                Diagnostics diagnostics) {
        SourceLocation at = SourceLocation.of(display, node.line());
        String id = node.attribute("id").orElse("");
        String name = node.attribute("name").orElse("");
        if (type.equals("ArchimateDiagramModel")) {
            List<ModelBuilder.RawConnection> connections = new ArrayList<>();
            List<ModelBuilder.RawNode> nodes = nodes(node, 0, 0, display, diagnostics, connections);
            builder.add(new ModelBuilder.RawView(id, name, documentation(node), properties(node), folders, nodes,
                    connections, at));
        } else if (type.endsWith("Relationship")) {
            builder.add(new ModelBuilder.RawRelationship(id, type, end(node, "source"), end(node, "target"), name,
                    documentation(node), properties(node), at));
        } else if (type.equals("Junction")) {
            // Archi writes one type of junction, "and" unless it says type="or".
            builder.add(new ModelBuilder.RawElement(id, node.attribute("type").filter("or"::equals).isPresent()
                    ? ModelBuilder.OR_JUNCTION : ModelBuilder.AND_JUNCTION, name, "", Map.of(), at));
        } else if (!type.equals("SketchModel") && !type.equals("CanvasModel")) {
            builder.add(new ModelBuilder.RawElement(id, type, name, documentation(node), properties(node), at));
        }
    }

    /** {@code source="id"} in the file, {@code <source href="Goal_id.xml#id"/>} in the folder. */
    private static String end(XmlTree.Node relationship, String which) {
        return relationship.attribute(which)
                .or(() -> relationship.child(which).flatMap(e -> e.attribute("href")).map(ArchiDialect::hrefId))
                .orElse("");
    }

    private List<ModelBuilder.RawNode> nodes(XmlTree.Node parent, int originX, int originY, Path display,
                                             Diagnostics diagnostics, List<ModelBuilder.RawConnection> connections) {
        List<ModelBuilder.RawNode> nodes = new ArrayList<>();
        parent.children(childTag).forEach(child -> {
            SourceLocation at = SourceLocation.of(display, child.line());
            Diagram.Bounds relative = child.child("bounds").map(b -> bounds(b, display, diagnostics))
                    .orElse(new Diagram.Bounds(0, 0, DEFAULT_WIDTH, DEFAULT_HEIGHT));
            Diagram.Bounds absolute = new Diagram.Bounds(originX + relative.x(), originY + relative.y(),
                    relative.width(), relative.height());
            child.children(connectionTag).forEach(connection -> connections.add(new ModelBuilder.RawConnection(
                    connection.attribute("id").orElse(""), relationshipRef.apply(connection),
                    connection.attribute("source").orElse(child.attribute("id").orElse("")),
                    connection.attribute("target").orElse(""), bendpoints(connection, display, diagnostics),
                    SourceLocation.of(display, connection.line()))));
            String label = child.attribute("name")
                    .or(() -> child.attribute("content"))
                    .or(() -> child.child("content").map(XmlTree.Node::text))
                    .orElse("");
            nodes.add(new ModelBuilder.RawNode(child.attribute("id").orElse(""), figure(child), elementRef.apply(child),
                    label, absolute, nodes(child, absolute.x(), absolute.y(), display, diagnostics, connections), at));
        });
        return nodes;
    }

    private static ViewNode.Figure figure(XmlTree.Node child) {
        return switch (child.xsiType().orElse("")) {
            case "DiagramModelArchimateObject" -> ViewNode.Figure.ELEMENT;
            case "DiagramModelNote" -> ViewNode.Figure.NOTE;
            default -> ViewNode.Figure.GROUP;
        };
    }

    private List<ModelBuilder.RawBendpoint> bendpoints(XmlTree.Node connection, Path display, Diagnostics diagnostics) {
        return connection.children(bendpointTag).map(b -> (ModelBuilder.RawBendpoint) new ModelBuilder.RelativeBendpoint(
                number(b, "startX", 0, display, diagnostics), number(b, "startY", 0, display, diagnostics),
                number(b, "endX", 0, display, diagnostics), number(b, "endY", 0, display, diagnostics))).toList();
    }

    private static Diagram.Bounds bounds(XmlTree.Node bounds, Path display, Diagnostics diagnostics) {
        int width = number(bounds, "width", -1, display, diagnostics);
        int height = number(bounds, "height", -1, display, diagnostics);
        return new Diagram.Bounds(number(bounds, "x", 0, display, diagnostics),
                number(bounds, "y", 0, display, diagnostics),
                width < 0 ? DEFAULT_WIDTH : width, height < 0 ? DEFAULT_HEIGHT : height);
    }

    static int number(XmlTree.Node node, String attribute, int absent, Path display, Diagnostics diagnostics) {
        Optional<String> value = node.attribute(attribute);
        if (value.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.get().strip());
        } catch (NumberFormatException e) {
            diagnostics.report(Problem.ARCHITECTURE_INVALID_VALUE, SourceLocation.of(display, node.line()),
                    "'" + attribute + "' must be a whole number, not '" + value.get() + "'; " + absent + " is used");
            return absent;
        }
    }

    /** Archi writes documentation as an attribute in the folder layout and as a child element in its file. */
    static String documentation(XmlTree.Node node) {
        return node.attribute("documentation").or(() -> node.child("documentation").map(XmlTree.Node::text))
                .orElse("");
    }

    private Map<String, String> properties(XmlTree.Node node) {
        Map<String, String> properties = new LinkedHashMap<>();
        node.children(propertyTag).forEach(p -> p.attribute("key")
                .ifPresent(key -> properties.put(key, p.attribute("value").orElse(""))));
        return properties;
    }
}
