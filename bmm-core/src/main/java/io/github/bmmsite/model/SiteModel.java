package io.github.bmmsite.model;

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

    private final List<View> views;
    private final List<Group> groups;
    private final List<Element> elements;
    private final List<Relation> relations;
    private final List<Figure> figures;
    private final Map<String, Element> elementsByKey;
    private final Map<String, Group> groupsByName;
    private final Map<String, View> viewsBySlug;
    private final Map<String, List<Relation>> outgoing;
    private final Map<String, List<Relation>> incoming;

    public SiteModel(List<View> views, List<Group> groups, List<Element> elements, List<Relation> relations,
                     List<Figure> figures) {
        this.views = List.copyOf(views);
        this.groups = List.copyOf(groups);
        this.elements = List.copyOf(elements);
        this.relations = List.copyOf(relations);
        this.figures = List.copyOf(figures);
        this.elementsByKey = index(elements, Element::key);
        this.groupsByName = index(groups, Group::name);
        this.viewsBySlug = index(views, View::slug);
        this.outgoing = relations.stream().collect(Collectors.groupingBy(Relation::sourceKey));
        this.incoming = relations.stream().collect(Collectors.groupingBy(Relation::targetKey));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
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

    public List<Figure> figures() {
        return figures;
    }

    public Optional<Element> element(String key) {
        return Optional.ofNullable(elementsByKey.get(key));
    }

    public Optional<Group> group(String name) {
        return Optional.ofNullable(groupsByName.get(name));
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
