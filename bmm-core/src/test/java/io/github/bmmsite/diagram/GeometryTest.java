package io.github.bmmsite.diagram;

import io.github.bmmsite.notation.Diagram.Bounds;
import io.github.bmmsite.notation.Diagram.Point;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GeometryTest {

    @Test
    void aLineStartsAndEndsOnTheBordersOfItsBoxes() {
        Bounds lower = new Bounds(0, 200, 100, 50);
        Bounds upper = new Bounds(0, 0, 100, 50);

        Geometry.Segment segment = Geometry.between(lower, upper, 0);

        assertThat(segment.x1()).isCloseTo(50, within(0.01));
        assertThat(segment.y1()).isCloseTo(200, within(0.01));
        assertThat(segment.x2()).isCloseTo(50, within(0.01));
        assertThat(segment.y2()).isCloseTo(50, within(0.01));
    }

    @Test
    void aSlantedLineLeavesThroughTheSideItCrosses() {
        Bounds left = new Bounds(0, 0, 100, 40);
        Bounds right = new Bounds(300, 100, 100, 40);

        Geometry.Segment segment = Geometry.between(left, right, 0);

        assertThat(segment.x1()).isCloseTo(100, within(0.01));
        assertThat(segment.x2()).isCloseTo(300, within(0.01));
        assertThat(segment.y1()).isBetween(20.0, 40.0);
        assertThat(segment.y2()).isBetween(100.0, 120.0);
    }

    @Test
    void linesBetweenTheSameBoxesAreMovedApart() {
        Bounds a = new Bounds(0, 0, 100, 40);
        Bounds b = new Bounds(0, 200, 100, 40);

        Geometry.Segment one = Geometry.between(a, b, -4.5);
        Geometry.Segment other = Geometry.between(a, b, 4.5);

        assertThat(Math.abs(one.x1() - other.x1())).isCloseTo(9, within(0.01));
        assertThat(one.length()).isCloseTo(160, within(0.01));
    }

    @Test
    void overlappingBoxesGetAnEmptyLine() {
        Bounds a = new Bounds(0, 0, 100, 100);
        Bounds b = new Bounds(10, 10, 100, 100);

        assertThat(Geometry.between(a, b, 0).length()).isZero();
    }

    @Test
    void aBentLineLeavesItsBoxTowardsItsFirstBendpointAndAJunctionsFromItsCircle() {
        Bounds box = new Bounds(0, 0, 100, 40);
        Bounds junction = new Bounds(200, 200, 14, 14);

        assertThat(Geometry.anchor(box, false, new Point(50, 300))).isEqualTo(new Point(50, 40));
        assertThat(Geometry.anchor(box, false, new Point(250, 20))).isEqualTo(new Point(100, 20));
        Point onCircle = Geometry.anchor(junction, true, new Point(207, 0));
        assertThat(onCircle.x()).isCloseTo(207, within(0.001));
        assertThat(onCircle.y()).isCloseTo(200, within(0.001));
        assertThat(Geometry.anchor(box, false, new Point(50, 20))).isEqualTo(new Point(50, 20));
    }

    @Test
    void theMiddleOfABentLineIsHalfItsLengthAlong() {
        List<Point> path = List.of(new Point(0, 0), new Point(0, 30), new Point(10, 30));

        assertThat(Geometry.along(path, 0.5)).isEqualTo(new Point(0, 20));
        assertThat(Geometry.along(path, 1)).isEqualTo(new Point(10, 30));
        assertThat(Geometry.along(path, 0)).isEqualTo(new Point(0, 0));
    }
}
