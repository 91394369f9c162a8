package io.github.bmmsite.diagram;

import io.github.bmmsite.model.Diagram.Bounds;

/** Where a line between two boxes starts and ends: on their borders, along the line between their centres. */
public final class Geometry {

    private Geometry() {
    }

    /** A straight segment, in diagram units. */
    public record Segment(double x1, double y1, double x2, double y2) {

        public double length() {
            return Math.hypot(x2 - x1, y2 - y1);
        }
    }

    /**
     * The part outside both boxes of the line between their centres, moved sideways by
     * {@code offset} so that several lines between the same two boxes stay apart.
     */
    public static Segment between(Bounds from, Bounds to, double offset) {
        double x1 = from.x() + from.width() / 2.0;
        double y1 = from.y() + from.height() / 2.0;
        double x2 = to.x() + to.width() / 2.0;
        double y2 = to.y() + to.height() / 2.0;
        double length = Math.hypot(x2 - x1, y2 - y1);
        if (length > 0 && offset != 0) {
            double nx = -(y2 - y1) / length * offset;
            double ny = (x2 - x1) / length * offset;
            x1 += nx;
            y1 += ny;
            x2 += nx;
            y2 += ny;
        }
        double start = exit(from, x1, y1, x2, y2);
        double end = 1 - exit(to, x2, y2, x1, y1);
        if (end <= start) {
            return new Segment(x1, y1, x1, y1);
        }
        return new Segment(x1 + (x2 - x1) * start, y1 + (y2 - y1) * start,
                x1 + (x2 - x1) * end, y1 + (y2 - y1) * end);
    }

    /** The fraction of the way from (x1, y1) to (x2, y2) at which the line leaves the box. */
    private static double exit(Bounds box, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double t = Double.MAX_VALUE;
        if (dx > 0) {
            t = Math.min(t, (box.x() + box.width() - x1) / dx);
        } else if (dx < 0) {
            t = Math.min(t, (box.x() - x1) / dx);
        }
        if (dy > 0) {
            t = Math.min(t, (box.y() + box.height() - y1) / dy);
        } else if (dy < 0) {
            t = Math.min(t, (box.y() - y1) / dy);
        }
        return t == Double.MAX_VALUE ? 0 : Math.max(0, Math.min(1, t));
    }
}
