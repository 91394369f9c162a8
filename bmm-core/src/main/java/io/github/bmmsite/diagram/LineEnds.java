package io.github.bmmsite.diagram;

import io.github.bmmsite.notation.Diagram.Bounds;
import io.github.bmmsite.notation.Diagram.Point;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves apart the marked ends of lines (arrowheads, diamonds, dots) that meet one side of a box
 * closer than a mark is wide, keeping their order along the side, so that no mark hides another.
 * Lines between centres crowd where many relations reach one box (ten processes realising one
 * goal); Archi draws those marks on top of each other.
 */
public final class LineEnds {

    /** The least distance between two marked ends on one side: wider than the widest mark (12). */
    public static final double GAP = 15;
    /** Room kept between a moved end and the side's corners (bevels, rounded corners). */
    private static final double CORNER = 6;
    private static final double ON_BORDER = 0.01;

    private LineEnds() {
    }

    /**
     * A line's path from its source box's border to its target box's border.
     *
     * @param markedStart whether the source end carries a mark
     * @param markedEnd   whether the target end carries a mark
     */
    public record Route(Bounds source, Bounds target, List<Point> points, boolean markedStart, boolean markedEnd) {

        public Route {
            points = List.copyOf(points);
        }
    }

    private enum Side { TOP, BOTTOM, LEFT, RIGHT }

    /** One marked end: which route, which of its ends, where along its box's side. */
    private record End(int route, boolean atStart, double along) {
    }

    private record BoxSide(Bounds box, Side side) {
    }

    /** The routes' points, with crowded marked ends moved apart along their sides. */
    public static List<List<Point>> spread(List<Route> routes) {
        List<List<Point>> paths = new ArrayList<>();
        Map<BoxSide, List<End>> bySide = new LinkedHashMap<>();
        for (int i = 0; i < routes.size(); i++) {
            Route route = routes.get(i);
            paths.add(new ArrayList<>(route.points()));
            if (route.points().size() < 2) {
                continue;
            }
            if (route.markedStart()) {
                collect(bySide, route.source(), i, true, route.points().get(0));
            }
            if (route.markedEnd()) {
                collect(bySide, route.target(), i, false, route.points().get(route.points().size() - 1));
            }
        }
        bySide.forEach((key, ends) -> {
            Bounds box = key.box();
            Side side = key.side();
            ends.sort(Comparator.comparingDouble(End::along));
            if (!crowded(ends)) {
                return;
            }
            boolean horizontal = side == Side.TOP || side == Side.BOTTOM;
            double low = (horizontal ? box.x() : box.y()) + CORNER;
            double high = (horizontal ? box.x() + box.width() : box.y() + box.height()) - CORNER;
            List<Double> places = places(ends, low, high);
            for (int k = 0; k < ends.size(); k++) {
                End end = ends.get(k);
                List<Point> path = paths.get(end.route());
                int index = end.atStart() ? 0 : path.size() - 1;
                Point old = path.get(index);
                path.set(index, horizontal ? new Point(places.get(k), old.y()) : new Point(old.x(), places.get(k)));
            }
        });
        return paths;
    }

    private static void collect(Map<BoxSide, List<End>> bySide, Bounds box, int route, boolean atStart, Point at) {
        side(box, at).ifPresent(side -> bySide.computeIfAbsent(new BoxSide(box, side), k -> new ArrayList<>())
                .add(new End(route, atStart, side == Side.TOP || side == Side.BOTTOM ? at.x() : at.y())));
    }

    /** The side of the box the point lies on; none for a point off its border (a round box's). */
    private static Optional<Side> side(Bounds box, Point at) {
        if (Math.abs(at.y() - box.y()) < ON_BORDER) {
            return Optional.of(Side.TOP);
        }
        if (Math.abs(at.y() - (box.y() + box.height())) < ON_BORDER) {
            return Optional.of(Side.BOTTOM);
        }
        if (Math.abs(at.x() - box.x()) < ON_BORDER) {
            return Optional.of(Side.LEFT);
        }
        if (Math.abs(at.x() - (box.x() + box.width())) < ON_BORDER) {
            return Optional.of(Side.RIGHT);
        }
        return Optional.empty();
    }

    private static boolean crowded(List<End> sorted) {
        for (int k = 1; k < sorted.size(); k++) {
            if (sorted.get(k).along() - sorted.get(k - 1).along() < GAP) {
                return true;
            }
        }
        return false;
    }

    /**
     * Places {@link #GAP} apart around the ends' mean, within the side; spread evenly over the
     * side when it is too short for that.
     */
    private static List<Double> places(List<End> sorted, double low, double high) {
        int n = sorted.size();
        List<Double> places = new ArrayList<>();
        if ((n - 1) * GAP > high - low) {
            double step = (high - low) / Math.max(1, n - 1);
            for (int k = 0; k < n; k++) {
                places.add(n == 1 ? (low + high) / 2 : low + step * k);
            }
            return places;
        }
        double mean = sorted.stream().mapToDouble(End::along).average().orElse(low);
        double first = Math.max(low, Math.min(high - (n - 1) * GAP, mean - (n - 1) * GAP / 2));
        for (int k = 0; k < n; k++) {
            places.add(first + k * GAP);
        }
        return places;
    }
}
