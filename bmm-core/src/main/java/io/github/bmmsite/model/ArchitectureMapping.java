package io.github.bmmsite.model;

import io.github.bmmsite.archimate.ArchimateElement;
import io.github.bmmsite.archimate.ArchimateModel;
import io.github.bmmsite.archimate.ArchimateRelationship;
import io.github.bmmsite.archimate.ArchimateView;
import io.github.bmmsite.archimate.ViewNode;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.parse.ParsedDocument;
import io.github.bmmsite.source.Placeholders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the architecture model for the documents. A view of a document is a view of the model:
 * its figure id ({@code {#fig:id-257a…}}) is the view's id. Each element heading is matched to an
 * element of that view by code, else by name (accents, case, spacing and a leading code aside,
 * placeholders filled), else to the one element of the whole model with that code or name; the
 * model then gives it its type, its group (the Grouping it is drawn in) and its relations.
 * Elements of the view that no heading describes (the export skips those without documentation)
 * get pages of their own, with the model's documentation.
 */
final class ArchitectureMapping implements ModelNames {

    private final Diagnostics diagnostics;
    private final Placeholders placeholders;
    private final ArchimateModel architecture;
    private final Function<SourceLocation, Function<String, Fragment>> texts;
    /** Every element of the model but groupings, and every grouping, by compared name. */
    private final Map<String, List<Placed>> elementsByName = new HashMap<>();
    private final Map<String, List<Placed>> elementsByCode = new HashMap<>();
    private final Map<String, List<Placed>> groupingsByName = new HashMap<>();
    private final Map<String, DrawnView> drawnViews = new HashMap<>();
    private final Map<String, String> modelViewIdBySlug = new LinkedHashMap<>();

    /**
     * @param texts parses a text of the model (an element's documentation) found at a location
     */
    ArchitectureMapping(Diagnostics diagnostics, Placeholders placeholders, ArchimateModel architecture,
                        Function<SourceLocation, Function<String, Fragment>> texts) {
        this.diagnostics = diagnostics;
        this.placeholders = placeholders;
        this.architecture = architecture;
        this.texts = texts;
        for (ArchimateElement element : architecture.elements()) {
            Placed placed = new Placed(element, Optional.empty(), nameOf(element));
            (element.isGrouping() ? groupingsByName : elementsByName)
                    .computeIfAbsent(placed.name().normal(), n -> new ArrayList<>()).add(placed);
            if (!element.isGrouping()) {
                placed.name().code().ifPresent(code -> elementsByCode.computeIfAbsent(code.toUpperCase(Locale.ROOT),
                        c -> new ArrayList<>()).add(placed));
            }
        }
    }

    /** A model element drawn on a view, with the Grouping it is drawn in (innermost), if any. */
    private record Placed(ArchimateElement element, Optional<ArchimateElement> grouping, NameKey name) {
        ElementCatalog.ModelElement modelElement() {
            return new ElementCatalog.ModelElement(element.id(), element.type(), name, element.documentation(),
                    element.location());
        }
    }

    /** What a view of the model draws: its elements in drawing order, once each, and its groupings. */
    private record DrawnView(ArchimateView view, List<Placed> elements, List<Placed> groupings) {
    }

    @Override
    public Naming naming(String headingText, Optional<String> viewId) {
        NameKey heading = NameKey.of(placeholders.fill(headingText, n -> "$" + n));
        Optional<DrawnView> drawn = viewId.flatMap(this::drawn);
        if (drawn.isPresent() && !candidates(heading, drawn.get().elements()).isEmpty()) {
            return Naming.ELEMENT;
        }
        if (drawn.isPresent()
                && drawn.get().groupings().stream().anyMatch(g -> g.name().normal().equals(heading.normal()))) {
            return Naming.GROUPING;
        }
        if (!modelCandidates(heading).isEmpty()) {
            return Naming.ELEMENT;
        }
        return groupingsByName.containsKey(heading.normal()) ? Naming.GROUPING : Naming.NOTHING;
    }

    /**
     * The model element a heading names: by code, else by name, on the view first, then in the
     * whole model when exactly one element has that code or name. A heading that matches several
     * is reported and matches none; so is a heading with a code that matches nothing.
     */
    Optional<ElementCatalog.ModelElement> match(NameKey heading, Optional<String> viewId,
                                                Optional<ElementType> typeInTable, SourceLocation at) {
        Optional<DrawnView> drawn = viewId.flatMap(this::drawn);
        List<Placed> found = drawn.map(d -> narrowed(candidates(heading, d.elements()), typeInTable)).orElse(List.of());
        String where = drawn.map(d -> "the view '" + d.view().name() + "'").orElse("the architecture model");
        if (found.isEmpty()) {
            found = narrowed(modelCandidates(heading), typeInTable);
            where = "the architecture model";
        }
        if (found.size() > 1) {
            diagnostics.report(Problem.ARCHITECTURE_AMBIGUOUS_MATCH, at, "'" + title(heading) + "' matches "
                    + found.size() + " elements of " + where + " ("
                    + found.stream().map(p -> p.element().location().toString()).toList()
                    + "); give them distinct codes or names");
            return Optional.empty();
        }
        if (found.isEmpty()) {
            diagnostics.report(Problem.ARCHITECTURE_ELEMENT_NOT_FOUND, at, "'" + title(heading) + "' matches no element"
                    + drawn.map(d -> " of the view '" + d.view().name() + "'").orElse("") + " of the architecture"
                    + " model, by code or by name; it gets no type, group or relations from the model (rename it in"
                    + " Archi or in the document so that the names agree)");
            return Optional.empty();
        }
        Placed placed = found.get(0);
        reportSpelling(heading, placed, at);
        return Optional.of(new ElementCatalog.ModelElement(placed.element().id(), placed.element().type(),
                reportedName(placed), placed.element().documentation(), placed.element().location()));
    }

    /** A heading matched by code whose name says something else, or matched by a name written otherwise. */
    private void reportSpelling(NameKey heading, Placed placed, SourceLocation at) {
        String modelName = placed.name().name();
        if (!heading.normal().equals(placed.name().normal())) {
            diagnostics.report(Problem.ELEMENT_NAME_DIFFERS, at, "'" + heading.code().orElse(heading.name())
                    + "' is named '" + modelName + "' in the architecture model (" + placed.element().location()
                    + ") and '" + heading.name() + "' here; its page uses the model's name, so write the same name"
                    + " in both");
        } else if (!title(heading).equals(title(placed.name()))) {
            diagnostics.report(Problem.HEADING_SPELLS_MODEL_NAME, at, "'" + title(heading) + "' is written '"
                    + title(placed.name()) + "' in the architecture model (" + placed.element().location()
                    + "); its page uses the model's spelling");
        }
    }

    private static String title(NameKey name) {
        return name.code().map(c -> c + ": " + name.name()).orElse(name.name());
    }

    private static List<Placed> narrowed(List<Placed> found, Optional<ElementType> type) {
        if (found.size() < 2 || type.isEmpty()) {
            return found;
        }
        List<Placed> ofType = found.stream().filter(p -> p.element().type().equals(type.get())).toList();
        return ofType.isEmpty() ? found : ofType;
    }

    /** By code first (case aside), else by compared name. */
    private static List<Placed> candidates(NameKey heading, List<Placed> candidates) {
        List<Placed> byCode = heading.code().map(code -> candidates.stream()
                .filter(p -> p.name().code().filter(code::equalsIgnoreCase).isPresent()).toList()).orElse(List.of());
        return !byCode.isEmpty() ? byCode
                : candidates.stream().filter(p -> p.name().normal().equals(heading.normal())).toList();
    }

    private List<Placed> modelCandidates(NameKey heading) {
        List<Placed> byCode = heading.code().map(c -> elementsByCode.getOrDefault(c.toUpperCase(Locale.ROOT),
                List.of())).orElse(List.of());
        return !byCode.isEmpty() ? byCode : elementsByName.getOrDefault(heading.normal(), List.of());
    }

    private Optional<DrawnView> drawn(String viewId) {
        if (!drawnViews.containsKey(viewId)) {
            Optional<ArchimateView> view = architecture.view(viewId);
            if (view.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Placed> elements = new LinkedHashMap<>();
            Map<String, Placed> groupings = new LinkedHashMap<>();
            for (ViewNode node : view.get().nodes()) {
                collect(node, Optional.empty(), elements, groupings);
            }
            drawnViews.put(viewId, new DrawnView(view.get(), List.copyOf(elements.values()),
                    List.copyOf(groupings.values())));
        }
        return Optional.of(drawnViews.get(viewId));
    }

    private void collect(ViewNode node, Optional<ArchimateElement> grouping, Map<String, Placed> elements,
                         Map<String, Placed> groupings) {
        Optional<ArchimateElement> element = node.elementId().flatMap(architecture::element);
        Optional<ArchimateElement> inside = grouping;
        if (element.isPresent()) {
            ArchimateElement e = element.get();
            Placed placed = new Placed(e, grouping, nameOf(e));
            (e.isGrouping() ? groupings : elements).putIfAbsent(e.id(), placed);
            inside = e.isGrouping() ? element : grouping;
        }
        for (ViewNode child : node.children()) {
            collect(child, inside, elements, groupings);
        }
    }

    /**
     * What the model says of a view's elements once its headings are read: the type of each matched
     * element, and for those the view draws, the Grouping they are drawn in; and a page for each
     * element the view draws that no heading describes.
     *
     * @param figureAt where the view's figure is; empty when the view has none
     * @param keys the view's elements, to which the drawn ones no heading describes are added
     */
    void complete(ElementCatalog catalog, String viewSlug, String viewTitle, ParsedDocument document,
                  Optional<String> viewId, Optional<SourceLocation> figureAt, SourceLocation viewAt, Set<String> keys) {
        if (viewId.isEmpty() || figureAt.isEmpty()) {
            diagnostics.report(Problem.ARCHITECTURE_VIEW_NOT_FOUND, viewAt, "the view '" + viewTitle + "' has no"
                    + " figure {#fig:id-…}, so it cannot be matched to a view of the architecture model (bmm.model);"
                    + " its elements get only what their own names match in the model");
            adoptTypes(catalog, keys);
            return;
        }
        Optional<DrawnView> drawn = drawn(viewId.get());
        if (drawn.isEmpty()) {
            diagnostics.report(Problem.ARCHITECTURE_VIEW_NOT_FOUND, figureAt.get(), "the figure id '" + viewId.get()
                    + "' is the id of no view of the architecture model (bmm.model); the view's elements get only"
                    + " what their own names match in the model (was the view deleted, or the document exported"
                    + " from another model?)");
            adoptTypes(catalog, keys);
            return;
        }
        modelViewIdBySlug.put(viewSlug, viewId.get());
        Map<String, Placed> onView = new HashMap<>();
        drawn.get().elements().forEach(p -> onView.put(p.element().id(), p));
        for (String key : keys) {
            catalog.modelIdOf(key).ifPresent(id -> adopt(catalog, key, id, Optional.ofNullable(onView.get(id))));
        }
        for (Placed placed : drawn.get().elements()) {
            Optional<String> existing = catalog.keyOfModelElement(placed.element().id());
            if (existing.isPresent() && keys.contains(existing.get())) {
                continue;
            }
            String key = existing.orElseGet(() -> catalog.addUndescribed(reportedName(placed),
                    Optional.of(placed.modelElement()), Optional.of(placed.element().type()), viewSlug, viewTitle,
                    documentation(placed.element(), document), placed.element().location(), Element.Text.MODEL));
            keys.add(key);
            catalog.showIn(key, viewSlug);
            adopt(catalog, key, placed.element().id(), Optional.of(placed));
        }
    }

    private void adoptTypes(ElementCatalog catalog, Set<String> keys) {
        for (String key : keys) {
            catalog.modelIdOf(key).ifPresent(id -> adopt(catalog, key, id, Optional.empty()));
        }
    }

    private void adopt(ElementCatalog catalog, String key, String modelId, Optional<Placed> onView) {
        Optional<String> grouping = onView.flatMap(Placed::grouping).map(g -> placeholders.fill(g.name(), n -> "$" + n));
        architecture.element(modelId).ifPresent(element -> catalog.adopt(key, element.type(), grouping, onView.isPresent()));
    }

    /** An element's name, placeholders filled (a pending one left as written), split into code and name. */
    private NameKey nameOf(ArchimateElement element) {
        return NameKey.of(placeholders.fill(element.name(), n -> "$" + n));
    }

    /** The name of a drawn element the site gives a page, its placeholders reported when they have no value. */
    private NameKey reportedName(Placed placed) {
        return NameKey.of(placeholders.fill(placed.element().name(), name -> {
            diagnostics.report(Problem.UNRESOLVED_PLACEHOLDER, placed.element().location(),
                    "the placeholder $" + name + " has no value; set it in the plugin's <variables>");
            return "$" + name;
        }));
    }

    /** The model's documentation of an element, as Markdown; empty, a fragment of the view's document. */
    private Fragment documentation(ArchimateElement element, ParsedDocument document) {
        return element.documentation().isBlank() ? new Fragment(document, List.of())
                : texts.apply(element.location()).apply(element.documentation());
    }

    /**
     * The model's relationships between elements that have pages, through junctions too, ordered by
     * where their ends stand in the site (source, then target), so pages list them in reading order.
     */
    List<Relation> relations(ElementCatalog catalog) {
        Map<String, Integer> position = new HashMap<>();
        List<String> siteOrder = catalog.keys();
        for (int i = 0; i < siteOrder.size(); i++) {
            position.put(siteOrder.get(i), i);
        }
        List<Relation> relations = new ArrayList<>();
        List<ArchimateRelationship> relationships = new ArrayList<>(architecture.relationships());
        relationships.addAll(architecture.relationshipsThroughJunctions());
        for (ArchimateRelationship relationship : relationships) {
            Optional<String> source = catalog.keyOfModelElement(relationship.sourceId());
            Optional<String> target = catalog.keyOfModelElement(relationship.targetId());
            if (source.isPresent() && target.isPresent()) {
                relations.add(new Relation(source.get(), relationship.type(), target.get(), relationship.location()));
            }
        }
        relations.sort(Comparator.comparing((Relation r) -> position.getOrDefault(r.sourceKey(), Integer.MAX_VALUE))
                .thenComparing(r -> position.getOrDefault(r.targetKey(), Integer.MAX_VALUE)));
        return relations;
    }

    /** Where the model defines the element that has this key, if it came from the model. */
    Optional<SourceLocation> modelLocation(ElementCatalog catalog, String key) {
        return catalog.modelIdOf(key).flatMap(architecture::element).map(ArchimateElement::location);
    }

    /** The model's layout of each view matched to a document, by view slug, boxes linked to pages. */
    Map<String, Diagram> diagrams(ElementCatalog catalog) {
        Map<String, Diagram> diagrams = new LinkedHashMap<>();
        modelViewIdBySlug.forEach((slug, id) -> architecture.diagram(id, catalog::keyOfModelElement)
                .ifPresent(diagram -> diagrams.put(slug, diagram)));
        return diagrams;
    }
}
