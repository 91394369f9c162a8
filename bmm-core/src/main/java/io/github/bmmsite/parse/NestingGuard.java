package io.github.bmmsite.parse;

import io.github.bmmsite.diagnostic.NestingLimit;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds block nesting deeper than any real document has ({@code > > > …}, lists in lists in
 * lists): the Markdown parser and renderer recurse once per level, so thousands of levels would
 * overflow the stack instead of producing a page.
 */
final class NestingGuard {

    /** One container marker: a quote, a bullet or an ordered-list number, and the spaces after it. */
    private static final Pattern MARKER = Pattern.compile("[ \\t]*(?:>|[-+*](?=[ \\t]|$)|[0-9]{1,9}[.)](?=[ \\t]|$))[ \\t]?");

    private NestingGuard() {
    }

    /** The 1-based line of the first block nested deeper than {@link NestingLimit#MAX_DEPTH}, if any. */
    static OptionalInt firstTooDeep(String markdown) {
        int lineNumber = 0;
        CodeFences fences = new CodeFences();
        for (String line : markdown.split("\n", -1)) {
            lineNumber++;
            if (!fences.isCode(line) && depth(line) > NestingLimit.MAX_DEPTH) {
                return OptionalInt.of(lineNumber);
            }
        }
        return OptionalInt.empty();
    }

    /** Containers opened on a line: its markers, plus its indentation when it opens any. */
    private static int depth(String line) {
        int indentation = 0;
        while (indentation < line.length() && (line.charAt(indentation) == ' ' || line.charAt(indentation) == '\t')) {
            indentation++;
        }
        Matcher marker = MARKER.matcher(line);
        int markers = 0;
        int position = 0;
        while (position < line.length() && marker.region(position, line.length()).lookingAt()
                && marker.end() > position) {
            markers++;
            position = marker.end();
        }
        return markers == 0 ? 0 : markers + indentation / 2;
    }
}
