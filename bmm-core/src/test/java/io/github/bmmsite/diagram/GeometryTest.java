package io.github.bmmsite.diagram;

import io.github.bmmsite.model.Diagram.Bounds;
import org.junit.jupiter.api.Test;

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
}
