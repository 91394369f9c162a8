package io.github.bmmsite.archimate;

import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.notation.RelationType;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A relationship of the architecture model, between the ids of two elements.
 *
 * @param name empty when it has none
 * @param documentation empty when it has none
 * @param properties Archi's user properties, in file order
 */
public record ArchimateRelationship(String id, RelationType type, String sourceId, String targetId, String name,
                                    String documentation, Map<String, String> properties, SourceLocation location) {

    public ArchimateRelationship {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
