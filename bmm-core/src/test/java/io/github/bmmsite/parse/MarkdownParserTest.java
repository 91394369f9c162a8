package io.github.bmmsite.parse;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.Fixtures;
import io.github.bmmsite.LinearTime;
import io.github.bmmsite.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownParserTest {

    private static ParsedDocument parse(String markdown) {
        return Fixtures.document("doc.md", markdown, new Diagnostics());
    }

    private static List<CrossReference> references(String markdown) {
        return StreamSupport.stream(parse(markdown).ast().getDescendants().spliterator(), false)
                .filter(CrossReference.class::isInstance).map(CrossReference.class::cast).toList();
    }

    @Test
    void readsTheExportsFigureAsAnImageWithAttributes() {
        ParsedDocument document = parse("![06.BMM. Vista](images/x.png){#fig:id-257a width= height=}\n");

        Node paragraph = document.ast().getFirstChild();
        Image image = PandocNodes.figureImage(paragraph).orElseThrow();
        assertThat(image.getUrl().toString()).isEqualTo("images/x.png");
        assertThat(PandocNodes.attributesOf(image).flatMap(PandocAttributes::id)).contains("fig:id-257a");
        assertThat(PandocNodes.plainText(paragraph)).isEqualTo("06.BMM. Vista");
    }

    @Test
    void readsHeadingAttributesOnlyAtTheEnd() {
        ParsedDocument document = parse("### O1: Paz {#objetivo-uno}\n\n### Llaves {en} medio\n");

        Heading first = (Heading) document.ast().getFirstChild();
        Heading second = (Heading) first.getNext();
        assertThat(PandocNodes.attributesOf(first).flatMap(PandocAttributes::id)).contains("objetivo-uno");
        assertThat(PandocNodes.plainText(first).strip()).isEqualTo("O1: Paz");
        assertThat(PandocNodes.attributesOf(second)).isEmpty();
        assertThat(PandocNodes.plainText(second)).isEqualTo("Llaves {en} medio");
    }

    @Test
    void leavesBracesInRunningTextAsText() {
        assertThat(PandocNodes.plainText(parse("Un conjunto {#a} en el texto.\n").ast())).isEqualTo(
                "Un conjunto {#a} en el texto.");
    }

    @Test
    void readsEveryFormOfCrossReference() {
        List<CrossReference> found = references(
                "Ver @fig:id-1, [@fig:id-2], [@fig:a; @fig:b] y @Fig:id-3. También @tbl:t1.\n");

        assertThat(found).extracting(CrossReference::ids).containsExactly(
                List.of("fig:id-1"), List.of("fig:id-2"), List.of("fig:a", "fig:b"), List.of("fig:id-3"),
                List.of("tbl:t1"));
        assertThat(found).extracting(CrossReference::capitalised).containsExactly(false, false, false, true, false);
    }

    @Test
    void keepsTheFullStopAfterAReference() {
        ParsedDocument document = parse("Como muestra @fig:vista.\n");

        assertThat(references("Como muestra @fig:vista.\n")).extracting(CrossReference::ids)
                .containsExactly(List.of("fig:vista"));
        assertThat(document.ast().getFirstChild().getLastChild().getChars().toString()).isEqualTo(".");
    }

    @Test
    void doesNotTakeMailAddressesOrOtherCitationsForReferences() {
        assertThat(references("Escriba a ana@fig:x o cite [@smith2020] y @otro:x.\n")).isEmpty();
    }

    @Test
    void keepsTheTextBeforeALaterReference() {
        assertThat(PandocNodes.plainText(parse("Ver [x] y -a [@fig:a] @fig:b.\n").ast()))
                .isEqualTo("Ver [x] y -a [@fig:a] @fig:b.");
        assertThat(references("Ver [x] y -a [@fig:a] @fig:b.\n")).extracting(CrossReference::ids)
                .containsExactly(List.of("fig:a"), List.of("fig:b"));
    }

    @Test
    void halfAMillionOpeningBracketsCostTheirLength() {
        // 50,000 took 93 s: each '[' searched the rest of the paragraph for a citation.
        ParsedDocument document = LinearTime.of(() -> parse("## V\n\n" + "[".repeat(500_000) + "\n"));

        Node paragraph = document.ast().getLastChild();
        assertThat(paragraph.getChars().length()).isEqualTo(500_001);
        assertThat(PandocNodes.plainText(paragraph).chars().filter(c -> c == '[').count()).isEqualTo(500_000);
    }

    @Test
    void readsReferenceListsAndLabelsOfAnyLength() {
        // Read by a regular expression, each of these overflowed the stack.
        List<CrossReference> list = references("Ver [@fig:a" + "; @fig:b".repeat(100_000) + "].\n");
        List<CrossReference> label = references("Ver @fig:" + "a.".repeat(100_000) + "z.\n");

        assertThat(list).hasSize(1);
        assertThat(list.get(0).ids()).hasSize(100_001);
        assertThat(label).extracting(CrossReference::ids).containsExactly(List.of("fig:" + "a.".repeat(100_000) + "z"));
    }

    @Test
    void tellsPrintOnlyBlocksOfAnyLength() {
        ParsedDocument pageBreaks = parse("\\newpage ".repeat(100_000) + "\n\n" + "<br>\n".repeat(100_000));
        ParsedDocument hidden = parse("<br><!-- a --> <p>Hola</p> <!-- b -->\n");

        // The line of page breaks is blanked before parsing; the run of <br> stays a block for print only.
        assertThat(pageBreaks.ast().getChildren()).hasSize(1).allMatch(PandocNodes::isPrintOnly);
        // Between two comments, text that is not for print only is shown.
        assertThat(PandocNodes.isPrintOnly(hidden.ast().getFirstChild())).isFalse();
    }

    @Test
    void aLineOfAMillionSpacesCostsItsLength() {
        // 40,000 spaces took 94 s: the nesting check looked for a list marker from every space on.
        ParsedDocument document = LinearTime.of(() -> parse("x" + " ".repeat(1_000_000) + "y\n"));

        assertThat(PandocNodes.plainText(List.of(document.ast().getFirstChild()))).isEqualTo("x y");
    }

    @Test
    void anAttributeSetOfManyClassesCostsItsLength() {
        ParsedDocument document = LinearTime.of(() -> parse("# Título {" + ".c ".repeat(200_000) + "}\n"));

        Heading heading = (Heading) document.ast().getFirstChild();
        assertThat(PandocNodes.attributesOf(heading).orElseThrow().classes()).hasSize(200_000);
    }

    @Test
    void aParagraphOfManyCodeSpansEntitiesTagsAndReferencesCostsItsLength() {
        // flexmark copied the whole paragraph for every match: 80,000 '[a]' took two minutes.
        ParsedDocument document = LinearTime.of(() -> parse("`a` &amp; </b> [a] ".repeat(200_000) + "\n"));

        assertThat(StreamSupport.stream(document.ast().getDescendants().spliterator(), false)
                .filter(node -> node instanceof Code || node instanceof HtmlEntity || node instanceof HtmlInline
                        || node instanceof LinkRef).count()).isEqualTo(800_000);
    }

    @Test
    void readsReferenceDefinitionsWithItsOwnInlineParser() {
        ParsedDocument document = parse("Ver [la norma][n].\n\n[n]: https://example.org/norma\n");

        assertThat(StreamSupport.stream(document.ast().getDescendants().spliterator(), false)
                .filter(LinkRef.class::isInstance).map(LinkRef.class::cast)).singleElement()
                .satisfies(link -> assertThat(link.isDefined()).isTrue());
    }
}
