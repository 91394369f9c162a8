package io.github.bmmsite.diagram;

import io.github.bmmsite.notation.Diagram.Bounds;
import io.github.bmmsite.notation.Diagram.Point;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineEndsTest {

    private static final Bounds GOAL = new Bounds(100, 0, 200, 60);

    /** A line from a box below the goal up to the goal's bottom side, at x. */
    private static LineEnds.Route into(double x, boolean marked) {
        return new LineEnds.Route(new Bounds((int) x - 50, 200, 100, 50), GOAL,
                List.of(new Point(x, 200), new Point(x, 60)), false, marked);
    }

    @Test
    void crowdedArrowheadsOnOneSideAreMovedApartInTheirOrderAndStayOnTheSide() {
        List<LineEnds.Route> routes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            routes.add(into(195 + i * 2, true));
        }

        List<List<Point>> paths = LineEnds.spread(routes);

        List<Double> ends = paths.stream().map(p -> p.get(1).x()).toList();
        for (int i = 1; i < ends.size(); i++) {
            assertThat(ends.get(i) - ends.get(i - 1)).isGreaterThanOrEqualTo(LineEnds.GAP - 1e-9);
        }
        assertThat(ends).allSatisfy(x -> assertThat(x).isBetween(100.0, 300.0));
        assertThat(paths).allSatisfy(p -> assertThat(p.get(1).y()).isEqualTo(60));
        // The unmarked starts stay where they were.
        assertThat(paths.get(0).get(0)).isEqualTo(new Point(195, 200));
    }

    @Test
    void endsAlreadyApartAndUnmarkedEndsAreLeftAlone() {
        List<LineEnds.Route> routes = List.of(into(120, true), into(200, true), into(201, false));

        assertThat(LineEnds.spread(routes)).extracting(p -> p.get(1).x()).containsExactly(120.0, 200.0, 201.0);
    }

    @Test
    void moreEndsThanTheSideHoldsAreSpreadEvenlyOverIt() {
        List<LineEnds.Route> routes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            routes.add(into(200, true));
        }

        List<Double> ends = LineEnds.spread(routes).stream().map(p -> p.get(1).x()).toList();

        assertThat(ends.get(0)).isGreaterThan(100);
        assertThat(ends.get(19)).isLessThan(300);
        assertThat(ends).doesNotHaveDuplicates().isSorted();
    }
}
