package io.github.bmmsite.model;

import io.github.bmmsite.diagnostic.SourceLocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One element of the architecture: a heading of one or more documents and the text below it.
 * An element that several views show is one element: the first view that describes it gives its
 * description, and each other view that describes it differently keeps its own text.
 *
 * @param key what identifies the element in the site: its code, or its name when it has none
 * @param group the name of the group it belongs to, if any
 * @param viewSlugs the views (documents) that show it, the one that describes it first first
 * @param description the text of the first view that describes it
 * @param location the heading of that first description
 * @param otherDescriptions texts of later views that differ from every earlier one, in view order
 * @param described whether a document describes it; an element of the architecture model's view
 *     that the export skipped (it had no documentation) has a page all the same, marked as such
 * @param modelDocumentation the architecture model's own text for an element no document describes
 */
public record Element(String key, Optional<String> code, String name, String slug, Optional<ElementType> type,
                      Optional<String> group, List<String> viewSlugs, Fragment description, SourceLocation location,
                      List<OtherDescription> otherDescriptions, boolean described,
                      Optional<String> modelDocumentation) {

    /** What another view says about the element, where it differs from the first description. */
    public record OtherDescription(String viewSlug, Fragment description, SourceLocation location) {
    }

    public Element {
        viewSlugs = List.copyOf(viewSlugs);
        otherDescriptions = List.copyOf(otherDescriptions);
    }

    /** An element that one view describes. */
    public Element(String key, Optional<String> code, String name, String slug, Optional<ElementType> type,
                   Optional<String> group, String viewSlug, Fragment description, SourceLocation location) {
        this(key, code, name, slug, type, group, List.of(viewSlug), description, location, List.of(), true,
                Optional.empty());
    }

    /** An element of the architecture model's view that no document describes. */
    static Element undescribed(String key, Optional<String> code, String name, String slug, String viewSlug,
                               Fragment emptyText, SourceLocation modelLocation, Optional<String> modelDocumentation) {
        return new Element(key, code, name, slug, Optional.empty(), Optional.empty(), List.of(viewSlug), emptyText,
                modelLocation, List.of(), false, modelDocumentation);
    }

    /** "O7: Fortalecer …", or the name alone. */
    public String title() {
        return code.map(c -> c + ": " + name).orElse(name);
    }

    /** The view that describes it first. */
    public String viewSlug() {
        return viewSlugs.get(0);
    }

    Element withGroup(String groupName) {
        return new Element(key, code, name, slug, type, Optional.of(groupName), viewSlugs, description, location,
                otherDescriptions, described, modelDocumentation);
    }

    Element withoutGroup() {
        return new Element(key, code, name, slug, type, Optional.empty(), viewSlugs, description, location,
                otherDescriptions, described, modelDocumentation);
    }

    Element withType(ElementType newType) {
        return new Element(key, code, name, slug, Optional.of(newType), group, viewSlugs, description, location,
                otherDescriptions, described, modelDocumentation);
    }

    /** The element also shown by another view; {@code differing} is that view's text when it says something else. */
    Element alsoIn(String viewSlug, Optional<OtherDescription> differing) {
        List<String> views = new ArrayList<>(viewSlugs);
        if (!views.contains(viewSlug)) {
            views.add(viewSlug);
        }
        List<OtherDescription> others = new ArrayList<>(otherDescriptions);
        differing.ifPresent(others::add);
        return new Element(key, code, name, slug, type, group, views, description, location, others, described,
                modelDocumentation);
    }

    /** The element's first text, found in a later view than the one that only named it. */
    Element describedIn(String viewSlug, Fragment text, SourceLocation at) {
        List<String> views = new ArrayList<>(viewSlugs);
        views.remove(viewSlug);
        views.add(0, viewSlug);
        return new Element(key, code, name, slug, type, group, views, text, at, otherDescriptions, true,
                modelDocumentation);
    }
}
