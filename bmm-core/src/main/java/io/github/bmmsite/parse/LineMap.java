package io.github.bmmsite.parse;

/**
 * The author's line of each line of the text the parser reads, when a repair before parsing
 * joined lines ({@link BrokenTableRows}), or when the text is part of a file (a model's
 * documentation): diagnostics keep naming the lines the author sees.
 */
final class LineMap {

    static final LineMap IDENTITY = new LineMap(null);

    /** For each line of the parsed text (0-based), the author's line (0-based); null when they are the same. */
    private final int[] authorLines;

    private LineMap(int[] authorLines) {
        this.authorLines = authorLines;
    }

    /** @param authorLines the author's 0-based line of each parsed line, in order; kept, not copied */
    static LineMap of(int[] authorLines) {
        return new LineMap(authorLines);
    }

    /** Lines of a text that starts at the author's 0-based line {@code first} of a file. */
    static LineMap startingAt(int first) {
        return first == 0 ? IDENTITY : new LineMap(new int[] {first});
    }

    /** The author's 0-based line of a 0-based line of the parsed text. */
    int authorLine(int parsedLine) {
        if (authorLines == null) {
            return parsedLine;
        }
        if (parsedLine < authorLines.length) {
            return authorLines[parsedLine];
        }
        int last = authorLines.length - 1;
        return authorLines[last] + parsedLine - last;
    }
}
