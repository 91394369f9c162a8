package io.github.bmmsite.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code $NAME} placeholders that the export leaves for a later step to fill in
 * ({@code $APP}, {@code $CLIENTE}), and the values the project gives them.
 */
public record Placeholders(Map<String, String> values) {

    /** Upper-case names only, so that prices ("$100") and shell-like text are left alone. */
    public static final Pattern PLACEHOLDER = Pattern.compile("(?<![\\w$\\\\])\\$([A-Z][A-Z0-9_]*)\\b");

    public Placeholders {
        values = Map.copyOf(values);
    }

    /**
     * A filled text as plain text shows it: each placeholder left without value ({@code $APP}) by its
     * bare name, as the pages' marks show it; the export's {@code $} never reaches a reader.
     */
    public static String plain(String filled) {
        return PLACEHOLDER.matcher(filled).replaceAll("$1");
    }

    /** The names of the placeholders a filled text still holds ({@code $APP} gives {@code APP}), in order. */
    public static List<String> pending(String filled) {
        return PLACEHOLDER.matcher(filled).results().map(found -> found.group(1)).distinct().toList();
    }

    public Optional<String> valueOf(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * Text with known placeholders replaced by their values and each unknown one by what
     * {@code unknown} returns for its name.
     */
    public String fill(String text, UnaryOperator<String> unknown) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                value = unknown.apply(matcher.group(1));
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
