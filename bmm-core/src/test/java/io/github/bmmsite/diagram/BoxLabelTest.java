package io.github.bmmsite.diagram;

import io.github.bmmsite.LinearTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoxLabelTest {

    private static final String LONG_NAME = "OETI02: Fomentar el uso y la apropiación de las tecnologías de la"
            + " Cuarta Revolución Industrial (4RI)";

    @Test
    void aNameThatFitsKeepsTheFullSize() {
        BoxLabel label = BoxLabel.fit("O7: Fortalecer capacidades", 168, 52);

        assertThat(label.fontSize()).isEqualTo(AutoLayout.FONT_SIZE);
        assertThat(label.shortened()).isFalse();
        assertThat(String.join(" ", label.lines())).isEqualTo("O7: Fortalecer capacidades");
    }

    @Test
    void aSmallBoxOfTheModelGetsASmallerFont() {
        // Archi's default box is 120 × 55; this one is a little taller.
        BoxLabel label = BoxLabel.fit("O7: Fortalecer capacidades institucionales", 120, 60);

        assertThat(label.fontSize()).isLessThan(AutoLayout.FONT_SIZE);
        assertThat(label.shortened()).isFalse();
        assertThat(label.lines().size() * label.lineHeight()).isLessThanOrEqualTo(60 - 2 * BoxLabel.PADDING_Y);
    }

    @Test
    void aLongNameIsWrappedThenShrunkInHalfStepsButNeverCut() {
        // The seed's longest name in its box (212 × 80, less the goal's icon row): it fits at none of 14, 12, 11.
        int width = 212;
        int height = 80 - AutoLayout.ICON_ROW;
        BoxLabel label = BoxLabel.fit(LONG_NAME, width, height);

        assertThat(label.shortened()).isFalse();
        assertThat(String.join(" ", label.lines())).isEqualTo(LONG_NAME);
        assertThat(label.fontSize()).isBetween(BoxLabel.FLOOR, 11.5).isNotEqualTo(11.0);
        assertThat(label.fontSize() * 2).isEqualTo(Math.rint(label.fontSize() * 2));
        assertThat(label.lines().size() * label.lineHeight()).isLessThanOrEqualTo(height - 2 * BoxLabel.PADDING_Y);
        assertThat(label.lines()).allSatisfy(line -> assertThat(TextMeasure.widthInEm(line, false) * label.fontSize())
                .isLessThanOrEqualTo(width - 2 * AutoLayout.BOX_PADDING));
        // Half a step larger would not have fitted.
        double larger = label.fontSize() + 0.5;
        assertThat(TextMeasure.wrap(LONG_NAME, larger, width - 2 * AutoLayout.BOX_PADDING).size()
                * BoxLabel.lineHeight(larger)).isGreaterThan(height - 2 * BoxLabel.PADDING_Y);
    }

    @Test
    void theSeedsLongestGoalFitsWholeInItsBoxUnderTheIcon() {
        // O7 in the seed's view: 200 × 64, less the row kept for the goal's icon.
        BoxLabel label = BoxLabel.fit("O7: Fortalecer capacidades institucionales gestión y desempeño", 200,
                64 - AutoLayout.ICON_ROW);

        assertThat(label.shortened()).isFalse();
        assertThat(label.fontSize()).isGreaterThanOrEqualTo(11);
    }

    @Test
    void onlyBelowTheFloorDoesANameEndInAnEllipsisWithinTheBox() {
        String name = LONG_NAME + " " + LONG_NAME;
        BoxLabel label = BoxLabel.fit(name, 100, 40);

        assertThat(label.shortened()).isTrue();
        assertThat(label.fontSize()).isEqualTo(BoxLabel.FLOOR);
        assertThat(label.lines().get(label.lines().size() - 1)).endsWith("…");
        assertThat(label.lines().size() * label.lineHeight()).isLessThanOrEqualTo(40 - 2 * BoxLabel.PADDING_Y);
        assertThat(label.lines()).allSatisfy(line -> assertThat(TextMeasure.widthInEm(line, false) * label.fontSize())
                .isLessThanOrEqualTo(100 - 2 * AutoLayout.BOX_PADDING));
        assertThat(name).startsWith(String.join(" ", label.lines()).replace("…", ""));
    }

    @Test
    void aNotesParagraphsStartNewLines() {
        BoxLabel label = BoxLabel.fitText("Primera línea\n\nTercera", 200, 100, 13);

        assertThat(label.lines()).containsExactly("Primera línea", "", "Tercera");
        assertThat(label.fontSize()).isEqualTo(13);
    }

    @Test
    void aNameEndingInAMillionAccentsIsShortenedInOnePass() {
        // One full line that ends in a million accents, which take no room: shortening it one
        // character at a time measured the whole line again for each accent.
        String name = "x".repeat(16) + "\u0301".repeat(1_000_000) + " y";

        BoxLabel label = LinearTime.of(() -> BoxLabel.fit(name, 60, 20));

        assertThat(label.shortened()).isTrue();
        assertThat(label.lines()).singleElement().asString().matches("x+…");
    }
}
