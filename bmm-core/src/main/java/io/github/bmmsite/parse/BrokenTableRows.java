package io.github.bmmsite.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pipe-table rows that the export broke: the last cell of a row holds the model's documentation,
 * which may end in a line break, so the row's closing {@code |} lands alone on the next line
 * ({@code " |"}), sometimes after more lines of the text. Such a row is joined back into one line
 * before parsing; a {@link LineMap} keeps the author's line numbers of everything after it.
 */
final class BrokenTableRows {

    /** At most this many lines of text between a row and its closing {@code |}. */
    private static final int MAX_CONTINUATION = 20;

    /**
     * A row joined back.
     *
     * @param rowLine the author's 1-based line of the row
     * @param closingLine the author's 1-based line of the lone {@code |} that closes it
     */
    record Join(int rowLine, int closingLine) {
    }

    /** The repaired text, what was joined, and the author's line of each line of it. */
    record Repaired(String markdown, List<Join> joins, LineMap lines) {
    }

    private BrokenTableRows() {
    }

    static Repaired join(String markdown) {
        if (markdown.indexOf('|') < 0) {
            return new Repaired(markdown, List.of(), LineMap.IDENTITY);
        }
        String[] lines = markdown.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        int[] authorLines = new int[lines.length];
        List<Join> joins = new ArrayList<>();
        boolean inTable = false;
        boolean closedRows = false;
        CodeFences fences = new CodeFences();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (fences.isCode(line)) {
                inTable = false;
            } else if (!inTable && i > 0 && isDelimiterRow(line)
                    && lines[i - 1].contains("|")) {
                inTable = true;
                closedRows = lines[i - 1].strip().endsWith("|");
            } else if (inTable && (line.isBlank() || !line.contains("|"))) {
                inTable = false;
            } else if (inTable && closedRows && !line.strip().endsWith("|")) {
                int closing = closingLine(lines, i + 1);
                if (closing > 0) {
                    StringBuilder row = new StringBuilder(line.stripTrailing());
                    for (int j = i + 1; j < closing; j++) {
                        row.append(' ').append(lines[j].strip());
                    }
                    authorLines[out.size()] = i;
                    out.add(row.append(" |").toString());
                    joins.add(new Join(i + 1, closing + 1));
                    i = closing;
                    continue;
                }
            }
            authorLines[out.size()] = i;
            out.add(line);
        }
        if (joins.isEmpty()) {
            return new Repaired(markdown, List.of(), LineMap.IDENTITY);
        }
        return new Repaired(String.join("\n", out), List.copyOf(joins),
                LineMap.of(Arrays.copyOf(authorLines, out.size())));
    }

    /** The line of the lone {@code |} that closes the row before {@code from}, or -1. */
    private static int closingLine(String[] lines, int from) {
        for (int j = from; j < lines.length && j <= from + MAX_CONTINUATION; j++) {
            String text = lines[j].strip();
            if (text.equals("|")) {
                return j;
            }
            if (text.isEmpty() || text.contains("|")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a line is a pipe table's delimiter row ({@code |---|:--:|}): cells of dashes with
     * optional colons, between pipes. Read cell by cell: as one pattern with a repeated group, a
     * row of thousands of cells would overflow the stack.
     */
    static boolean isDelimiterRow(String line) {
        if (line.indexOf('|') < 0) {
            return false;
        }
        String row = line.strip();
        int from = row.startsWith("|") ? 1 : 0;
        int to = row.endsWith("|") && row.length() > from ? row.length() - 1 : row.length();
        int cellStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || row.charAt(i) == '|') {
                if (!isDelimiterCell(row.substring(cellStart, i).strip())) {
                    return false;
                }
                cellStart = i + 1;
            }
        }
        return true;
    }

    private static boolean isDelimiterCell(String cell) {
        int start = cell.startsWith(":") ? 1 : 0;
        int end = cell.endsWith(":") && cell.length() > start ? cell.length() - 1 : cell.length();
        if (end <= start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (cell.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }
}
