package io.github.bmmsite.model;

import java.util.List;
import java.util.Optional;

/**
 * What the architecture model says of a relationship besides its ends and type.
 *
 * @param name empty when it has none
 * @param documentation the model's text of it, read as Markdown
 * @param properties its properties, without the hidden ones
 * @param slug the name of its page: only a relationship with documentation or properties has one
 */
public record RelationDetails(String name, Optional<Fragment> documentation, List<Property> properties,
                              Optional<String> slug) {

    /** A relation of a model file, which says nothing more of it. */
    public static final RelationDetails NONE = new RelationDetails("", Optional.empty(), List.of(), Optional.empty());

    public RelationDetails {
        properties = List.copyOf(properties);
    }

    /** Whether there is more to say than its name: documentation or properties, on a page of its own. */
    public boolean hasNotes() {
        return documentation.isPresent() || !properties.isEmpty();
    }

    RelationDetails withSlug(String pageName) {
        return new RelationDetails(name, documentation, properties, Optional.of(pageName));
    }
}
