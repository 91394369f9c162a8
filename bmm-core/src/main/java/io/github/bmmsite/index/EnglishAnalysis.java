package io.github.bmmsite.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * lunr 2.3.9's own English analysis ({@code lunr.tokenizer}, {@code lunr.trimmer},
 * {@code lunr.stopWordFilter}, {@code lunr.stemmer}), in Java, on every field alike as lunr's
 * builder does. Hand-written because the index must hold lunr's terms exactly: Java's stemmers
 * (Snowball's English among them) are not lunr's Porter stemmer.
 */
final class EnglishAnalysis implements TermAnalysis {

    // JavaScript's \W (ASCII word characters only), as lunr.trimmer has it.
    private static final Pattern LEADING = Pattern.compile("^[^A-Za-z0-9_]+");
    private static final Pattern TRAILING = Pattern.compile("[^A-Za-z0-9_]+$", Pattern.UNIX_LINES);

    private static final Set<String> STOP_WORDS = Set.of(("a able about across after all almost also am among an "
            + "and any are as at be because been but by can cannot could dear did do does either else ever every for "
            + "from get got had has have he her hers him his how however i if in into is it its just least let like "
            + "likely may me might most must my neither no nor not of off often on only or other our own rather said "
            + "say says she should since so some than that the their them then there these they this tis to too twas "
            + "us wants was we were what when where which while who whom why will with would yet you your").split(" "));

    @Override
    public List<String> terms(String value, boolean code) {
        List<String> terms = new ArrayList<>();
        for (String token : tokens(value)) {
            String trimmed = TRAILING.matcher(LEADING.matcher(token).replaceFirst("")).replaceFirst("");
            if (!STOP_WORDS.contains(trimmed)) {
                // An empty term (a token of punctuation) is kept: lunr's pipeline keeps it too.
                terms.add(PorterStemmer.stem(trimmed));
            }
        }
        return terms;
    }

    /** lunr.tokenizer: the lower-cased text cut at JavaScript's white space ({@code \s}) and hyphens. */
    private static List<String> tokens(String value) {
        String text = value.toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        int start = 0;
        for (int end = 0; end <= text.length(); end++) {
            if (end == text.length() || isSeparator(text.charAt(end))) {
                if (end > start) {
                    tokens.add(text.substring(start, end));
                }
                start = end + 1;
            }
        }
        return tokens;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029' || c == '\u202f'
                || c == '\u205f' || c == '\u3000' || c == '\ufeff';
    }

    /** lunr.stemmer: its Porter stemmer, expression for expression. */
    static final class PorterStemmer {

        private static final Map<String, String> STEP_2 = Map.ofEntries(Map.entry("ational", "ate"),
                Map.entry("tional", "tion"), Map.entry("enci", "ence"), Map.entry("anci", "ance"),
                Map.entry("izer", "ize"), Map.entry("bli", "ble"), Map.entry("alli", "al"), Map.entry("entli", "ent"),
                Map.entry("eli", "e"), Map.entry("ousli", "ous"), Map.entry("ization", "ize"),
                Map.entry("ation", "ate"), Map.entry("ator", "ate"), Map.entry("alism", "al"),
                Map.entry("iveness", "ive"), Map.entry("fulness", "ful"), Map.entry("ousness", "ous"),
                Map.entry("aliti", "al"), Map.entry("iviti", "ive"), Map.entry("biliti", "ble"),
                Map.entry("logi", "log"));
        private static final Map<String, String> STEP_3 = Map.of("icate", "ic", "ative", "", "alize", "al",
                "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

        private static final String CONSONANT = "[^aeiou]";
        private static final String VOWEL = "[aeiouy]";
        private static final String CONSONANTS = CONSONANT + "[^aeiouy]*";
        private static final String VOWELS = VOWEL + "[aeiou]*";

        private static final Pattern MGR0 = pattern("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS);
        private static final Pattern MEQ1 = pattern("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + "(" + VOWELS + ")?$");
        private static final Pattern MGR1 = pattern("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + VOWELS + CONSONANTS);
        private static final Pattern S_V = pattern("^(" + CONSONANTS + ")?" + VOWEL);

        private static final Pattern RE_1A = pattern("^(.+?)(ss|i)es$");
        private static final Pattern RE2_1A = pattern("^(.+?)([^s])s$");
        private static final Pattern RE_1B = pattern("^(.+?)eed$");
        private static final Pattern RE2_1B = pattern("^(.+?)(ed|ing)$");
        private static final Pattern RE_1B_2 = pattern(".$");
        private static final Pattern RE2_1B_2 = pattern("(at|bl|iz)$");
        private static final Pattern RE3_1B_2 = pattern("([^aeiouylsz])\\1$");
        private static final Pattern RE4_1B_2 = pattern("^" + CONSONANTS + VOWEL + "[^aeiouwxy]$");
        private static final Pattern RE_1C = pattern("^(.+?[^aeiou])y$");
        private static final Pattern RE_2 = pattern("^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli"
                + "|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
        private static final Pattern RE_3 = pattern("^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$");
        private static final Pattern RE_4 = pattern("^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism"
                + "|ate|iti|ous|ive|ize)$");
        private static final Pattern RE2_4 = pattern("^(.+?)(s|t)(ion)$");
        private static final Pattern RE_5 = pattern("^(.+?)e$");
        private static final Pattern RE_5_1 = pattern("ll$");
        private static final Pattern RE3_5 = pattern("^" + CONSONANTS + VOWEL + "[^aeiouwxy]$");

        private PorterStemmer() {
        }

        // JavaScript's "." takes any character but line ends, and "$" is the end of the text:
        // a token holds no "\n" (lunr's tokenizer cuts there), so DOTALL and UNIX_LINES agree with it.
        private static Pattern pattern(String expression) {
            return Pattern.compile(expression, Pattern.DOTALL | Pattern.UNIX_LINES);
        }

        static String stem(String word) {
            if (word.length() < 3) {
                return word;
            }
            String w = word;
            boolean initialY = w.charAt(0) == 'y';
            if (initialY) {
                w = "Y" + w.substring(1);
            }

            if (RE_1A.matcher(w).find()) {
                w = RE_1A.matcher(w).replaceFirst("$1$2");
            } else if (RE2_1A.matcher(w).find()) {
                w = RE2_1A.matcher(w).replaceFirst("$1$2");
            }

            Matcher step1b = RE_1B.matcher(w);
            Matcher step1b2 = RE2_1B.matcher(w);
            if (step1b.find()) {
                if (MGR0.matcher(step1b.group(1)).find()) {
                    w = RE_1B_2.matcher(w).replaceFirst("");
                }
            } else if (step1b2.find()) {
                String stem = step1b2.group(1);
                if (S_V.matcher(stem).find()) {
                    w = stem;
                    if (RE2_1B_2.matcher(w).find()) {
                        w = w + "e";
                    } else if (RE3_1B_2.matcher(w).find()) {
                        w = RE_1B_2.matcher(w).replaceFirst("");
                    } else if (RE4_1B_2.matcher(w).find()) {
                        w = w + "e";
                    }
                }
            }

            Matcher step1c = RE_1C.matcher(w);
            if (step1c.find()) {
                w = step1c.group(1) + "i";
            }

            Matcher step2 = RE_2.matcher(w);
            if (step2.find() && MGR0.matcher(step2.group(1)).find()) {
                w = step2.group(1) + STEP_2.get(step2.group(2));
            }

            Matcher step3 = RE_3.matcher(w);
            if (step3.find() && MGR0.matcher(step3.group(1)).find()) {
                w = step3.group(1) + STEP_3.get(step3.group(2));
            }

            Matcher step4 = RE_4.matcher(w);
            Matcher step4b = RE2_4.matcher(w);
            if (step4.find()) {
                if (MGR1.matcher(step4.group(1)).find()) {
                    w = step4.group(1);
                }
            } else if (step4b.find()) {
                String stem = step4b.group(1) + step4b.group(2);
                if (MGR1.matcher(stem).find()) {
                    w = stem;
                }
            }

            Matcher step5 = RE_5.matcher(w);
            if (step5.find()) {
                String stem = step5.group(1);
                if (MGR1.matcher(stem).find() || (MEQ1.matcher(stem).find() && !RE3_5.matcher(stem).find())) {
                    w = stem;
                }
            }

            if (RE_5_1.matcher(w).find() && MGR1.matcher(w).find()) {
                w = RE_1B_2.matcher(w).replaceFirst("");
            }

            return initialY ? "y" + w.substring(1) : w;
        }
    }
}
