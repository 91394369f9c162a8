package io.github.bmmsite.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds element codes mentioned in running text. Only whole codes match: {@code O1} is not
 * found inside {@code O10}, {@code O100}, {@code OETI01} or {@code O1.2}, and "Objetivo 5" is not
 * {@code O5}.
 *
 * <p>A code is a run of letters and digits ({@code O7}, {@code OETI01}), and only a whole word can
 * be a code, so the text is cut into words once and each word is looked up: the cost grows with
 * the text, not with the number of codes (one alternation of all codes is tried at every word).
 */
public final class CodeMentions {

    /**
     * A word that may be a code: not preceded by a letter, digit, {@code _} or {@code $} (a
     * placeholder), taken whole (possessive, so it is never cut shorter), and not followed by a
     * separator and a digit ({@code O1.2}, {@code O1-3}).
     */
    private static final Pattern WORD =
            Pattern.compile("(?<![\\p{L}\\p{N}_$])[\\p{L}\\p{N}_]++(?![.\\-/][\\p{N}])");

    /** One code found in a text, from {@code start} to {@code end} (exclusive). */
    public record Mention(int start, int end, String code) {
    }

    private final Set<String> codes;

    /** @param codes element codes: letters and digits, as headings give them */
    public CodeMentions(Collection<String> codes) {
        for (String code : codes) {
            if (!code.matches("[\\p{L}\\p{N}_]+")) {
                throw new IllegalArgumentException("not a code: " + code);
            }
        }
        this.codes = Set.copyOf(codes);
    }

    /** The codes mentioned in {@code text}, in order. */
    public List<Mention> in(CharSequence text) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<Mention> found = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String candidate = word.group();
            if (codes.contains(candidate)) {
                found.add(new Mention(word.start(), word.end(), candidate));
            }
        }
        return found;
    }
}
