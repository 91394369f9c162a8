package io.github.bmmsite.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    private static final List<String> COLUMNS = List.of("first", "middle", "last");

    @ParameterizedTest(name = "starting with {0}")
    @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r"})
    void neutralisesAFormulaInEveryColumn(String start) {
        String value = start + "HYPERLINK(\"https://evil.example\",\"x\")";
        String cell = "\"'" + value.replace("\"", "\"\"") + "\"";

        String csv = Csv.table(COLUMNS, List.of(Map.of("first", value, "middle", value, "last", value)));

        assertThat(csv).isEqualTo("first,middle,last\r\n" + cell + "," + cell + "," + cell + "\r\n");
    }

    @Test
    void neutralisesAFormulaWithoutCharactersThatNeedQuotes() {
        assertThat(Csv.table(COLUMNS, List.of(Map.of("first", "=1+1", "middle", "-5", "last", "@SUM(A1)"))))
                .isEqualTo("first,middle,last\r\n\"'=1+1\",\"'-5\",\"'@SUM(A1)\"\r\n");
    }

    @Test
    void leavesFieldsThatOnlyHoldFormulaCharactersLaterAsTheyAre() {
        assertThat(Csv.table(COLUMNS, List.of(Map.of("first", "a=b", "middle", "1-2 +3", "last", ""))))
                .isEqualTo("first,middle,last\r\na=b,1-2 +3,\r\n");
    }
}
