package io.github.bmmsite.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.Fixtures;
import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.source.MetadataBlocks;
import io.github.bmmsite.source.TextFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** What the export writes for print only or breaks, repaired before the document is read. */
class ExportRepairsTest {

    private static final String DIV = "<div style=\"page-break-before: always;\"></div>";
    private final Diagnostics diagnostics = new Diagnostics();

    private ParsedDocument parse(String markdown) {
        return Fixtures.document("doc.md", markdown, diagnostics);
    }

    /** The source text of every block a page would show. */
    private static String shown(ParsedDocument document) {
        StringBuilder text = new StringBuilder();
        for (Node block : document.ast().getChildren()) {
            if (!PandocNodes.isPrintOnly(block)) {
                text.append(block.getChars()).append('\n');
            }
        }
        return text.toString();
    }

    static Stream<Arguments> printDirectives() {
        return Stream.of(
                arguments("the page-break div, then \\newpage on the next line", DIV + "\n\\newpage\n"),
                arguments("\\newpage, then the page-break div", "\\newpage\n" + DIV + "\n"),
                arguments("both on one line", DIV + "\\newpage\n"),
                arguments("\\newpage alone", "\\newpage\n"),
                arguments("\\pagebreak alone", "\\pagebreak\n"),
                arguments("\\clearpage alone", "\\clearpage\n"),
                arguments("three on one line", "\\newpage \\pagebreak\t\\clearpage\n"),
                arguments("three on three lines", "\\newpage\n\\pagebreak\n\\clearpage\n"),
                arguments("page-break-after div", "<div style=\"page-break-after: always\"></div>\n\\newpage\n"),
                arguments("a metadata block that breaks the page", "---\npage-break: true\n...\n"),
                arguments("a metadata block, then the div and \\newpage", "---\npage-break: true\n...\n\n" + DIV
                        + "\n\\newpage\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("printDirectives")
    void printDirectivesNeverShowInAnyCombination(String name, String directives) {
        for (String around : List.of("Texto antes.\n\n%s\n## Después\n", "Texto antes.\n%s## Después\n",
                "Texto antes.\n%s\nTexto después.\n", "%s\n## Después\n\nTexto.\n")) {
            if (directives.startsWith("---") && around.startsWith("Texto antes.\n%s")) {
                continue; // right after a line of text, "---" underlines it as a heading, for pandoc too
            }
            ParsedDocument document = parse(around.formatted(directives));

            assertThat(shown(document)).as(around).doesNotContainIgnoringCase("newpage").doesNotContain("pagebreak",
                    "clearpage", "page-break");
            assertThat(PandocNodes.plainText(document.ast())).contains("Texto");
        }
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void printDirectivesInCodeAreCode() {
        ParsedDocument document = parse("```\n\\newpage\n" + DIV + "\n```\n");

        assertThat(shown(document)).contains("\\newpage", DIV);
    }

    @Test
    void aTableRowWhoseLastCellRunsOntoTheNextLineIsJoinedBackKeepingLineNumbers() {
        ParsedDocument document = parse("""
                ## Vista

                | Nombre | Tipo | Documentación |
                |---|---|---|
                | Canal web | Application Component | Atiende en línea.
                 |
                | Canal telefónico | Application Component | Atiende por teléfono,
                de lunes a viernes.
                |
                | Oficina | Facility | Atiende en persona. |

                ### Después
                Texto.
                """);

        TableBlock table = descendants(document, TableBlock.class).get(0);
        List<String> rows = new ArrayList<>();
        for (Node row : table.getChildOfType(TableBody.class).getChildren()) {
            List<String> cells = new ArrayList<>();
            row.getChildren().forEach(cell -> cells.add(PandocNodes.plainText(cell).strip()));
            rows.add(String.join(" | ", cells));
        }
        assertThat(rows).containsExactly("Canal web | Application Component | Atiende en línea.",
                "Canal telefónico | Application Component | Atiende por teléfono, de lunes a viernes.",
                "Oficina | Facility | Atiende en persona.");
        Heading after = descendants(document, Heading.class).get(1);
        assertThat(document.locationOf(after)).isEqualTo(SourceLocation.of(Path.of("doc.md"), 12));
        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "doc.md:6: note [BMM091] this '|' closes the table row of line 5, whose last cell runs onto the next"
                        + " line; the row is read as one (write each row on one line)",
                "doc.md:9: note [BMM091] this '|' closes the table row of line 7, whose last cell runs onto the next"
                        + " line; the row is read as one (write each row on one line)");
    }

    @Test
    void tellsDelimiterRowsCellByCell() {
        assertThat(BrokenTableRows.isDelimiterRow("|---|:--:|--:|")).isTrue();
        assertThat(BrokenTableRows.isDelimiterRow("  --- | :--- ")).isTrue();
        assertThat(BrokenTableRows.isDelimiterRow("|---|")).isTrue();
        assertThat(BrokenTableRows.isDelimiterRow("| A | B |")).isFalse();
        assertThat(BrokenTableRows.isDelimiterRow("|---||")).isFalse();
        assertThat(BrokenTableRows.isDelimiterRow("---")).isFalse();
        assertThat(BrokenTableRows.isDelimiterRow("|:|")).isFalse();
        // As one pattern with a repeated group, five thousand cells overflowed the stack.
        assertThat(BrokenTableRows.isDelimiterRow("|-".repeat(200_000) + "|")).isTrue();
    }

    @Test
    void aTableOfAHundredThousandColumnsIsReportedNotACrash() {
        String columns = "| a ".repeat(100_000) + "|\n" + "|---".repeat(100_000) + "|\n" + "| 1 ".repeat(100_000) + "|\n";

        assertThat(Fixtures.documentIfRead("doc.md", columns, diagnostics)).isEmpty();
        assertThat(diagnostics.all()).extracting(Diagnostic::format)
                .containsExactly("doc.md: error [BMM008] the Markdown parser ran out of stack on this text (a construct"
                        + " such as a link title or address of many thousand characters, or markup nested that deeply);"
                        + " no text needs that, so it is not read");
        assertThat(descendants(parse("| a ".repeat(300) + "|\n" + "|---".repeat(300) + "|\n"), TableBlock.class))
                .hasSize(1);
    }

    @Test
    void rowsOfATableWithoutClosingPipesAreLeftAsWritten() {
        ParsedDocument document = parse("| A | B\n|---|---\n| 1 | 2\n| 3 | 4\n");

        assertThat(descendants(document, TableBlock.class).get(0).getChildOfType(TableBody.class).getChildren())
                .hasSize(2);
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void aViewFigureRightAfterALineOfTextIsLiftedIntoAParagraphOfItsOwn() {
        ParsedDocument document = parse("""
                ## Vista

                Introducción, en el mismo párrafo que la figura:
                ![01. Vista. _Fuente: propia_](images/v.png){#fig:id-v width= height=}
                Y una línea después.
                """);

        List<Node> blocks = new ArrayList<>();
        document.ast().getChildren().forEach(blocks::add);
        assertThat(blocks).hasSize(4);
        assertThat(PandocNodes.plainText(blocks.get(1))).isEqualTo("Introducción, en el mismo párrafo que la figura:");
        Image figure = PandocNodes.figureImage(blocks.get(2)).orElseThrow();
        assertThat(PandocNodes.attributesOf(figure).flatMap(PandocAttributes::id)).contains("fig:id-v");
        assertThat(PandocNodes.plainText(blocks.get(3))).isEqualTo("Y una línea después.");
        assertThat(document.locationOf(blocks.get(2)).line()).isEqualTo(4);
        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "doc.md:4: note [BMM090] the figure 'fig:id-v' follows a line of text with no blank line between, so"
                        + " Markdown reads both as one paragraph; it is shown as the view's figure (put a blank line"
                        + " before it)");
    }

    @Test
    void withAModelOnlyAFigureOfOneOfItsViewsIsLifted() {
        MarkdownParser parser = new MarkdownParser(id -> id.equals("id-vista"));
        String markdown = "Texto:\n![V](v.png){#fig:id-vista}\n\nOtro:\n![W](w.png){#fig:id-otra}\n";
        ParsedDocument document = parser.parse(MetadataBlocks.extract(new TextFile(Path.of("doc.md"), Path.of("doc.md"),
                markdown), diagnostics), diagnostics).orElseThrow();

        assertThat(document.ast().getChildren()).hasSize(3);
        assertThat(diagnostics.all()).extracting(Diagnostic::code).containsExactly("BMM090");
    }

    @Test
    void anImageInsideALineOfTextStaysInline() {
        ParsedDocument document = parse("Un icono ![i](i.png){#fig:i} dentro del texto.\n");

        assertThat(document.ast().getChildren()).hasSize(1);
        assertThat(diagnostics.all()).isEmpty();
    }

    private static <T extends Node> List<T> descendants(ParsedDocument document, Class<T> type) {
        return StreamSupport.stream(document.ast().getDescendants().spliterator(), false)
                .filter(type::isInstance).map(type::cast).toList();
    }
}
