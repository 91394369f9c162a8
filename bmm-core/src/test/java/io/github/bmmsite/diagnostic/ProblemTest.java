package io.github.bmmsite.diagnostic;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTest {

    /** The generated reference lists every code with its meaning; a code without one would be a blank row. */
    @Test
    void everyProblemSaysWhatItMeansOnOneLine() {
        assertThat(Problem.values()).allSatisfy(problem -> {
            assertThat(problem.meaning()).as(problem.code()).isNotBlank().doesNotContain("\n", "\r");
            assertThat(problem.meaning()).as(problem.code()).isEqualTo(problem.meaning().strip());
        });
    }

    @Test
    void codesAreUniqueAndWellFormed() {
        assertThat(Arrays.stream(Problem.values()).map(Problem::code))
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("BMM\\d{3}"));
    }
}
