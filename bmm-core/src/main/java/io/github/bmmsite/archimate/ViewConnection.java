package io.github.bmmsite.archimate;

import io.github.bmmsite.diagnostic.SourceLocation;

/** A line on a view between two boxes (by node id) that draws a relationship of the model. */
public record ViewConnection(String id, String relationshipId, String sourceNodeId, String targetNodeId,
                             SourceLocation location) {
}
