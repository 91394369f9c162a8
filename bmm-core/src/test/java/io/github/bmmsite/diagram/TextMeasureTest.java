package io.github.bmmsite.diagram;

import io.github.bmmsite.LinearTime;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextMeasureTest {

    private static final String LONG_NAME = "OETI02: Fomentar el uso y la apropiación de las tecnologías de la"
            + " Cuarta Revolución Industrial (4RI)";

    @Test
    void wrapsALongSpanishNameAtSpacesWithinTheWidth() {
        List<String> lines = TextMeasure.wrap(LONG_NAME, 14, 152);

        assertThat(lines).hasSizeBetween(4, 8);
        assertThat(lines).allSatisfy(line -> assertThat(TextMeasure.widthInEm(line, false) * 14).isLessThanOrEqualTo(152));
        assertThat(String.join(" ", lines)).isEqualTo(LONG_NAME);
        assertThat(lines.get(0)).startsWith("OETI02: Fomentar");
    }

    @Test
    void aWordWiderThanTheBoxIsBrokenInsideAndNothingIsLost() {
        String word = "Interoperabilidadinstitucionalintersectorialdistrital";

        List<String> lines = TextMeasure.wrap("La " + word + " ya", 14, 100);

        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("La" + word + "ya");
        assertThat(lines).hasSizeGreaterThan(3)
                .allSatisfy(line -> assertThat(TextMeasure.widthInEm(line, false) * 14).isLessThanOrEqualTo(100));
    }

    @Test
    void accentsMeasureAsTheirLettersAndWideLettersMoreThanNarrowOnes() {
        assertThat(TextMeasure.widthInEm("gestión", false)).isEqualTo(TextMeasure.widthInEm("gestion", false));
        assertThat(TextMeasure.widthInEm("MMMM", false)).isGreaterThan(TextMeasure.widthInEm("iiii", false) * 3);
        assertThat(TextMeasure.widthInEm("O7:", true)).isGreaterThan(TextMeasure.widthInEm("O7:", false));
    }

    @Test
    void blankTextHasNoLines() {
        assertThat(TextMeasure.wrap("   ", 14, 100)).isEmpty();
        assertThat(TextMeasure.wrap("", 14, 100)).isEmpty();
    }

    @Test
    void aBoxNarrowerThanOneLetterStillGetsEveryLetter() {
        assertThat(TextMeasure.wrap("Ñandú", 14, 1)).containsExactly("Ñ", "a", "n", "d", "ú");
    }

    @Test
    void aOneWordNameOfAMegabyteIsWrappedInOnePass() {
        // 100 KB took 28 s: the rest of the word was measured again for every line.
        String word = "x".repeat(1_000_000);

        List<String> lines = LinearTime.of(() -> TextMeasure.wrap(word, 14, 152));

        assertThat(String.join("", lines).equals(word)).isTrue();
        assertThat(lines).allSatisfy(line -> assertThat(TextMeasure.widthInEm(line, false) * 14)
                .isLessThanOrEqualTo(152));
    }

    @Test
    void aNameOfTwentyMegabytesIsWrappedInOnePass() {
        String name = "Fortalecer la gestión ".repeat(1_000_000);

        List<String> lines = LinearTime.of(() -> TextMeasure.wrap(name, 14, 152));

        assertThat(String.join(" ", lines).equals(name.strip())).isTrue();
    }

    @Test
    void lettersOutsideTheBasicPlaneAreNeverCut() {
        assertThat(TextMeasure.wrap("a😀b", 14, 1)).containsExactly("a", "😀", "b");
    }
}
