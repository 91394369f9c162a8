package io.github.bmmsite.archimate;

import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.notation.Diagram;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Open Group ArchiMate Model Exchange File Format ({@code .xml}, namespace
 * {@code http://www.opengroup.org/xsd/archimate/3.0/}): {@code <elements>}, {@code <relationships>}
 * and {@code <views><diagrams>} with identifiers and {@code xsi:type}s; names and documentation
 * may be written in several languages ({@code xml:lang}), Spanish is preferred. Node coordinates
 * are absolute in this format. {@code <organizations>} is the folder tree, which places the views.
 */
final class ExchangeFormatReader {

    static final String NAMESPACE_PREFIX = "http://www.opengroup.org/xsd/archimate/";
    private static final String PREFERRED_LANGUAGE = "es";

    private ExchangeFormatReader() {
    }

    static void read(XmlTree.Node root, Path display, ModelBuilder builder, Diagnostics diagnostics) {
        builder.name(text(root, "name"));
        Map<String, String> propertyNames = new HashMap<>();
        root.child("propertyDefinitions").ifPresent(definitions -> definitions.children("propertyDefinition")
                .forEach(d -> d.attribute("identifier").ifPresent(id -> propertyNames.put(id, text(d, "name")))));
        root.child("elements").ifPresent(elements -> elements.children("element").forEach(e ->
                builder.add(new ModelBuilder.RawElement(e.attribute("identifier").orElse(""),
                        e.xsiType().orElse(""), text(e, "name"), text(e, "documentation"),
                        properties(e, propertyNames), SourceLocation.of(display, e.line())))));
        root.child("relationships").ifPresent(relationships -> relationships.children("relationship").forEach(r ->
                builder.add(new ModelBuilder.RawRelationship(r.attribute("identifier").orElse(""),
                        r.xsiType().orElse(""), r.attribute("source").orElse(""), r.attribute("target").orElse(""),
                        text(r, "name"), text(r, "documentation"), properties(r, propertyNames),
                        SourceLocation.of(display, r.line())))));
        Map<String, List<String>> folders = new HashMap<>();
        root.child("organizations").ifPresent(organizations -> organizations.children("item")
                .forEach(top -> folders(top, List.of(), folders)));
        root.child("views").flatMap(v -> v.child("diagrams")).ifPresent(diagrams -> diagrams.children("view")
                .forEach(view -> {
                    List<ModelBuilder.RawConnection> connections = new ArrayList<>();
                    List<ModelBuilder.RawNode> nodes = nodes(view, display, diagnostics, connections);
                    String id = view.attribute("identifier").orElse("");
                    builder.add(new ModelBuilder.RawView(id, text(view, "name"), text(view, "documentation"),
                            properties(view, propertyNames), folders.getOrDefault(id, List.of()), nodes, connections,
                            SourceLocation.of(display, view.line())));
                }));
    }

    /**
     * The labels of the items that hold each object, below the top item of its kind ("Views"), as
     * {@code <organizations>} nests them.
     *
     * @param path the labels of the items above {@code item}'s children, the top one left out
     */
    private static void folders(XmlTree.Node item, List<String> path, Map<String, List<String>> folders) {
        item.attribute("identifierRef").ifPresent(id -> folders.putIfAbsent(id, path));
        for (XmlTree.Node child : item.children("item").toList()) {
            List<String> inside = path;
            if (child.child("label").isPresent()) {
                inside = new ArrayList<>(path);
                inside.add(text(child, "label").strip());
            }
            folders(child, inside, folders);
        }
    }

    private static List<ModelBuilder.RawNode> nodes(XmlTree.Node parent, Path display, Diagnostics diagnostics,
                                                    List<ModelBuilder.RawConnection> connections) {
        List<ModelBuilder.RawNode> nodes = new ArrayList<>();
        parent.children("connection").forEach(c -> connections.add(new ModelBuilder.RawConnection(
                c.attribute("identifier").orElse(""), c.attribute("relationshipRef"),
                c.attribute("source").orElse(""), c.attribute("target").orElse(""),
                c.children("bendpoint").map(b -> (ModelBuilder.RawBendpoint) new ModelBuilder.AbsoluteBendpoint(
                        ArchiDialect.number(b, "x", 0, display, diagnostics),
                        ArchiDialect.number(b, "y", 0, display, diagnostics))).toList(),
                SourceLocation.of(display, c.line()))));
        parent.children("node").forEach(node -> {
            Diagram.Bounds bounds = new Diagram.Bounds(
                    ArchiDialect.number(node, "x", 0, display, diagnostics),
                    ArchiDialect.number(node, "y", 0, display, diagnostics),
                    ArchiDialect.number(node, "w", 120, display, diagnostics),
                    ArchiDialect.number(node, "h", 55, display, diagnostics));
            ViewNode.Figure figure = node.attribute("elementRef").isPresent() ? ViewNode.Figure.ELEMENT
                    : node.xsiType().filter("Label"::equals).isPresent() ? ViewNode.Figure.NOTE : ViewNode.Figure.GROUP;
            nodes.add(new ModelBuilder.RawNode(node.attribute("identifier").orElse(""), figure,
                    node.attribute("elementRef"), text(node, "label"), bounds,
                    nodes(node, display, diagnostics, connections), SourceLocation.of(display, node.line())));
        });
        return nodes;
    }

    /** The Spanish text of a multilingual child ({@code <name xml:lang="es">}), else the first one. */
    private static String text(XmlTree.Node node, String child) {
        List<XmlTree.Node> texts = node.children(child).toList();
        return texts.stream().filter(t -> t.attribute("xml:lang").filter(l -> l.startsWith(PREFERRED_LANGUAGE)).isPresent())
                .findFirst().or(() -> texts.stream().findFirst()).map(XmlTree.Node::text).orElse("");
    }

    private static Map<String, String> properties(XmlTree.Node element, Map<String, String> propertyNames) {
        Map<String, String> properties = new LinkedHashMap<>();
        element.child("properties").ifPresent(list -> list.children("property").forEach(p -> {
            Optional<String> key = p.attribute("propertyDefinitionRef").map(ref -> propertyNames.getOrDefault(ref, ref));
            key.ifPresent(k -> properties.put(k, text(p, "value")));
        }));
        return properties;
    }
}
