package io.github.bmmsite.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ColumnLabelsTest {

    private static ElementRef element(String code, String name) {
        return new ElementRef(code == null ? name : code, Optional.ofNullable(code), name, name, "elementos/x.html",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void aColumnIsHeadedByItsCode() {
        assertThat(ColumnLabels.of(List.of(element("O7", "Fortalecer capacidades institucionales gestión y desempeño"))))
                .containsExactly(entry("O7", "O7"));
    }

    @Test
    void withoutACodeAShortNameStaysAndALongOneGivesTheInitialsOfItsWords() {
        assertThat(ColumnLabels.shortName("Toma de decisiones")).isEqualTo("TD");
        assertThat(ColumnLabels.shortName("Tecnología como Habilitador Transversal")).isEqualTo("TCHT");
        assertThat(ColumnLabels.shortName("Promover la participación ciudadana en la formulación y el seguimiento"))
                .as("four initials at most, the joints of the name left out").isEqualTo("PPCF");
        assertThat(ColumnLabels.shortName("  Finanzas ")).isEqualTo("Finanzas");
        assertThat(ColumnLabels.shortName("Interoperabilidad")).as("one word has no initials to take").isEqualTo(
                "Interoperabilidad");
    }

    @Test
    void twoColumnsNeverShareAHeading() {
        List<ElementRef> columns = List.of(element("GC", "Gestión contable"),
                element(null, "Gestión de Contratación"), element(null, "Gestión del Conocimiento"),
                element(null, "Corto"), element(null, "Corto "));

        assertThat(ColumnLabels.of(columns).values()).containsExactly("GC", "GC2", "GC3", "Corto", "Corto2");
    }
}
