package io.github.bmmsite.model;

import java.util.List;
import java.util.Optional;

/**
 * A view drawn as boxes and lines: from the architecture model's own layout, or laid out
 * automatically by group when only the hand-written model file exists.
 *
 * @param width  the drawing's width, in the model's units (pixels in Archi)
 * @param height the drawing's height
 */
public record Diagram(int width, int height, List<Box> boxes, List<Line> lines) {

    /**
     * A box: an element (elementKey present) or a grouping/note (absent). Bounds are absolute.
     * Children are boxes drawn inside this one (elements nested in a grouping).
     */
    public record Box(String id, Optional<String> elementKey, String label, Optional<ElementType> type,
                      Bounds bounds, List<Box> children) {
    }

    public record Bounds(int x, int y, int width, int height) {
    }

    /** A relationship drawn between two boxes, by box id. */
    public record Line(String sourceBoxId, String targetBoxId, RelationType type) {
    }
}
