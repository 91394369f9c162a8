package io.github.bmmsite.diagram;

import io.github.bmmsite.notation.Diagram.Bounds;
import io.github.bmmsite.notation.Diagram.Point;

import java.util.List;

/** Where lines between boxes start, bend and end: on the boxes' borders, never inside them. */
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
        double x1 = from.centreX();
        double y1 = from.centreY();
        double x2 = to.centreX();
        double y2 = to.centreY();
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

    /**
     * Where the line from the box's centre towards {@code toward} crosses its border: the
     * rectangle's, or for a round box (a junction) the circle's. The centre itself when
     * {@code toward} is the centre.
     */
    public static Point anchor(Bounds box, boolean round, Point toward) {
        double cx = box.centreX();
        double cy = box.centreY();
        double dx = toward.x() - cx;
        double dy = toward.y() - cy;
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return new Point(cx, cy);
        }
        if (round) {
            double radius = Math.min(box.width(), box.height()) / 2.0;
            return new Point(cx + dx / length * radius, cy + dy / length * radius);
        }
        double t = Double.MAX_VALUE;
        if (dx != 0) {
            t = Math.min(t, box.width() / 2.0 / Math.abs(dx));
        }
        if (dy != 0) {
            t = Math.min(t, box.height() / 2.0 / Math.abs(dy));
        }
        return new Point(cx + dx * t, cy + dy * t);
    }

    /** The point at {@code fraction} of the way along a path of straight segments, by length. */
    public static Point along(List<Point> path, double fraction) {
        double total = 0;
        for (int i = 1; i < path.size(); i++) {
            total += distance(path.get(i - 1), path.get(i));
        }
        double left = total * fraction;
        for (int i = 1; i < path.size(); i++) {
            Point a = path.get(i - 1);
            Point b = path.get(i);
            double length = distance(a, b);
            if (length > 0 && left <= length) {
                return new Point(a.x() + (b.x() - a.x()) * left / length, a.y() + (b.y() - a.y()) * left / length);
            }
            left -= length;
        }
        return path.get(path.size() - 1);
    }

    static double distance(Point a, Point b) {
        return Math.hypot(b.x() - a.x(), b.y() - a.y());
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
