package io.github.bmmsite.render;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The headings of a matrix's columns, short enough for a dozen columns to share a screen: the
 * element's code; else its name when that is short; else the initials of the name's words, as
 * Spanish public bodies abbreviate names ("Tecnología como Habilitador Transversal" → "TCHT").
 * Two columns never share a heading: a repeated one gets a number ("GC", "GC2"). Hand-written
 * because no library abbreviates names; the matrix's key gives every full name.
 */
final class ColumnLabels {

    /** A name of at most this many characters heads its column as it is. */
    static final int SHORT_NAME = 10;
    private static final int MAX_INITIALS = 4;
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ColumnLabels() {
    }

    /** Element key → heading, for the columns of one matrix. */
    static Map<String, String> of(List<ElementRef> columns) {
        Set<String> taken = new HashSet<>();
        columns.forEach(column -> column.code().ifPresent(taken::add));
        Map<String, String> labels = new LinkedHashMap<>();
        for (ElementRef column : columns) {
            String label = column.code().orElseGet(() -> unique(shortName(column.name()), taken));
            labels.put(column.key(), label);
        }
        return labels;
    }

    static String shortName(String name) {
        String trimmed = name.strip();
        if (trimmed.length() <= SHORT_NAME) {
            return trimmed;
        }
        StringBuilder initials = new StringBuilder();
        int count = 0;
        for (String word : WORD_SEPARATORS.split(trimmed)) {
            if (count == MAX_INITIALS) {
                break;
            }
            // Short lower-case words are the joints of a name ("de", "la", "y"), not its content.
            if (word.length() >= 4 || !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
                count++;
            }
        }
        return count >= 2 ? initials.toString() : trimmed;
    }

    private static String unique(String label, Set<String> taken) {
        String candidate = label;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = label + n;
        }
        return candidate;
    }
}
