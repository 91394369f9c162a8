package io.github.bmmsite.archimate;

import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.model.RelationType;

/** A relationship of the architecture model, between the ids of two elements. */
public record ArchimateRelationship(String id, RelationType type, String sourceId, String targetId, String name,
                                    String documentation, SourceLocation location) {
}
