package io.github.bmmsite.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The message of a failed bake is all that {@code mvn -q} shows: it lists the diagnostics that
 * failed the bake (the first twenty, then how many more), and says what became of the output.
 */
class FailureMessageTest {

    @TempDir
    Path project;

    private Path source;

    private BakeOptions options(boolean strict) throws IOException {
        source = Files.createDirectories(project.resolve("src/bmm"));
        return BakeOptions.builder().projectDir(project).buildDir(project.resolve("target")).source(source)
                .output(project.resolve("target/site")).strict(strict).language("es")
                .baseUrl("https://example.org/").outputTimestamp("2026-01-01T00:00:00Z").build();
    }

    private BakeFailedException failure(boolean strict) throws IOException {
        return catchThrowableOfType(() -> new Baker(options(strict)).bake(), BakeFailedException.class);
    }

    @Test
    void inStrictModeTheWarningsAreListedTheFirstTwentyThenCounted() throws IOException {
        StringBuilder text = new StringBuilder("## Vista\n\n### O1: Uno\n");
        for (int i = 1; i <= 25; i++) {
            text.append("\nTexto para $VALOR").append(i).append(".\n");
        }
        Files.writeString(options(true).source().resolve("vista.md"), text);

        BakeFailedException failure = failure(true);

        assertThat(failure.getMessage().lines().toList())
                .hasSize(1 + BakeFailedException.LISTED + 1)
                .startsWith("the site was not baked: 25 warning(s) in strict mode (bmm.strict=true);"
                                + " nothing was written",
                        "  src/bmm/vista.md:5: warning [BMM020] the placeholder $VALOR1 has no value;"
                                + " set it in the plugin's <variables>")
                .contains("  src/bmm/vista.md:43: warning [BMM020] the placeholder $VALOR20 has no value;"
                        + " set it in the plugin's <variables>")
                .doesNotContain("  src/bmm/vista.md:45: warning [BMM020] the placeholder $VALOR21 has no value;"
                        + " set it in the plugin's <variables>")
                .endsWith("  and 5 more");
        assertThat(failure.summary()).isEqualTo(failure.getMessage().lines().findFirst().orElseThrow());
        assertThat(failure.diagnostics()).hasSize(25);
    }

    @Test
    void withoutStrictModeOnlyTheErrorsAreListedAndTheWarningsCounted() throws IOException {
        Files.writeString(options(false).source().resolve("vista.md"), "## Vista\n\n### O1: Uno\nPara $CLIENTE.\n\n"
                + "| a |\n|---|\n| 1 |\n\n: Uno {#tbl:t}\n\n| b |\n|---|\n| 2 |\n\n: Dos {#tbl:t}\n");

        BakeFailedException failure = failure(false);

        assertThat(failure.getMessage()).isEqualTo("the site was not baked: 1 error(s), 1 warning(s); nothing was written"
                + "\n  src/bmm/vista.md:12: error [BMM088] the table id 'tbl:t' is already used at src/bmm/vista.md:6;"
                + " table ids must be unique");
    }

    @Test
    void errorsAreListedBeforeTheWarningsOfStrictMode() throws IOException {
        Files.writeString(options(true).source().resolve("a.md"), "## A\n\n### O1: Uno\nPara $CLIENTE.\n");
        Files.writeString(source.resolve("b.md"), "## B\n\n| a |\n|---|\n| 1 |\n\n: Uno {#tbl:t}\n\n"
                + "| b |\n|---|\n| 2 |\n\n: Dos {#tbl:t}\n");

        // a.md comes first in reading order; the error of b.md is listed first all the same.
        assertThat(failure(true).getMessage().lines().skip(1).map(line -> line.replaceAll(".*\\[(BMM\\d+)].*", "$1")))
                .containsExactly("BMM088", "BMM020");
    }

    @Test
    void saysNothingWasWrittenWhenThereWasNoPreviousSite() throws IOException {
        Files.writeString(options(true).source().resolve("vista.md"), "## Vista\n\n### O1: Uno\nPara $CLIENTE.\n");
        Files.createDirectories(project.resolve("target/site"));

        assertThat(failure(true).summary()).endsWith("; nothing was written").doesNotContain("previous site");
    }

    @Test
    void saysThePreviousSiteIsUnchangedWhenThereWasOne() throws Exception {
        Files.writeString(options(false).source().resolve("vista.md"), "## Vista\n\n### O1: Uno\nTexto.\n");
        new Baker(options(false)).bake();
        Files.writeString(source.resolve("vista.md"), "## Vista\n\n### O1: Uno\nPara $CLIENTE.\n");

        assertThat(failure(true).summary()).endsWith("; the previous site in target/site is unchanged");
    }

    @Test
    void saysAFolderNoBakeWroteIsAsItWasNotThatItIsAPreviousSite() throws IOException {
        Files.writeString(options(true).source().resolve("vista.md"), "## Vista\n\n### O1: Uno\nPara $CLIENTE.\n");
        Files.createDirectories(project.resolve("target/site"));
        Files.writeString(project.resolve("target/site/notas.txt"), "de otra herramienta");

        assertThat(failure(true).summary()).endsWith("; nothing was written; target/site is as it was")
                .doesNotContain("previous site");
    }
}
