package io.github.bmmsite.archimate;

import io.github.bmmsite.model.Diagram;

import java.util.ArrayList;
import java.util.Collection;
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

    public ArchimateModel(String name, Collection<ArchimateElement> elements,
                          Collection<ArchimateRelationship> relationships, Collection<ArchimateView> views) {
        this.name = name;
        this.elements = byId(elements, ArchimateElement::id);
        this.relationships = byId(relationships, ArchimateRelationship::id);
        this.views = byId(views, ArchimateView::id);
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

    public Collection<ArchimateRelationship> relationships() {
        return relationships.values();
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

    public Optional<ArchimateView> view(String id) {
        return Optional.ofNullable(views.get(id));
    }

    /**
     * The view's own layout as a drawing: a box per figure at its absolute bounds, nested as on
     * the view, and a line per drawn relationship. Lines between a box and a box nested in it
     * are left out, as Archi hides them by default (the nesting already says it).
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
        view.allNodes().forEach(n -> nodesById.put(n.id(), n));
        List<Diagram.Line> lines = new ArrayList<>();
        for (ViewConnection connection : view.connections()) {
            ArchimateRelationship relationship = relationships.get(connection.relationshipId());
            ViewNode source = nodesById.get(connection.sourceNodeId());
            ViewNode target = nodesById.get(connection.targetNodeId());
            if (relationship == null || source == null || target == null
                    || encloses(source, target) || encloses(target, source)) {
                continue;
            }
            lines.add(new Diagram.Line(source.id(), target.id(), relationship.type()));
        }
        int width = view.allNodes().mapToInt(n -> n.bounds().x() + n.bounds().width()).max().orElse(0);
        int height = view.allNodes().mapToInt(n -> n.bounds().y() + n.bounds().height()).max().orElse(0);
        return Optional.of(new Diagram(width, height, boxes, List.copyOf(lines)));
    }

    private static boolean encloses(ViewNode outer, ViewNode inner) {
        return outer.children().stream().anyMatch(c -> c.id().equals(inner.id()) || encloses(c, inner));
    }

    private Diagram.Box box(ViewNode node, Function<String, Optional<String>> keyOf) {
        Optional<ArchimateElement> element = node.elementId().map(elements::get);
        return new Diagram.Box(node.id(),
                element.filter(e -> !e.isGrouping()).flatMap(e -> keyOf.apply(e.id())),
                element.map(ArchimateElement::name).orElse(node.label()),
                element.map(ArchimateElement::type),
                node.bounds(),
                node.children().stream().map(c -> box(c, keyOf)).toList());
    }
}
