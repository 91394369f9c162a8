package io.github.bmmsite.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.Fixtures;
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
}
