package io.github.bmmsite.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading or model name split into its code and name ({@code O7: Fortalecer …}), and the form
 * in which names are compared: letter case, accents, runs of spaces and a leading code do not
 * tell two names apart ({@code ### PORTAL CIUDADANO} names "Portal ciudadano").
 *
 * @param code the code, when the text starts with one
 * @param name the text after the code, stripped
 */
public record NameKey(Optional<String> code, String name) {

    /**
     * {@code O7: Name}, {@code OETI01: Name}, {@code ACC2. Name}: a code has letters then digits.
     * The code is taken whole, without backtracking (the lookahead asks for its digit), so that a
     * long name of letters and digits costs its length, not its length squared.
     */
    static final Pattern CODED = Pattern.compile("((?=[A-Z]++[0-9])[A-Z0-9]++)\\s*+[:.]\\s++(\\S.*)", Pattern.DOTALL);

    public static NameKey of(String text) {
        Matcher coded = CODED.matcher(text.strip());
        return coded.matches() ? new NameKey(Optional.of(coded.group(1)), coded.group(2).strip())
                : new NameKey(Optional.empty(), text.strip());
    }

    /** The name as compared: no accents, lower case, one space between words. */
    public String normal() {
        return normal(name);
    }

    static String normal(String text) {
        String unaccented = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return unaccented.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
