package io.github.bmmsite.model;

import io.github.bmmsite.archimate.ArchimateElement;
import io.github.bmmsite.archimate.ArchimateModel;
import io.github.bmmsite.archimate.ArchimateRelationship;
import io.github.bmmsite.archimate.ArchimateView;
import io.github.bmmsite.archimate.ViewNode;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.notation.Diagram;
import io.github.bmmsite.notation.ElementType;
import io.github.bmmsite.parse.ParsedDocument;
import io.github.bmmsite.source.Placeholders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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

    /** The property in which the export script keeps a view's title. */
    static final String TITLE_PROPERTY = "titulo";

    private final Diagnostics diagnostics;
    private final Placeholders placeholders;
    private final ArchimateModel architecture;
    private final ArchitectureOptions options;
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
                        ArchitectureOptions options, Function<SourceLocation, Function<String, Fragment>> texts) {
        this.diagnostics = diagnostics;
        this.placeholders = placeholders;
        this.architecture = architecture;
        this.options = options;
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
        addDrawn(catalog, viewSlug, viewTitle, document, drawn.get(), keys);
    }

    /** Every element the view draws gets a page: those no heading describes with the model's documentation. */
    private void addDrawn(ElementCatalog catalog, String viewSlug, String viewTitle, ParsedDocument document,
                          DrawnView drawn, Set<String> keys) {
        for (Placed placed : drawn.elements()) {
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
        Optional<String> grouping = onView.flatMap(Placed::grouping).map(g -> groupName(g));
        architecture.element(modelId).ifPresent(element -> {
            catalog.adopt(key, element.type(), grouping, onView.isPresent());
            catalog.setProperties(key, options.shown(element.properties()));
        });
    }

    /** A Grouping's name as the name of its group, placeholders filled (a pending one left as written). */
    private String groupName(ArchimateElement grouping) {
        return placeholders.fill(grouping.name(), n -> "$" + n);
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
                relations.add(new Relation(source.get(), relationship.type(), target.get(), relationship.location(),
                        details(relationship)));
            }
        }
        relations.sort(Comparator.comparing((Relation r) -> position.getOrDefault(r.sourceKey(), Integer.MAX_VALUE))
                .thenComparing(r -> position.getOrDefault(r.targetKey(), Integer.MAX_VALUE)));
        return relations;
    }

    /** A relationship's name, documentation (as Markdown) and shown properties; its page is named later. */
    private RelationDetails details(ArchimateRelationship relationship) {
        Optional<Fragment> documentation = relationship.documentation().isBlank() ? Optional.empty()
                : Optional.of(texts.apply(relationship.location()).apply(relationship.documentation()));
        return new RelationDetails(placeholders.fill(relationship.name(), n -> "$" + n), documentation,
                options.shown(relationship.properties()), Optional.empty());
    }

    /** Where the model defines the element that has this key, if it came from the model. */
    Optional<SourceLocation> modelLocation(ElementCatalog catalog, String key) {
        return catalog.modelIdOf(key).flatMap(architecture::element).map(ArchimateElement::location);
    }

    /** What the model says of a view a document exports: its folders and properties. */
    Optional<ModelView> modelView(Optional<String> viewId) {
        return viewId.flatMap(architecture::view).map(view -> new ModelView(view.id(), view.folders(),
                options.shown(view.properties()), List.of()));
    }

    /**
     * The views of the model no document exports, when {@code bmm.views} asks for them: in the order of
     * the model tree (folder by folder, then by title, as Archi lists them), whatever the file's order.
     */
    List<ArchimateView> viewsNoDocumentExports(Set<String> exportedIds) {
        if (options.views() != ArchitectureOptions.Views.ALL) {
            return List.of();
        }
        TreeOrder names = new TreeOrder();
        Comparator<List<String>> byFolders = (a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int order = names.compare(a.get(i), b.get(i));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(a.size(), b.size());
        };
        return architecture.views().stream().filter(view -> !exportedIds.contains(view.id()))
                .sorted(Comparator.comparing(ArchimateView::folders, byFolders)
                        .thenComparing(ArchitectureMapping::title, names)
                        .thenComparing(ArchimateView::id))
                .toList();
    }

    /** The title of a view no document exports: the export script's own ({@code titulo}), else its name. */
    static String title(ArchimateView view) {
        return view.properties().entrySet().stream()
                .filter(p -> p.getKey().strip().equalsIgnoreCase(TITLE_PROPERTY) && !p.getValue().isBlank())
                .map(p -> p.getValue().strip()).findFirst().orElse(view.name());
    }

    /** The documentation of a view no document exports, as its page's text (Markdown). */
    Fragment documentation(ArchimateView view) {
        Fragment text = texts.apply(view.location()).apply(view.documentation());
        return Fragment.headingsFrom(2, text.document(), text.blocks());
    }

    /**
     * A view no document exports: every element it draws gets a page, and its page lists them by the
     * box they are drawn in.
     *
     * @param keys the view's elements, to which the drawn ones are added
     */
    ModelView readModelOnly(ElementCatalog catalog, String viewSlug, String viewTitle, ArchimateView view,
                            ParsedDocument documentation, Set<String> keys) {
        DrawnView drawn = drawn(view.id()).orElseThrow();
        modelViewIdBySlug.put(viewSlug, view.id());
        addDrawn(catalog, viewSlug, viewTitle, documentation, drawn, keys);
        Map<String, SectionOfBox> sections = new LinkedHashMap<>();
        Set<String> listed = new HashSet<>();
        for (ViewNode node : view.nodes()) {
            place(node, Optional.empty(), catalog, sections, listed);
        }
        return new ModelView(view.id(), view.folders(), options.shown(view.properties()), sections.values().stream()
                .filter(section -> !section.members().isEmpty())
                .map(section -> new ViewSection(section.title(), section.group(), section.container(),
                        section.members())).toList());
    }

    /** A box that holds elements, while the view is walked. */
    private record SectionOfBox(String title, Optional<String> group, Optional<String> container, List<String> members) {
    }

    /** Lists a drawn element in the innermost box that holds it, each element once, in drawing order. */
    private void place(ViewNode node, Optional<SectionOfBox> enclosing, ElementCatalog catalog,
                       Map<String, SectionOfBox> sections, Set<String> listed) {
        Optional<ArchimateElement> element = node.elementId().flatMap(architecture::element);
        Optional<String> key = element.filter(e -> !e.isGrouping()).flatMap(e -> catalog.keyOfModelElement(e.id()));
        if (key.isPresent() && listed.add(key.get())) {
            enclosing.ifPresent(section -> section.members().add(key.get()));
        }
        Optional<SectionOfBox> inside = enclosing;
        if (!node.children().isEmpty()) {
            Optional<SectionOfBox> own = element.isPresent()
                    ? element.filter(ArchimateElement::isGrouping).map(g -> new SectionOfBox(groupName(g),
                            Optional.of(groupName(g)), Optional.empty(), new ArrayList<>()))
                            .or(() -> key.map(k -> new SectionOfBox(catalog.element(k).title(), Optional.empty(),
                                    Optional.of(k), new ArrayList<>())))
                    : Optional.of(node.label()).filter(label -> !label.isBlank())
                            .map(label -> new SectionOfBox(placeholders.fill(label, n -> "$" + n), Optional.empty(),
                                    Optional.empty(), new ArrayList<>()));
            if (own.isPresent()) {
                sections.put(node.id(), own.get());
                inside = own;
            }
        }
        for (ViewNode child : node.children()) {
            place(child, inside, catalog, sections, listed);
        }
    }

    /** The model's layout of each view matched to a document, by view slug, boxes linked to pages. */
    Map<String, Diagram> diagrams(ElementCatalog catalog) {
        Map<String, Diagram> diagrams = new LinkedHashMap<>();
        modelViewIdBySlug.forEach((slug, id) -> architecture.diagram(id, catalog::keyOfModelElement)
                .ifPresent(diagram -> diagrams.put(slug, diagram)));
        return diagrams;
    }
}
