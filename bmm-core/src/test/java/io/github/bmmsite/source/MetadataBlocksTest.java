package io.github.bmmsite.source;

import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataBlocksTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private SourceDocument extract(String text) {
        return MetadataBlocks.extract(new TextFile(Path.of("doc.md"), Path.of("doc.md"), text), diagnostics);
    }

    @Test
    void readsABlockAtTheEndAfterABlankLineAsTheExportWritesIt() {
        SourceDocument document = extract("## Vista\n\ntexto\n\n---\nlang: en\ntitlepage: true\n"
                + "titlepage-rule-color: 360049\ntodo: aun no está lista\n...\n");

        assertThat(document.metadata().text("lang")).contains("en");
        assertThat(document.metadata().text("todo")).contains("aun no está lista");
        assertThat(document.metadata().line("lang")).isEqualTo(6);
        assertThat(document.markdown()).doesNotContain("titlepage", "lang:", "...");
        assertThat(document.markdown().split("\n", -1)).hasSameSizeAs(document.file().text().split("\n", -1));
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void readsABlockAtTheTopClosedByDashes() {
        SourceDocument document = extract("---\ntitle: Vista\nsubtitle: Sub\n---\n\n## Vista\n");

        assertThat(document.metadata().text("title")).contains("Vista");
        assertThat(document.metadata().text("subtitle")).contains("Sub");
        assertThat(document.markdown()).isEqualTo("\n\n\n\n\n## Vista\n");
    }

    @Test
    void laterBlocksOverrideEarlierValues() {
        SourceDocument document = extract("---\ntitle: Primero\nauthor: Ana\n---\n\ntexto\n\n---\ntitle: Segundo\n...\n");

        assertThat(document.metadata().text("title")).contains("Segundo");
        assertThat(document.metadata().text("author")).contains("Ana");
    }

    @Test
    void leavesThematicBreaksAndSetextHeadingsAlone() {
        String text = "Encabezado\n---\n\ntexto\n\n---\n\nmás texto\n";

        SourceDocument document = extract(text);

        assertThat(document.markdown()).isEqualTo(text);
        assertThat(document.metadata().values()).isEmpty();
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void leavesFencedCodeAlone() {
        String text = "```\n\n---\nlang: en\n---\n```\n";

        assertThat(extract(text).markdown()).isEqualTo(text);
    }

    @Test
    void readsAnUnclosedBlockThatIsPlainlyYamlAndWarns() {
        SourceDocument document = extract("texto\n\n---\nlang: en\ntodo: borrador\n\n");

        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "doc.md:3: warning [BMM012] this metadata block is never closed; it is read up to line 5 and not shown"
                        + " (end it with a line '---' or '...')");
        assertThat(document.metadata().text("todo")).contains("borrador");
        assertThat(document.markdown()).isEqualTo("texto\n\n\n\n\n\n");
    }

    @Test
    void anUnclosedBlockInTheMiddleEndsAtItsBlankLineAndIsNotShown() {
        SourceDocument document = extract("## Vista\n\nTexto.\n\n---\ntitle: Otra\nlang: en\n\n### O1: Uno\nT.\n\n"
                + "---\nlang: es\n...\n");

        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "doc.md:5: warning [BMM012] this metadata block is never closed; it is read up to line 7 and not shown"
                        + " (end it with a line '---' or '...')");
        assertThat(document.markdown()).isEqualTo("## Vista\n\nTexto.\n\n\n\n\n\n### O1: Uno\nT.\n\n\n\n\n");
        assertThat(document.metadata().text("title")).contains("Otra");
        assertThat(document.metadata().text("lang")).contains("es");
    }

    @Test
    void aRuleFollowedByTextThatIsNotYamlStaysMarkdown() {
        String text = "Texto.\n\n---\nOtro párrafo: con dos puntos y más palabras.\n\n---\nfin\n";

        assertThat(extract(text).markdown()).isEqualTo(text);
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void reportsInvalidYamlAtItsLine() {
        extract("texto\n\n---\nlang: en\ntodo: x\n  mal: y\nauthor: Ana\n...\n");

        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "doc.md:6: error [BMM010] the metadata block is not valid YAML: mapping values are not allowed here");
    }

    @Test
    void reportsABracketOrQuoteNeverClosedAtItsLineThoughMoreLinesFollow() {
        extract("## Vista\n\n---\ntitle: \"Informe anual\nlang: es\nauthor: Ana\n---\n\n## Otra\n\n---\n"
                + "keywords: [uno, dos\nlang: es\nauthor: Ana\n...\n\n## Última\n");

        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "doc.md:4: error [BMM010] the metadata block is not valid YAML: the '\"' here is still open at line 7,"
                        + " where found unexpected end of stream",
                "doc.md:12: error [BMM010] the metadata block is not valid YAML: the '[' here is still open at line 13,"
                        + " where expected ',' or ']', but got :");
    }

    @Test
    void reportsValuesNestedTenThousandLevelsDeepWhereTheyGoTooDeep() {
        // A hundred levels are read; the next one, on the 101st line of brackets, is not.
        extract("texto\n\n---\nlang: es\nx:\n" + " [\n".repeat(10_000) + " ]".repeat(10_000) + "\n---\n"
                + "\n---\nkeywords: " + "[".repeat(10_000) + "\n---\n");

        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "doc.md:105: error [BMM008] values are nested more than 100 levels deep here; no metadata needs that"
                        + " many, so the block is not read",
                "doc.md:10010: error [BMM008] values are nested more than 100 levels deep here; no metadata needs"
                        + " that many, so the block is not read");
    }

    @Test
    void reportsABlockThatIsNotAMap() {
        extract("---\n- uno\n- dos\n---\n");

        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "doc.md:2: error [BMM011] a metadata block must hold 'key: value' lines, not a list or plain text");
    }

    @Test
    void reportsADuplicateKey() {
        extract("---\nlang: es\nlang: en\n---\n");

        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "doc.md:3: error [BMM010] the metadata block is not valid YAML: the key 'lang' appears twice");
    }
}
