package io.github.bmmsite.model;

import com.vladsch.flexmark.ast.Image;
import io.github.bmmsite.archimate.ArchimateElement;
import io.github.bmmsite.archimate.ArchimateModel;
import io.github.bmmsite.archimate.ArchimateRelationship;
import io.github.bmmsite.archimate.ArchimateView;
import io.github.bmmsite.archimate.ViewNode;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.parse.PandocAttributes;
import io.github.bmmsite.parse.PandocNodes;
import io.github.bmmsite.source.Placeholders;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Lays the architecture model over the elements the documents describe. A document is one view
 * of the model: its figure id ({@code {#fig:id-257a…}}) is the view's id. Each heading is matched
 * to an element of that view by code, else by name (accents, case and spacing aside, placeholders
 * filled); the model then gives it its type, its group (the Grouping it is drawn in) and its
 * relations. Elements of the view that the document does not describe (the export skips those
 * without documentation) get pages of their own, marked as not described.
 */
final class ArchitectureMapping {

    private static final String FIGURE_PREFIX = "fig:";

    private final Diagnostics diagnostics;
    private final Placeholders placeholders;
    private final ArchimateModel architecture;
    private final Map<String, Element> elements;
    private final Map<String, String> keysByName;
    private final Map<String, Set<String>> groupMembers;
    private final Slugs elementSlugs;
    private final Map<String, String> keyOfId = new LinkedHashMap<>();
    private final Map<String, SourceLocation> modelLocationOfKey = new HashMap<>();
    private final Set<String> groupedByModel = new HashSet<>();
    private final Map<String, String> modelViewIdBySlug = new LinkedHashMap<>();
    /** Each model element's name, worked out once: names can be long, and headings are matched against many. */
    private final Map<String, ModelName> modelNames = new HashMap<>();
    private List<Placed> everyElement;

    ArchitectureMapping(Diagnostics diagnostics, Placeholders placeholders, ArchimateModel architecture,
                        Map<String, Element> elements, Map<String, String> keysByName,
                        Map<String, Set<String>> groupMembers, Slugs elementSlugs) {
        this.diagnostics = diagnostics;
        this.placeholders = placeholders;
        this.architecture = architecture;
        this.elements = elements;
        this.keysByName = keysByName;
        this.groupMembers = groupMembers;
        this.elementSlugs = elementSlugs;
    }

    /** A model element drawn on a view, with the Grouping it is drawn in (innermost), if any. */
    private record Placed(ArchimateElement element, Optional<ArchimateElement> grouping, ModelName name) {
    }

    /**
     * A model element's name, placeholders filled, split like a heading into code and name.
     *
     * @param normal the name as {@link #normal(String)} gives it, for matching
     */
    private record ModelName(Optional<String> code, String name, String normal) {
        String key() {
            return code.orElse(name);
        }
    }

    /** The view with the elements of the model's view that its document does not describe added. */
    View apply(View view) {
        Optional<ArchimateView> modelView = modelViewOf(view);
        if (modelView.isEmpty()) {
            return view;
        }
        modelViewIdBySlug.put(view.slug(), modelView.get().id());
        List<Placed> placed = placed(modelView.get());
        Set<String> placedIds = new HashSet<>(placed.stream().map(p -> p.element().id()).toList());
        Set<String> matchedIds = new HashSet<>();
        for (String key : view.elementKeys()) {
            Element element = elements.get(key);
            match(element, placed, modelView.get()).ifPresent(p -> {
                matchedIds.add(p.element().id());
                adopt(key, p, placedIds.contains(p.element().id()));
            });
        }
        List<String> keys = new ArrayList<>(view.elementKeys());
        for (Placed p : placed) {
            if (matchedIds.contains(p.element().id()) || keyOfId.containsKey(p.element().id())) {
                continue;
            }
            String key = p.name().key();
            if (elements.containsKey(key) || keysByName.containsKey(p.name().name())) {
                String existing = elements.containsKey(key) ? key : keysByName.get(p.name().name());
                diagnostics.report(Problem.ARCHITECTURE_AMBIGUOUS_MATCH, p.element().location(), "the view '"
                        + modelView.get().name() + "' draws '" + p.element().name() + "', which no heading of "
                        + view.location() + " matches, but another element is already called so ("
                        + elements.get(existing).location() + "); both are shown as one page");
                keyOfId.putIfAbsent(p.element().id(), existing);
                continue;
            }
            Element undescribed = Element.undescribed(key, p.name().code(), p.name().name(),
                    elementSlugs.unique(key), view.slug(), new Fragment(view.document(), List.of()),
                    p.element().location(), Optional.of(p.element().documentation()).filter(d -> !d.isBlank()));
            elements.put(key, undescribed);
            keysByName.put(undescribed.name(), key);
            keys.add(key);
            adopt(key, p, true);
        }
        return new View(view.slug(), view.title(), view.document(), view.introduction(), view.groupNames(), keys,
                view.todo(), view.location());
    }

    /**
     * Type from the model; on the view, the group too: the heading's group gives way to the
     * Grouping the element is drawn in, or to none.
     */
    private void adopt(String key, Placed placed, boolean onView) {
        keyOfId.put(placed.element().id(), key);
        modelLocationOfKey.put(key, placed.element().location());
        Element element = elements.get(key).withType(placed.element().type());
        if (!onView) {
            elements.put(key, element);
            return;
        }
        // The model's Grouping replaces every group the headings gave.
        groupMembers.values().forEach(members -> members.remove(key));
        if (placed.grouping().isPresent()) {
            String group = placed.grouping().get().name();
            groupMembers.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(key);
            element = element.withGroup(group);
            groupedByModel.add(key);
        } else {
            element = element.withoutGroup();
        }
        elements.put(key, element);
    }

    private Optional<ArchimateView> modelViewOf(View view) {
        Optional<Image> figure = Optional.empty();
        for (com.vladsch.flexmark.util.ast.Node node : view.document().ast().getDescendants()) {
            figure = PandocNodes.figureImage(node).filter(image -> figureId(image).isPresent());
            if (figure.isPresent()) {
                break;
            }
        }
        if (figure.isEmpty()) {
            diagnostics.report(Problem.ARCHITECTURE_VIEW_NOT_FOUND, view.location(), "the document has no figure"
                    + " {#fig:id-…}, so it cannot be matched to a view of the architecture model (bmm.model);"
                    + " its elements get nothing from the model");
            return Optional.empty();
        }
        String id = figureId(figure.get()).orElseThrow();
        Optional<ArchimateView> modelView = architecture.view(id);
        if (modelView.isEmpty()) {
            diagnostics.report(Problem.ARCHITECTURE_VIEW_NOT_FOUND, view.document().locationOf(figure.get()),
                    "the figure id '" + id + "' is the id of no view of the architecture model (bmm.model);"
                            + " the document's elements get nothing from the model (was the view deleted, or the"
                            + " document exported from another model?)");
        }
        return modelView;
    }

    private static Optional<String> figureId(Image image) {
        return PandocNodes.attributesOf(image).flatMap(PandocAttributes::id)
                .filter(id -> id.startsWith(FIGURE_PREFIX)).map(id -> id.substring(FIGURE_PREFIX.length()));
    }

    /** The view's elements in drawing order, once each, groupings aside. */
    private List<Placed> placed(ArchimateView view) {
        Map<String, Placed> placed = new LinkedHashMap<>();
        for (ViewNode node : view.nodes()) {
            collect(node, Optional.empty(), placed);
        }
        return List.copyOf(placed.values());
    }

    private void collect(ViewNode node, Optional<ArchimateElement> grouping, Map<String, Placed> placed) {
        Optional<ArchimateElement> element = node.elementId().flatMap(architecture::element);
        Optional<ArchimateElement> inside = grouping;
        if (element.isPresent() && element.get().isGrouping()) {
            inside = element;
        } else if (element.isPresent()) {
            ArchimateElement e = element.get();
            placed.putIfAbsent(e.id(), new Placed(e, grouping, modelName(e)));
        }
        for (ViewNode child : node.children()) {
            collect(child, inside, placed);
        }
    }

    private ModelName modelName(ArchimateElement element) {
        return modelNames.computeIfAbsent(element.id(), id -> nameOf(element));
    }

    private ModelName nameOf(ArchimateElement element) {
        String filled = placeholders.fill(element.name(), name -> {
            diagnostics.report(Problem.UNRESOLVED_PLACEHOLDER, element.location(),
                    "the placeholder $" + name + " has no value; set it in the plugin's <variables>");
            return "$" + name;
        });
        Matcher coded = ModelAssembler.CODED_HEADING.matcher(filled);
        Optional<String> code = coded.matches() ? Optional.of(coded.group(1)) : Optional.empty();
        String name = code.isPresent() ? coded.group(2).strip() : filled.strip();
        return new ModelName(code, name, normal(name));
    }

    /** By code first, then by name; the view's elements first, then the whole model's. */
    private Optional<Placed> match(Element element, List<Placed> onView, ArchimateView view) {
        List<Placed> found = candidates(element, onView);
        String where = "the view '" + view.name() + "'";
        if (found.isEmpty()) {
            found = candidates(element, everyElement());
            where = "the architecture model";
        }
        if (found.size() > 1) {
            diagnostics.report(Problem.ARCHITECTURE_AMBIGUOUS_MATCH, element.location(), "'" + element.title()
                    + "' matches " + found.size() + " elements of " + where + " ("
                    + found.stream().map(p -> p.element().location().toString()).toList()
                    + "); give them distinct codes or names");
            return Optional.empty();
        }
        if (found.isEmpty()) {
            diagnostics.report(Problem.ARCHITECTURE_ELEMENT_NOT_FOUND, element.location(), "'" + element.title()
                    + "' matches no element of the view '" + view.name() + "' of the architecture model, by code or"
                    + " by name; it gets no type, group or relations from the model (rename it in Archi or in the"
                    + " document so that the names agree)");
        }
        return found.stream().findFirst();
    }

    /** Every element of the model, groupings aside, as drawn on no view. */
    private List<Placed> everyElement() {
        if (everyElement == null) {
            everyElement = architecture.elements().stream().filter(e -> !e.isGrouping())
                    .map(e -> new Placed(e, Optional.empty(), modelName(e))).toList();
        }
        return everyElement;
    }

    private List<Placed> candidates(Element element, List<Placed> candidates) {
        List<Placed> byCode = element.code().map(code -> candidates.stream()
                .filter(p -> p.name().code().filter(code::equalsIgnoreCase).isPresent()).toList()).orElse(List.of());
        String name = normal(element.name());
        return !byCode.isEmpty() ? byCode : candidates.stream().filter(p -> p.name().normal().equals(name)).toList();
    }

    /** Accents, case and runs of spaces do not tell names apart. */
    static String normal(String text) {
        String unaccented = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return unaccented.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /**
     * The model's relationships between elements that have pages, ordered by where their ends
     * stand in the site (source, then target), so pages list them in reading order.
     */
    List<Relation> relations(List<String> siteOrder) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < siteOrder.size(); i++) {
            position.put(siteOrder.get(i), i);
        }
        List<Relation> relations = new ArrayList<>();
        for (ArchimateRelationship relationship : architecture.relationships()) {
            String source = keyOfId.get(relationship.sourceId());
            String target = keyOfId.get(relationship.targetId());
            if (source != null && target != null) {
                relations.add(new Relation(source, relationship.type(), target, relationship.location()));
            }
        }
        relations.sort(Comparator.comparing((Relation r) -> position.getOrDefault(r.sourceKey(), Integer.MAX_VALUE))
                .thenComparing(r -> position.getOrDefault(r.targetKey(), Integer.MAX_VALUE)));
        return relations;
    }

    /** Where the model defines the element that has this key, if it came from the model. */
    Optional<SourceLocation> modelLocation(String key) {
        return Optional.ofNullable(modelLocationOfKey.get(key));
    }

    /** Whether the model draws this element inside a Grouping (its group then comes from the model). */
    boolean groupedByModel(String key) {
        return groupedByModel.contains(key);
    }

    /** The model's layout of each view matched to a document, by view slug, boxes linked to pages. */
    Map<String, Diagram> diagrams() {
        Map<String, Diagram> diagrams = new LinkedHashMap<>();
        modelViewIdBySlug.forEach((slug, id) -> architecture.diagram(id, this::keyOf)
                .ifPresent(diagram -> diagrams.put(slug, diagram)));
        return diagrams;
    }

    /** The site's element key of a model element, for drawing the view. */
    Optional<String> keyOf(String archimateId) {
        return Optional.ofNullable(keyOfId.get(archimateId));
    }
}
