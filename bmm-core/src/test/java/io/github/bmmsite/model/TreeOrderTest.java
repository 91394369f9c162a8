package io.github.bmmsite.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TreeOrderTest {

    @Test
    void numbersGoByTheirValueAndWordsAsASpanishReaderOrdersThem() {
        List<String> names = new ArrayList<>(List.of("Vista 10", "06.11. Tecnología", "vista 9", "Ámbito", "06.3. Negocio",
                "Zona", "06.03. Negocio", "Vista 9", "Ñandú", "Nube"));

        names.sort(new TreeOrder());

        assertThat(names).containsExactly("06.03. Negocio", "06.3. Negocio", "06.11. Tecnología", "Ámbito", "Nube",
                "Ñandú", "vista 9", "Vista 9", "Vista 10", "Zona");
    }
}
