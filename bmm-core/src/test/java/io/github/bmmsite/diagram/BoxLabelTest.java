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
        assertThat(label.lines().size() * label.lineHeight()).isLessThanOrEqualTo(60 - 2 * AutoLayout.BOX_PADDING + 2);
    }

    @Test
    void aNameTooLongForItsBoxEndsInAnEllipsisWithinTheBox() {
        BoxLabel label = BoxLabel.fit(LONG_NAME, 120, 55);

        assertThat(label.shortened()).isTrue();
        assertThat(label.lines().get(label.lines().size() - 1)).endsWith("…");
        assertThat(label.lines().size() * label.lineHeight()).isLessThanOrEqualTo(55 - 2 * AutoLayout.BOX_PADDING + 2);
        assertThat(label.lines()).allSatisfy(line -> assertThat(TextMeasure.widthInEm(line, false) * label.fontSize())
                .isLessThanOrEqualTo(120 - 2 * AutoLayout.BOX_PADDING));
        assertThat(LONG_NAME).startsWith(String.join(" ", label.lines()).replace("…", ""));
    }

    @Test
    void aNameEndingInAMillionAccentsIsShortenedInOnePass() {
        // One full line that ends in a million accents, which take no room: shortening it one
        // character at a time measured the whole line again for each accent.
        String name = "x".repeat(16) + "\u0301".repeat(1_000_000) + " y";

        BoxLabel label = LinearTime.of(() -> BoxLabel.fit(name, 120, 30));

        assertThat(label.shortened()).isTrue();
        assertThat(label.lines()).containsExactly("x".repeat(15) + "…");
    }
}
