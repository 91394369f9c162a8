package io.github.bmmsite.parse;

import java.util.Arrays;

/**
 * Line numbers of a text by offset, with the line ends flexmark counts ({@code \n}, {@code \r\n},
 * a lone {@code \r}; an offset between {@code \r} and {@code \n} belongs to the line before).
 * Built once per document: flexmark's own {@code Document.getLineNumber} scans the text from the
 * start on every call, which made reporting every heading of a long document quadratic.
 */
final class LineIndex {

    /** Offsets where the second, third, … line starts. */
    private final int[] lineStarts;

    private LineIndex(int[] lineStarts) {
        this.lineStarts = lineStarts;
    }

    static LineIndex of(CharSequence text) {
        int[] starts = new int[16];
        int count = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(starts, count));
    }

    /** The 0-based line of {@code offset}. */
    int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
