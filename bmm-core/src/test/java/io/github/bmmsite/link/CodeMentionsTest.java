package io.github.bmmsite.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CodeMentionsTest {

    private final CodeMentions mentions = new CodeMentions(List.of("O1", "O5", "O10", "OETI01", "ACC2"));

    private List<String> found(String text) {
        return mentions.in(text).stream().map(CodeMentions.Mention::code).toList();
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
        assertThat(found("O100 OETI010 O1.2 O1-3 $O1 o1 FO1 O1a 𝐀O1")).isEmpty();
    }

    @Test
    void objetivoFiveOfAnotherPlanIsNotO5() {
        assertThat(found("especialmente con su Objetivo 5: \"Bogotá confía en su gobierno\"")).isEmpty();
    }

    @Test
    void aSiteWithoutCodesFindsNothing() {
        assertThat(new CodeMentions(List.of()).in("O1")).isEmpty();
    }

    /**
     * The words-then-lookup search finds exactly what one alternation of all codes (longest first,
     * the same boundaries) finds, on random text made of codes, their prefixes and extensions, and
     * every character the boundaries look at. (Letters outside the BMP are left out: the
     * alternation's look-behind saw only half of them, so it found {@code O1} in {@code 𝐀O1}.)
     */
    @Test
    void findsWhatOneAlternationOfAllCodesFinds() {
        List<String> codes = List.of("O1", "O12", "O5", "O10", "OETI01", "ACC2", "A1B2", "Ñ1", "OBJ0042");
        Pattern alternation = Pattern.compile("(?<![\\p{L}\\p{N}_$])(?:" + codes.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"))
                + ")(?![\\p{L}\\p{N}_]|[.\\-/][\\p{N}])");
        List<String> pieces = List.of("O1", "O12", "O5", "O10", "OETI01", "ACC2", "A1B2", "Ñ1", "OBJ0042", "O",
                "1", "2", "a", "é", "Ñ", "_", "$", ".", "-", "/", " ", ",", ":", "(", ")", "\n", "٣");
        CodeMentions search = new CodeMentions(codes);
        Random random = new Random(42);
        for (int sample = 0; sample < 20_000; sample++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            List<String> expected = new ArrayList<>();
            Matcher matcher = alternation.matcher(text);
            while (matcher.find()) {
                expected.add(matcher.start() + ":" + matcher.end() + ":" + matcher.group());
            }
            assertThat(search.in(text).stream().map(m -> m.start() + ":" + m.end() + ":" + m.code()).toList())
                    .as("mentions in '%s'", text).isEqualTo(expected);
        }
    }
}
