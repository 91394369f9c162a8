package io.github.bmmsite.model;

import io.github.bmmsite.diagnostic.SourceLocation;

import java.util.Optional;

/**
 * One element of the architecture: a heading of a document and the text below it.
 *
 * @param key what identifies the element in the site: its code, or its name when it has none
 * @param group the name of the group it belongs to, if any
 * @param viewSlug the view (document) that describes it
 * @param described whether a document describes it; an element of the architecture model's view
 *     that the export skipped (it had no documentation) has a page all the same, marked as such
 * @param modelDocumentation the architecture model's own text for an element no document describes
 */
public record Element(String key, Optional<String> code, String name, String slug, Optional<ElementType> type,
                      Optional<String> group, String viewSlug, Fragment description, SourceLocation location,
                      boolean described, Optional<String> modelDocumentation) {

    /** An element described by a document heading. */
    public Element(String key, Optional<String> code, String name, String slug, Optional<ElementType> type,
                   Optional<String> group, String viewSlug, Fragment description, SourceLocation location) {
        this(key, code, name, slug, type, group, viewSlug, description, location, true, Optional.empty());
    }

    /** "O7: Fortalecer …", or the name alone. */
    public String title() {
        return code.map(c -> c + ": " + name).orElse(name);
    }

    Element withGroup(String groupName) {
        return new Element(key, code, name, slug, type, Optional.of(groupName), viewSlug, description, location,
                described, modelDocumentation);
    }

    Element withoutGroup() {
        return new Element(key, code, name, slug, type, Optional.empty(), viewSlug, description, location,
                described, modelDocumentation);
    }

    Element withType(ElementType newType) {
        return new Element(key, code, name, slug, Optional.of(newType), group, viewSlug, description, location,
                described, modelDocumentation);
    }
}
