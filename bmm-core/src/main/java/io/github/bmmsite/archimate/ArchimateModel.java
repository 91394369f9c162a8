package io.github.bmmsite.archimate;

import io.github.bmmsite.notation.Diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An ArchiMate model as the site needs it, whichever of the three formats it was read from:
 * elements, relationships and views, by id, in file order. Immutable; every reference in it
 * resolves (the readers report and drop what does not).
 */
public final class ArchimateModel {

    private final String name;
    private final Map<String, ArchimateElement> elements;
    private final Map<String, ArchimateRelationship> relationships;
    private final Map<String, ArchimateView> views;
    private final Map<String, Junction> junctions;
    /** Relationships with a junction at one end or both, by id. */
    private final Map<String, ArchimateRelationship> junctionRelationships;
    private final List<ArchimateRelationship> throughJunctions;

    /** A model without junctions. */
    public ArchimateModel(String name, Collection<ArchimateElement> elements,
                          Collection<ArchimateRelationship> relationships, Collection<ArchimateView> views) {
        this(name, elements, relationships, views, List.of(), List.of());
    }

    /**
     * @param relationships relationships between two elements
     * @param junctionRelationships relationships that end at a junction, at one end or both
     */
    public ArchimateModel(String name, Collection<ArchimateElement> elements,
                          Collection<ArchimateRelationship> relationships, Collection<ArchimateView> views,
                          Collection<Junction> junctions, Collection<ArchimateRelationship> junctionRelationships) {
        this.name = name;
        this.elements = byId(elements, ArchimateElement::id);
        this.relationships = byId(relationships, ArchimateRelationship::id);
        this.views = byId(views, ArchimateView::id);
        this.junctions = byId(junctions, Junction::id);
        this.junctionRelationships = byId(junctionRelationships, ArchimateRelationship::id);
        this.throughJunctions = JunctionPaths.relationships(this.relationships.values(),
                this.junctionRelationships.values(), this.junctions.keySet());
    }

    private static <T> Map<String, T> byId(Collection<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(id.apply(item), item));
        return java.util.Collections.unmodifiableMap(map);
    }

    public String name() {
        return name;
    }

    public Collection<ArchimateElement> elements() {
        return elements.values();
    }

    /** The relationships between two elements; those through a junction are {@link #relationshipsThroughJunctions()}. */
    public Collection<ArchimateRelationship> relationships() {
        return relationships.values();
    }

    /**
     * What the relationships through junctions say between elements: a relationship from an element
     * into a junction and one of the same type out of it to another element (through further
     * junctions too) make one from the first element to the second, with the id
     * {@code first-id+second-id} and the first name either has. Those the model also states
     * directly are left out.
     */
    public List<ArchimateRelationship> relationshipsThroughJunctions() {
        return throughJunctions;
    }

    public Collection<ArchimateView> views() {
        return views.values();
    }

    public Optional<ArchimateElement> element(String id) {
        return Optional.ofNullable(elements.get(id));
    }

    public Optional<ArchimateRelationship> relationship(String id) {
        return Optional.ofNullable(relationships.get(id));
    }

    public Optional<Junction> junction(String id) {
        return Optional.ofNullable(junctions.get(id));
    }

    public Optional<ArchimateView> view(String id) {
        return Optional.ofNullable(views.get(id));
    }

    /**
     * The view's own layout as a drawing: a box per figure at its absolute bounds, nested as on
     * the view, and a line per drawn relationship, with its name and bendpoints. A relationship
     * between a box and a box directly nested in it is not drawn but listed as nested, as Archi
     * hides it by default (the nesting already says it), junctions aside.
     *
     * @param elementKeyOfArchimateId the site's element key for a model element id, when the
     *     element has a page (groupings and notes have none)
     */
    public Optional<Diagram> diagram(String viewId, Function<String, Optional<String>> elementKeyOfArchimateId) {
        ArchimateView view = views.get(viewId);
        if (view == null) {
            return Optional.empty();
        }
        List<Diagram.Box> boxes = view.nodes().stream().map(n -> box(n, elementKeyOfArchimateId)).toList();
        Map<String, ViewNode> nodesById = new LinkedHashMap<>();
        Map<String, String> parentIds = new HashMap<>();
        view.allNodes().forEach(n -> {
            nodesById.put(n.id(), n);
            n.children().forEach(c -> parentIds.put(c.id(), n.id()));
        });
        List<Diagram.Line> lines = new ArrayList<>();
        List<Diagram.Line> nested = new ArrayList<>();
        for (ViewConnection connection : view.connections()) {
            ArchimateRelationship relationship = Optional.ofNullable(relationships.get(connection.relationshipId()))
                    .orElseGet(() -> junctionRelationships.get(connection.relationshipId()));
            ViewNode source = nodesById.get(connection.sourceNodeId());
            ViewNode target = nodesById.get(connection.targetNodeId());
            if (relationship == null || source == null || target == null) {
                continue;
            }
            Diagram.Line line = new Diagram.Line(source.id(), target.id(), relationship.type(), relationship.name(),
                    connection.bendpoints());
            boolean nesting = (source.id().equals(parentIds.get(target.id()))
                    || target.id().equals(parentIds.get(source.id())))
                    && !isJunction(source) && !isJunction(target);
            (nesting ? nested : lines).add(line);
        }
        int width = view.allNodes().mapToInt(n -> n.bounds().x() + n.bounds().width()).max().orElse(0);
        int height = view.allNodes().mapToInt(n -> n.bounds().y() + n.bounds().height()).max().orElse(0);
        return Optional.of(new Diagram(width, height, boxes, lines, nested));
    }

    private boolean isJunction(ViewNode node) {
        return node.elementId().filter(junctions::containsKey).isPresent();
    }

    private Diagram.Box box(ViewNode node, Function<String, Optional<String>> keyOf) {
        Optional<ArchimateElement> element = node.elementId().map(elements::get);
        Diagram.Kind kind = switch (node.figure()) {
            case NOTE -> Diagram.Kind.NOTE;
            case GROUP -> Diagram.Kind.GROUP;
            case ELEMENT -> node.elementId().map(junctions::get)
                    .map(junction -> junction.or() ? Diagram.Kind.OR_JUNCTION : Diagram.Kind.AND_JUNCTION)
                    .orElse(element.filter(ArchimateElement::isGrouping).isPresent() ? Diagram.Kind.GROUPING
                            : Diagram.Kind.ELEMENT);
        };
        return new Diagram.Box(node.id(), kind,
                element.filter(e -> !e.isGrouping()).flatMap(e -> keyOf.apply(e.id())),
                element.map(ArchimateElement::name).orElse(node.label()),
                element.map(ArchimateElement::type),
                node.bounds(),
                node.children().stream().map(c -> box(c, keyOf)).toList());
    }
}
