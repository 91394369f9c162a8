package io.github.bmmsite.notation;

import java.util.List;
import java.util.Optional;

/**
 * A view drawn as boxes and lines: from the architecture model's own layout, or laid out
 * automatically by group when only the hand-written model file exists.
 *
 * @param width  the drawing's width, in the model's units (pixels in Archi)
 * @param height the drawing's height
 * @param nested relations the drawing shows by nesting one box in another instead of by a line, as
 *     Archi does: listed in words beside the drawing, not drawn
 */
public record Diagram(int width, int height, List<Box> boxes, List<Line> lines, List<Line> nested) {

    public Diagram {
        boxes = List.copyOf(boxes);
        lines = List.copyOf(lines);
        nested = List.copyOf(nested);
    }

    /** A drawing in which every relation is a line. */
    public Diagram(int width, int height, List<Box> boxes, List<Line> lines) {
        this(width, height, boxes, lines, List.of());
    }

    /** What a box stands for, which decides how it is drawn. */
    public enum Kind {
        /** An element of the model: its ArchiMate figure, a link to its page when it has one. */
        ELEMENT,
        /** A Grouping element, or a group of the site in the automatic layout: a dashed frame with a tab. */
        GROUPING,
        /** A visual group of the view (no element): a filled frame with a tab. */
        GROUP,
        /** A note of the view: text with a folded corner. */
        NOTE,
        /** A junction where relations of one type join ("and"): a filled dot. */
        AND_JUNCTION,
        /** A junction where relations of one type split ("or"): a hollow dot. */
        OR_JUNCTION
    }

    /**
     * A box. Bounds are absolute; children are the boxes drawn inside this one.
     *
     * @param elementKey the site's key of the element, when it has a page
     */
    public record Box(String id, Kind kind, Optional<String> elementKey, String label, Optional<ElementType> type,
                      Bounds bounds, List<Box> children) {

        public Box {
            children = List.copyOf(children);
        }

        /** An element's box, or a grouping's when it has no key and no type other than Grouping. */
        public Box(String id, Optional<String> elementKey, String label, Optional<ElementType> type, Bounds bounds,
                   List<Box> children) {
            this(id, elementKey.isPresent() || type.filter(t -> !t.name().equals("Grouping")).isPresent()
                    ? Kind.ELEMENT : Kind.GROUPING, elementKey, label, type, bounds, children);
        }

        public boolean isJunction() {
            return kind == Kind.AND_JUNCTION || kind == Kind.OR_JUNCTION;
        }
    }

    public record Bounds(int x, int y, int width, int height) {

        public double centreX() {
            return x + width / 2.0;
        }

        public double centreY() {
            return y + height / 2.0;
        }
    }

    /** A point of the drawing, in the model's units. */
    public record Point(double x, double y) {
    }

    /**
     * A relationship drawn between two boxes, by box id.
     *
     * @param label the relationship's name, written at the line's middle; empty for none
     * @param bendpoints where the line bends on its way, absolute, in order from the source
     */
    public record Line(String sourceBoxId, String targetBoxId, RelationType type, String label,
                       List<Point> bendpoints) {

        public Line {
            bendpoints = List.copyOf(bendpoints);
        }

        /** A straight line without a label. */
        public Line(String sourceBoxId, String targetBoxId, RelationType type) {
            this(sourceBoxId, targetBoxId, type, "", List.of());
        }
    }
}
