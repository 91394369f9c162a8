package io.github.bmmsite.archimate;

import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.notation.ElementType;

import java.util.Map;

/**
 * An element of the architecture model.
 *
 * @param documentation the model's own text for it; empty when it has none
 * @param properties Archi's user properties, in file order
 */
public record ArchimateElement(String id, ElementType type, String name, String documentation,
                               Map<String, String> properties, SourceLocation location) {

    public ArchimateElement {
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }

    /** A Grouping element: on a view, what it encloses is a group of the site. */
    public boolean isGrouping() {
        return type.name().equals("Grouping");
    }
}
