package io.github.bmmsite.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.bmmsite.Fixtures;
import io.github.bmmsite.LinearTime;
import io.github.bmmsite.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class HeadingIdsTest {

    /** The examples of pandoc's manual (auto_identifiers), and the export's headings. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Heading identifiers in HTML | heading-identifiers-in-html",
            "Maître d'hôtel | maître-dhôtel",
            "*Dogs*?--in *my* house? | dogs--in-my-house",
            "[HTML], [S5], or [RTF]? | html-s5-or-rtf",
            "3. Applications | applications",
            "33 | section",
            "Situación Actual. Sistemas de Información SG | situación-actual.-sistemas-de-información-sg",
            "ACC2. Fortalecer la Gestión Pública | acc2.-fortalecer-la-gestión-pública",
            "O7: Fortalecer capacidades   institucionales | o7-fortalecer-capacidades-institucionales",
            "\"OETI02: Fomentar la Cuarta Revolución Industrial (4RI) \" | oeti02-fomentar-la-cuarta-revolución-industrial-4ri",
            "Tecnología como Habilitador Transversal (PETI OTIC) | tecnología-como-habilitador-transversal-peti-otic",
            "Alineación con “Bogotá camina segura 2024-2027” | alineación-con-bogotá-camina-segura-2024-2027",
            "snake_case y `código` | snake_case-y-código",
            "Ñandú ÅSTRÖM | ñandú-åström",
            "$TITULO | titulo",
            "¿Qué? ¡Sí! | qué-sí"})
    void givesTheIdentifierPandocGives(String heading, String expected) {
        Diagnostics diagnostics = new Diagnostics();
        ParsedDocument document = Fixtures.document("d.md", "# " + heading + "\n", diagnostics);

        assertThat(HeadingIds.of(document.ast()).values()).containsExactly(expected);
    }

    @Test
    void numbersRepeatedHeadingsAndKeepsExplicitIds() {
        Diagnostics diagnostics = new Diagnostics();
        ParsedDocument document = Fixtures.document("d.md", """
                # Objetivos

                ## Objetivos

                ## Otro {#objetivos-1}

                ### Objetivos

                - lista

                #### 2024
                """, diagnostics);

        Map<Heading, String> ids = HeadingIds.of(document.ast());
        List<String> inOrder = new ArrayList<>();
        document.ast().getDescendants().forEach(node -> {
            if (node instanceof Heading heading) {
                inOrder.add(ids.get(heading));
            }
        });

        assertThat(inOrder).containsExactly("objetivos", "objetivos-1", "objetivos-1", "objetivos-2", "section");
    }

    @Test
    void aMillionIdenticalHeadingsCostTheirNumber() {
        // Built node by node: flexmark's parse of a million headings is not what is measured.
        Document document = new Document(MarkdownParser.options(), BasedSequence.NULL);
        for (int i = 0; i < 1_000_000; i++) {
            Heading heading = new Heading();
            heading.appendChild(new Text(BasedSequence.of("a")));
            document.appendChild(heading);
        }

        // 100,000 took over 300 s: each heading tried a-1, a-2, … from the start again.
        Map<Heading, String> ids = LinearTime.of(() -> HeadingIds.of(document));

        assertThat(ids).hasSize(1_000_000);
        assertThat(Set.copyOf(ids.values())).hasSize(1_000_000).contains("a", "a-1", "a-999999");
    }
}
