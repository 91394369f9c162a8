package io.github.bmmsite.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pandoc attribute set, {@code {#id .class key=value}}. Empty values ({@code width=}) are
 * dropped: the export writes them when the model has no size, and they mean "no value".
 */
public record PandocAttributes(Optional<String> id, List<String> classes, Map<String, String> values) {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:#([^\\s{}#]+)|\\.([^\\s{}.][^\\s{}]*)|([A-Za-z_][\\w.:-]*)=(\"[^\"]*\"|'[^']*'|[^\\s{}\"']*))");

    public PandocAttributes {
        classes = List.copyOf(classes);
        values = Map.copyOf(values);
    }

    /**
     * Parses the text between the braces.
     *
     * @return empty when the text is not an attribute set, so the braces stay ordinary text
     */
    public static Optional<PandocAttributes> parse(String inner) {
        if (inner.isBlank()) {
            return Optional.empty();
        }
        String id = null;
        List<String> classes = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        Matcher token = TOKEN.matcher(inner);
        int position = 0;
        int end = inner.stripTrailing().length();
        while (position < end) {
            if (!token.region(position, inner.length()).lookingAt()) {
                return Optional.empty();
            }
            if (token.group(1) != null) {
                id = token.group(1);
            } else if (token.group(2) != null) {
                classes.add(token.group(2));
            } else {
                String value = unquote(token.group(4));
                if (!value.isEmpty()) {
                    values.put(token.group(3), value);
                }
            }
            position = token.end();
        }
        return Optional.of(new PandocAttributes(Optional.ofNullable(id), classes, values));
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
