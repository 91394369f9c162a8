package io.github.bmmsite.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the pandoc-crossref citation that starts at a position of a paragraph: {@code @fig:id},
 * {@code -@Tbl:id} or {@code [@fig:a; @fig:b]}. Labels and lists are read by hand: in a regular
 * expression their repeated groups make Java's matcher recurse once per repetition, so a long
 * label or list would overflow the stack.
 */
final class CitationReader {

    /** What opens one citation, up to its label. */
    private static final Pattern OPENING = Pattern.compile("-?@([Ff]ig|[Tt]bl):");

    /**
     * A citation read.
     *
     * @param end where it ends (exclusive)
     * @param kind {@code fig} or {@code tbl}, as the first citation of a list says
     * @param capitalised the first citation is {@code @Fig:} or {@code @Tbl:}
     * @param ids full labels, {@code fig:id}
     */
    record Citation(int end, String kind, boolean capitalised, List<String> ids) {
        Citation {
            ids = List.copyOf(ids);
        }
    }

    private final CharSequence text;
    private final Matcher opening;
    private final List<String> ids = new ArrayList<>();
    private String kind;
    private boolean capitalised;

    private CitationReader(CharSequence text) {
        this.text = text;
        this.opening = OPENING.matcher(text);
    }

    /** {@code @fig:id} at {@code from}. */
    static Optional<Citation> single(CharSequence text, int from) {
        CitationReader reader = new CitationReader(text);
        return reader.result(reader.citation(from));
    }

    /** {@code [@fig:a; @fig:b]}, its {@code [} at {@code from}. */
    static Optional<Citation> list(CharSequence text, int from) {
        CitationReader reader = new CitationReader(text);
        int end = reader.citation(reader.spaces(from + 1));
        while (end >= 0) {
            int next = reader.spaces(end);
            if (reader.at(next, ';')) {
                end = reader.citation(reader.spaces(next + 1));
            } else {
                return reader.result(reader.at(next, ']') ? next + 1 : -1);
            }
        }
        return Optional.empty();
    }

    private Optional<Citation> result(int end) {
        return end < 0 ? Optional.empty() : Optional.of(new Citation(end, kind, capitalised, ids));
    }

    /** The end of the citation at {@code from}, or -1 when there is none. */
    private int citation(int from) {
        if (!opening.region(from, text.length()).lookingAt()) {
            return -1;
        }
        int labelStart = opening.end();
        int end = labelEnd(labelStart);
        if (end < 0) {
            return -1;
        }
        String type = opening.group(1);
        if (kind == null) {
            kind = type.toLowerCase(Locale.ROOT);
            capitalised = Character.isUpperCase(type.charAt(0));
        }
        ids.add(type.toLowerCase(Locale.ROOT) + ":" + text.subSequence(labelStart, end));
        return end;
    }

    /**
     * The end of a crossref label: words joined by single dots or colons, never ending in one, so
     * that "véase @fig:x." keeps its full stop; -1 when no label starts at {@code from}.
     */
    private int labelEnd(int from) {
        if (from >= text.length() || text.charAt(from) == '-' || !isLabelCharacter(text.charAt(from))) {
            return -1;
        }
        int end = from + 1;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (isLabelCharacter(c)) {
                end++;
            } else if ((c == ':' || c == '.') && end + 1 < text.length() && isLabelCharacter(text.charAt(end + 1))) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    /** {@code [\w-]}: an ASCII letter or digit, {@code _} or {@code -}. */
    private static boolean isLabelCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /** The first position from {@code from} on that is not ASCII white space ({@code \s}). */
    private int spaces(int from) {
        int position = from;
        while (position < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
        return position;
    }

    private boolean at(int position, char c) {
        return position < text.length() && text.charAt(position) == c;
    }
}
