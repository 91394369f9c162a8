package io.github.bmmsite.model;

import com.vladsch.flexmark.util.ast.Document;

import io.github.bmmsite.notation.Diagram;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the site shows, resolved and checked: the input of linking and rendering.
 * Immutable; lookups are indexed once here because every page asks them.
 */
public final class SiteModel {

    private final List<ExportedDocument> documents;
    private final List<View> views;
    private final List<Group> groups;
    private final List<Element> elements;
    private final List<Relation> relations;
    private final List<Figure> figures;
    private final Map<Document, Map<String, Figure>> figuresByDocument;
    private final Placements placements;
    private final Map<String, ExportedDocument> documentsBySlug;
    private final Map<String, Element> elementsByKey;
    private final Map<String, Group> groupsByName;
    private final Map<String, View> viewsBySlug;
    private final Map<String, Figure> firstFigureById;
    private final Map<String, List<Relation>> outgoing;
    private final Map<String, List<Relation>> incoming;
    private final Map<String, List<Group>> groupsByMember;
    private final Map<String, Diagram> diagramsByViewSlug;

    public SiteModel(List<View> views, List<Group> groups, List<Element> elements, List<Relation> relations,
                     List<Figure> figures) {
        this(List.of(), views, groups, elements, relations, figures, Map.of(), new Placements());
    }

    /**
     * @param figuresByDocument the figure each document's {@code fig:} ids name: its own, or the
     *     one shown for a view whose version in it is not shown
     */
    public SiteModel(List<ExportedDocument> documents, List<View> views, List<Group> groups, List<Element> elements,
                     List<Relation> relations, List<Figure> figures, Map<Document, Map<String, Figure>> figuresByDocument,
                     Placements placements) {
        this(documents, views, groups, elements, relations, figures, figuresByDocument, placements, Map.of());
    }

    private SiteModel(List<ExportedDocument> documents, List<View> views, List<Group> groups, List<Element> elements,
                      List<Relation> relations, List<Figure> figures, Map<Document, Map<String, Figure>> figuresByDocument,
                      Placements placements, Map<String, Diagram> diagramsByViewSlug) {
        this.documents = List.copyOf(documents);
        this.placements = placements;
        this.views = List.copyOf(views);
        this.groups = List.copyOf(groups);
        this.elements = List.copyOf(elements);
        this.relations = List.copyOf(relations);
        this.figures = List.copyOf(figures);
        this.figuresByDocument = new IdentityHashMap<>(figuresByDocument);
        this.documentsBySlug = index(documents, ExportedDocument::slug);
        this.elementsByKey = index(elements, Element::key);
        this.groupsByName = index(groups, Group::name);
        this.viewsBySlug = index(views, View::slug);
        this.firstFigureById = index(figures, Figure::id);
        this.outgoing = relations.stream().collect(Collectors.groupingBy(Relation::sourceKey));
        this.incoming = relations.stream().collect(Collectors.groupingBy(Relation::targetKey));
        this.groupsByMember = this.groups.stream()
                .flatMap(group -> group.memberKeys().stream().map(key -> Map.entry(key, group)))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        this.diagramsByViewSlug = Map.copyOf(diagramsByViewSlug);
    }

    /** This model with the views' layouts of the architecture model, by view slug. */
    public SiteModel withDiagrams(Map<String, Diagram> diagrams) {
        return new SiteModel(documents, views, groups, elements, relations, figures, figuresByDocument, placements,
                diagrams);
    }

    /** The layout the architecture model gives a view; empty when only model files describe it. */
    public Optional<Diagram> diagram(String viewSlug) {
        return Optional.ofNullable(diagramsByViewSlug.get(viewSlug));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The documents that have a page: those with a view or text of their own, in reading order. */
    public List<ExportedDocument> documents() {
        return documents;
    }

    public List<View> views() {
        return views;
    }

    public List<Group> groups() {
        return groups;
    }

    public List<Element> elements() {
        return elements;
    }

    public List<Relation> relations() {
        return relations;
    }

    /** The figures shown, in number order. */
    public List<Figure> figures() {
        return figures;
    }

    /**
     * The figure a {@code fig:} id names in a document: the document's own first (as pandoc-crossref
     * resolves it), else the first figure of the site with that id.
     */
    public Optional<Figure> figure(Document document, String id) {
        return Optional.ofNullable(figuresByDocument.getOrDefault(document, Map.of()).get(id))
                .or(() -> Optional.ofNullable(firstFigureById.get(id)));
    }

    /** Which page shows each part of the documents. */
    public Placements placements() {
        return placements;
    }

    public Optional<ExportedDocument> document(String slug) {
        return Optional.ofNullable(documentsBySlug.get(slug));
    }

    public Optional<Element> element(String key) {
        return Optional.ofNullable(elementsByKey.get(key));
    }

    public Optional<Group> group(String name) {
        return Optional.ofNullable(groupsByName.get(name));
    }

    /** Every group an element is a member of: an element that several views show may stand in several. */
    public List<Group> groupsOf(String key) {
        return groupsByMember.getOrDefault(key, List.of());
    }

    public Optional<View> view(String slug) {
        return Optional.ofNullable(viewsBySlug.get(slug));
    }

    /** Relations from an element, in declaration order. */
    public List<Relation> outgoing(String key) {
        return outgoing.getOrDefault(key, List.of());
    }

    /** Relations to an element, in declaration order. */
    public List<Relation> incoming(String key) {
        return incoming.getOrDefault(key, List.of());
    }
}
