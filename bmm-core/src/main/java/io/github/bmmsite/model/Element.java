package io.github.bmmsite.model;

import io.github.bmmsite.diagnostic.SourceLocation;

import io.github.bmmsite.notation.ElementType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One element of the architecture: a heading of one or more documents and the text below it.
 * An element that several views show is one element: the first view that describes it gives its
 * description, and each other text it is given (another view's, another version's) is kept too.
 *
 * @param key what identifies the element in the site: its code, or its name when it has none
 *     (followed by its type or view when another element has that name)
 * @param group the name of the group it belongs to, if any
 * @param viewSlugs the views that show it, the one that describes it first first
 * @param description the text of the first view that describes it; for an element no document
 *     describes, the architecture model's documentation or the text of a view's element table
 * @param location the heading of that first description
 * @param otherDescriptions texts of later views or versions that differ from every earlier one
 * @param text where its description comes from
 * @param properties the architecture model's properties of it, without the hidden ones
 */
public record Element(String key, Optional<String> code, String name, String slug, Optional<ElementType> type,
                      Optional<String> group, List<String> viewSlugs, Fragment description, SourceLocation location,
                      List<OtherDescription> otherDescriptions, Text text, List<Property> properties) {

    /** Where an element's description comes from. */
    public enum Text {
        /** A heading of a document and the blocks under it. */
        DOCUMENT,
        /** The architecture model: the export skips elements without documentation, yet the view draws them. */
        MODEL,
        /** The documentation column of a view's table "Elementos del Modelo". */
        ELEMENT_TABLE
    }

    /**
     * What another view, another version of the same view, or an older export says about the
     * element where it differs from the first description.
     *
     * @param documentSlug the document the text comes from
     */
    public record OtherDescription(String viewSlug, String documentSlug, Fragment description,
                                   SourceLocation location, Source source) {
    }

    /** Why a text is not the one the page shows first. */
    public enum Source {
        /** Another view describes the element otherwise: the author should make them agree. */
        OTHER_VIEW,
        /** Another version (document) of the view whose text the page shows. */
        OTHER_VERSION,
        /** An export made before the model's documentation of the element changed. */
        OLDER_EXPORT
    }

    public Element {
        viewSlugs = List.copyOf(viewSlugs);
        otherDescriptions = List.copyOf(otherDescriptions);
        properties = List.copyOf(properties);
    }

    /** An element that one view describes. */
    public Element(String key, Optional<String> code, String name, String slug, Optional<ElementType> type,
                   Optional<String> group, String viewSlug, Fragment description, SourceLocation location) {
        this(key, code, name, slug, type, group, List.of(viewSlug), description, location, List.of(), Text.DOCUMENT,
                List.of());
    }

    /** Whether a document describes it. */
    public boolean described() {
        return text == Text.DOCUMENT;
    }

    /** "O7: Fortalecer …", or the name alone. */
    public String title() {
        return code.map(c -> c + ": " + name).orElse(name);
    }

    /** The view that describes it first. */
    public String viewSlug() {
        return viewSlugs.get(0);
    }

    Element withSlug(String pageName) {
        return new Element(key, code, name, pageName, type, group, viewSlugs, description, location,
                otherDescriptions, text, properties);
    }

    Element withGroup(String groupName) {
        return new Element(key, code, name, slug, type, Optional.of(groupName), viewSlugs, description, location,
                otherDescriptions, text, properties);
    }

    Element withoutGroup() {
        return new Element(key, code, name, slug, type, Optional.empty(), viewSlugs, description, location,
                otherDescriptions, text, properties);
    }

    Element withType(ElementType newType) {
        return new Element(key, code, name, slug, Optional.of(newType), group, viewSlugs, description, location,
                otherDescriptions, text, properties);
    }

    Element withProperties(List<Property> modelProperties) {
        return new Element(key, code, name, slug, type, group, viewSlugs, description, location, otherDescriptions,
                text, modelProperties);
    }

    /** The element also shown by another view; {@code differing} is a text that says something else. */
    Element alsoIn(String viewSlug, Optional<OtherDescription> differing) {
        List<OtherDescription> others = new ArrayList<>(otherDescriptions);
        differing.ifPresent(others::add);
        return new Element(key, code, name, slug, type, group, withView(viewSlug), description, location, others,
                text, properties);
    }

    /**
     * A text that the page shows first instead of the one it showed, which becomes {@code former}
     * among the other descriptions: the model's current text found after an older export's, or a
     * text that says all the first said and more.
     */
    Element firstText(String viewSlug, Fragment newText, SourceLocation at, Optional<OtherDescription> former) {
        List<OtherDescription> others = new ArrayList<>();
        former.ifPresent(others::add);
        others.addAll(otherDescriptions);
        Element described = describedIn(viewSlug, newText, at);
        return new Element(key, code, name, slug, type, group, described.viewSlugs(), newText, at, others,
                Text.DOCUMENT, properties);
    }

    /** The element's first text from a document, found after a view or the model only named it. */
    Element describedIn(String viewSlug, Fragment newText, SourceLocation at) {
        List<String> views = new ArrayList<>(viewSlugs);
        views.remove(viewSlug);
        views.add(0, viewSlug);
        return new Element(key, code, name, slug, type, group, views, newText, at, otherDescriptions, Text.DOCUMENT,
                properties);
    }

    private List<String> withView(String viewSlug) {
        List<String> views = new ArrayList<>(viewSlugs);
        if (!views.contains(viewSlug)) {
            views.add(viewSlug);
        }
        return views;
    }
}
