package io.github.bmmsite.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

class CodeMentionsTest {

    private final CodeMentions mentions = new CodeMentions(List.of("O1", "O5", "O10", "OETI01", "ACC2"));

    private List<String> found(String text) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = mentions.in(text).orElseThrow();
        while (matcher.find()) {
            codes.add(matcher.group());
        }
        return codes;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Alineado con O1.|O1",
        "Alineado con O10 y O1, no con O100.|O10 O1",
        "(O1) y O10;|O1 O10",
        "Ver OETI01: gobierno digital|OETI01",
        "del O1 al O10|O1 O10",
        "ACC2, ACC20 y XACC2|ACC2",
    })
    void findsWholeCodesOnly(String text, String expected) {
        assertThat(String.join(" ", found(text))).isEqualTo(expected);
    }

    @Test
    void doesNotFindCodesInsideOtherWordsOrNumbers() {
        assertThat(found("O100 OETI010 O1.2 O1-3 $O1 o1 FO1 O1a")).isEmpty();
    }

    @Test
    void objetivoFiveOfAnotherPlanIsNotO5() {
        assertThat(found("especialmente con su Objetivo 5: \"Bogotá confía en su gobierno\"")).isEmpty();
    }

    @Test
    void aSiteWithoutCodesFindsNothing() {
        assertThat(new CodeMentions(List.of()).in("O1")).isEmpty();
    }
}
