package io.github.bmmsite.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Spanish analysis of the site's search ({@code assets/js/search-spanish.js}), in Java. Each
 * step does what its namesake in the script does, in the same order.
 */
final class SpanishAnalysis implements TermAnalysis {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Set<String> STOP_WORDS = Set.of((
            "a al algo algun alguna algunas alguno algunos ante antes aqui asi aun cada como con contra cual "
            + "cuales cuando de del desde donde durante e el ella ellas ellos en entre era eran es esa esas ese "
            + "eso esos esta estas este esto estos fue fueron ha han hasta hay la las le les lo los mas me mi mis "
            + "mucho muchos muy ni no nos nuestra nuestras nuestro nuestros o os otra otras otro otros para pero "
            + "poco por porque que quien quienes se segun ser si sido sin sino sobre son su sus tambien tan tanto "
            + "te tiene tienen toda todas todo todos tu tus u un una unas uno unos usted ustedes y ya yo").split(" "));

    /**
     * The words of the text, folded, then (but for codes, which are identifiers) without stop
     * words and stemmed.
     */
    @Override
    public List<String> terms(String value, boolean code) {
        List<String> terms = new ArrayList<>();
        Matcher word = WORD.matcher(value);
        while (word.find()) {
            String term = fold(word.group().toLowerCase(Locale.ROOT));
            if (code) {
                terms.add(term);
            } else if (!STOP_WORDS.contains(term)) {
                terms.add(stem(term));
            }
        }
        return terms;
    }

    /** Lower case without accents or tildes: "TRÁMITES" and "tramites" are the same word. */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return isAscii(lower) ? lower : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** What the results page compares codes by, whatever the language: "OETI01", "oeti01" and "O1.2" ~ "o12". */
    static String codeKey(String code) {
        return NOT_WORD.matcher(fold(code)).replaceAll("");
    }

    /** Jacques Savoy's light Spanish stemmer, on a folded word: gender and number endings only. */
    static String stem(String word) {
        int length = word.length();
        if (length < 5) {
            return word;
        }
        char last = word.charAt(length - 1);
        if (last == 'o' || last == 'a' || last == 'e') {
            return word.substring(0, length - 1);
        }
        if (last != 's') {
            return word;
        }
        if (word.endsWith("eses")) {
            return word.substring(0, length - 2);
        }
        if (word.endsWith("ces")) {
            return word.substring(0, length - 3) + "z";
        }
        char beforeS = word.charAt(length - 2);
        if (beforeS == 'o' || beforeS == 'a' || beforeS == 'e') {
            return word.substring(0, length - 2);
        }
        return word;
    }

    // Most words are ASCII, and NFD leaves ASCII alone: skipping it keeps the bake's analysis cheap.
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
