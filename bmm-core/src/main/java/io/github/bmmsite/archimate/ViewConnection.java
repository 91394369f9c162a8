package io.github.bmmsite.archimate;

import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.notation.Diagram;

import java.util.List;

/**
 * A line on a view between two boxes (by node id) that draws a relationship of the model.
 *
 * @param bendpoints where the line bends, absolute, from the source on
 */
public record ViewConnection(String id, String relationshipId, String sourceNodeId, String targetNodeId,
                             List<Diagram.Point> bendpoints, SourceLocation location) {

    public ViewConnection {
        bendpoints = List.copyOf(bendpoints);
    }
}
