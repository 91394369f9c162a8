package io.github.bmmsite.archimate;

import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.notation.Diagram;
import io.github.bmmsite.notation.ElementType;
import io.github.bmmsite.notation.RelationType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a reader found, as written (types by name, references by id), checked here the same way
 * for the three formats: every object has an id, ids are unique, types are ArchiMate's and every
 * reference resolves. Whatever fails is reported with its file and line and left out.
 */
final class ModelBuilder {

    /** ArchiMate 2 names that models saved by older versions of Archi still carry. */
    private static final Map<String, String> FORMER_RELATIONSHIP_NAMES = Map.of(
            "UsedByRelationship", "ServingRelationship", "UsedBy", "Serving",
            "RealisationRelationship", "RealizationRelationship", "Realisation", "Realization");

    /** The readers' names of the two kinds of junction (Archi's {@code Junction type="or"} is read as the latter). */
    static final String AND_JUNCTION = "AndJunction";
    static final String OR_JUNCTION = "OrJunction";

    record RawElement(String id, String type, String name, String documentation, Map<String, String> properties,
                      SourceLocation location) {
    }

    record RawRelationship(String id, String type, String sourceId, String targetId, String name,
                           String documentation, Map<String, String> properties, SourceLocation location) {
    }

    /** {@code elementId} empty for a note or visual group. Bounds already absolute. */
    record RawNode(String id, ViewNode.Figure figure, Optional<String> elementId, String label,
                   Diagram.Bounds bounds, List<RawNode> children, SourceLocation location) {
    }

    /** {@code relationshipId} empty for a line that draws no relationship (from a note). */
    record RawConnection(String id, Optional<String> relationshipId, String sourceNodeId, String targetNodeId,
                         List<RawBendpoint> bendpoints, SourceLocation location) {
    }

    /** A bendpoint as a format writes it. */
    sealed interface RawBendpoint {
    }

    /**
     * Archi's: offsets from the centres of the line's source and target boxes, which agree until
     * a box moves; the point is their blend, weighted by the bendpoint's place along the line.
     */
    record RelativeBendpoint(int startX, int startY, int endX, int endY) implements RawBendpoint {
    }

    /** The exchange format's: where the line bends. */
    record AbsoluteBendpoint(int x, int y) implements RawBendpoint {
    }

    /** {@code folders} as {@link ArchimateView#folders()}. */
    record RawView(String id, String name, String documentation, Map<String, String> properties, List<String> folders,
                   List<RawNode> nodes, List<RawConnection> connections, SourceLocation location) {
    }

    private final Diagnostics diagnostics;
    private String name = "";
    private final List<RawElement> elements = new ArrayList<>();
    private final List<RawRelationship> relationships = new ArrayList<>();
    private final List<RawView> views = new ArrayList<>();

    ModelBuilder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void name(String modelName) {
        this.name = modelName;
    }

    void add(RawElement element) {
        elements.add(element);
    }

    void add(RawRelationship relationship) {
        relationships.add(relationship);
    }

    void add(RawView view) {
        views.add(view);
    }

    ArchimateModel build() {
        Map<String, SourceLocation> seen = new HashMap<>();
        Set<String> hidden = new HashSet<>();
        Map<String, ArchimateElement> builtElements = new LinkedHashMap<>();
        Map<String, Junction> junctions = new LinkedHashMap<>();
        for (RawElement raw : elements) {
            if (!hasUniqueId(raw.id(), "element '" + raw.name() + "'", raw.location(), seen)) {
                continue;
            }
            if (raw.type().equals(AND_JUNCTION) || raw.type().equals(OR_JUNCTION)) {
                junctions.put(raw.id(), new Junction(raw.id(), raw.type().equals(OR_JUNCTION), raw.location()));
                continue;
            }
            Optional<ElementType> type = ElementType.named(raw.type());
            if (type.isEmpty()) {
                hidden.add(raw.id());
                diagnostics.report(Problem.ARCHITECTURE_UNKNOWN_TYPE, raw.location(), "'" + raw.type()
                        + "' is not an ArchiMate element type; the element '" + raw.name() + "' is left out");
                continue;
            }
            builtElements.put(raw.id(), new ArchimateElement(raw.id(), type.get(), raw.name().strip(),
                    raw.documentation().strip(), raw.properties(), raw.location()));
        }
        Set<String> ends = new HashSet<>(builtElements.keySet());
        ends.addAll(junctions.keySet());
        Map<String, ArchimateRelationship> builtRelationships = new LinkedHashMap<>();
        Map<String, ArchimateRelationship> junctionRelationships = new LinkedHashMap<>();
        Set<String> relationshipIds = new HashSet<>();
        relationships.forEach(r -> relationshipIds.add(r.id()));
        for (RawRelationship raw : relationships) {
            if (!hasUniqueId(raw.id(), "relationship", raw.location(), seen)) {
                continue;
            }
            if (relationshipIds.contains(raw.sourceId()) || relationshipIds.contains(raw.targetId())) {
                hidden.add(raw.id());
                diagnostics.report(Problem.ARCHITECTURE_UNKNOWN_TYPE, raw.location(), "the site does not show"
                        + " relationships that connect to another relationship; this " + raw.type() + " is left out");
                continue;
            }
            Optional<RelationType> type = RelationType.named(FORMER_RELATIONSHIP_NAMES.getOrDefault(raw.type(), raw.type()));
            if (type.isEmpty()) {
                hidden.add(raw.id());
                diagnostics.report(Problem.ARCHITECTURE_UNKNOWN_TYPE, raw.location(), "'" + raw.type()
                        + "' is not an ArchiMate relationship type; the relationship is left out");
                continue;
            }
            boolean resolved = resolves(raw.sourceId(), "source", raw.location(), ends, hidden)
                    & resolves(raw.targetId(), "target", raw.location(), ends, hidden);
            if (!resolved) {
                hidden.add(raw.id());
            } else {
                ArchimateRelationship relationship = new ArchimateRelationship(raw.id(), type.get(), raw.sourceId(),
                        raw.targetId(), raw.name().strip(), raw.documentation().strip(), raw.properties(),
                        raw.location());
                boolean throughJunction = junctions.containsKey(raw.sourceId()) || junctions.containsKey(raw.targetId());
                (throughJunction ? junctionRelationships : builtRelationships).put(raw.id(), relationship);
            }
        }
        Set<String> drawable = new HashSet<>(builtRelationships.keySet());
        drawable.addAll(junctionRelationships.keySet());
        List<ArchimateView> builtViews = new ArrayList<>();
        for (RawView raw : views) {
            if (!hasUniqueId(raw.id(), "view '" + raw.name() + "'", raw.location(), seen)) {
                continue;
            }
            Map<String, RawNode> nodeIds = new HashMap<>();
            List<ViewNode> nodes = nodes(raw.nodes(), ends, hidden, seen, nodeIds);
            List<ViewConnection> connections = new ArrayList<>();
            for (RawConnection connection : raw.connections()) {
                if (connection.relationshipId().isEmpty()
                        || !hasUniqueId(connection.id(), "connection", connection.location(), seen)) {
                    continue;
                }
                String relationship = connection.relationshipId().get();
                boolean drawn = resolves(relationship, "relationship", connection.location(), drawable, hidden)
                        & resolves(connection.sourceNodeId(), "source box", connection.location(), nodeIds.keySet(), Set.of())
                        & resolves(connection.targetNodeId(), "target box", connection.location(), nodeIds.keySet(), Set.of());
                if (drawn) {
                    connections.add(new ViewConnection(connection.id(), relationship, connection.sourceNodeId(),
                            connection.targetNodeId(), bendpoints(connection, nodeIds), connection.location()));
                }
            }
            builtViews.add(new ArchimateView(raw.id(), raw.name().strip(), raw.documentation().strip(),
                    raw.properties(), raw.folders(), nodes, connections, raw.location()));
        }
        return new ArchimateModel(name, builtElements.values(), builtRelationships.values(), builtViews,
                junctions.values(), junctionRelationships.values());
    }

    /**
     * A connection's bendpoints made absolute. Archi places bendpoint i of n at the blend of its
     * two offsets with weight (i + 1) / (n + 1), so that a bendpoint follows the box it is nearer.
     */
    private static List<Diagram.Point> bendpoints(RawConnection connection, Map<String, RawNode> nodeIds) {
        Diagram.Bounds source = nodeIds.get(connection.sourceNodeId()).bounds();
        Diagram.Bounds target = nodeIds.get(connection.targetNodeId()).bounds();
        List<Diagram.Point> points = new ArrayList<>();
        int count = connection.bendpoints().size();
        for (int i = 0; i < count; i++) {
            RawBendpoint bendpoint = connection.bendpoints().get(i);
            if (bendpoint instanceof AbsoluteBendpoint absolute) {
                points.add(new Diagram.Point(absolute.x(), absolute.y()));
            } else if (bendpoint instanceof RelativeBendpoint relative) {
                double weight = (i + 1) / (double) (count + 1);
                points.add(new Diagram.Point(
                        (1 - weight) * (source.centreX() + relative.startX()) + weight * (target.centreX() + relative.endX()),
                        (1 - weight) * (source.centreY() + relative.startY()) + weight * (target.centreY() + relative.endY())));
            }
        }
        return points;
    }

    private List<ViewNode> nodes(List<RawNode> raws, Set<String> elementIds, Set<String> hidden,
                                 Map<String, SourceLocation> seen, Map<String, RawNode> nodeIds) {
        List<ViewNode> result = new ArrayList<>();
        for (RawNode raw : raws) {
            if (!hasUniqueId(raw.id(), "box", raw.location(), seen)) {
                continue;
            }
            nodeIds.put(raw.id(), raw);
            List<ViewNode> children = nodes(raw.children(), elementIds, hidden, seen, nodeIds);
            if (raw.elementId().isPresent()) {
                String element = raw.elementId().get();
                if (hidden.contains(element)) {
                    result.addAll(children);
                    continue;
                }
                if (!resolves(element, "element", raw.location(), elementIds, Set.of())) {
                    result.addAll(children);
                    continue;
                }
            }
            result.add(new ViewNode(raw.id(), raw.figure(), raw.elementId(), raw.label().strip(), raw.bounds(),
                    children, raw.location()));
        }
        return result;
    }

    private boolean hasUniqueId(String id, String what, SourceLocation at, Map<String, SourceLocation> seen) {
        if (id == null || id.isBlank()) {
            diagnostics.report(Problem.ARCHITECTURE_MISSING_ID, at, "this " + what
                    + " has no id; every object of an ArchiMate model needs one (re-save the model in Archi)");
            return false;
        }
        SourceLocation first = seen.putIfAbsent(id, at);
        if (first != null) {
            diagnostics.report(Problem.ARCHITECTURE_DUPLICATE_ID, at, "the id '" + id + "' is already used at "
                    + first + "; ids must be unique in a model");
            return false;
        }
        return true;
    }

    private boolean resolves(String id, String what, SourceLocation at, Set<String> known, Set<String> hidden) {
        if (id != null && hidden.contains(id)) {
            return false;
        }
        if (id == null || id.isBlank() || !known.contains(id)) {
            diagnostics.report(Problem.ARCHITECTURE_DANGLING_REFERENCE, at, "the " + what + " '"
                    + (id == null ? "" : id) + "' is not in the model; the reference is left out"
                    + " (was the object deleted outside Archi?)");
            return false;
        }
        return true;
    }
}
