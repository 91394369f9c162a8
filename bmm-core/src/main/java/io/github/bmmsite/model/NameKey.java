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
 * @param normal the name as compared: no accents, lower case, one space between words; worked out
 *               once, since a name is compared with every heading of a bake
 */
public record NameKey(Optional<String> code, String name, String normal) {

    /**
     * {@code O7: Name}, {@code OETI01: Name}, {@code ACC2. Name}: a code has letters then digits.
     * The code is taken whole, without backtracking (the lookahead asks for its digit), so that a
     * long name of letters and digits costs its length, not its length squared.
     */
    static final Pattern CODED = Pattern.compile("((?=[A-Z]++[0-9])[A-Z0-9]++)\\s*+[:.]\\s++(\\S.*)", Pattern.DOTALL);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    public static NameKey of(String text) {
        Matcher coded = CODED.matcher(text.strip());
        return coded.matches() ? of(Optional.of(coded.group(1)), coded.group(2).strip())
                : of(Optional.empty(), text.strip());
    }

    private static NameKey of(Optional<String> code, String name) {
        return new NameKey(code, name, normal(name));
    }

    static String normal(String text) {
        String unaccented = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(unaccented.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
