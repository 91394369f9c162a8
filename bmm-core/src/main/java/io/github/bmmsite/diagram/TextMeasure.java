package io.github.bmmsite.diagram;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Approximate text widths and line breaking for labels drawn in SVG, which wraps nothing by itself.
 * Widths are those of a common sans-serif (Arial's advance widths, in thousandths of an em), made
 * 12 % wider so that the wider system fonts (DejaVu Sans, Segoe UI) still fit: a label measured
 * here never overflows its box, at worst it leaves a little room.
 */
public final class TextMeasure {

    private static final double SAFETY = 1.12;
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final int[] LOWER_WIDTHS = {556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,
        556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500};
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int[] UPPER_WIDTHS = {667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
        722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611};

    /** {@link #measure(int)} of every code point of the Latin blocks, U+0000 to U+024F. */
    private static final int[] LATIN_WIDTHS = IntStream.range(0, 0x250).map(TextMeasure::measure).toArray();

    private TextMeasure() {
    }

    /** Width of a text in em, bold texts being about a tenth wider. */
    public static double widthInEm(String text, boolean bold) {
        return em(thousandths(text)) * (bold ? 1.1 : 1);
    }

    private static double em(long thousandths) {
        return thousandths / 1000.0 * SAFETY;
    }

    /** Width of a text in thousandths of an em, before the safety margin. */
    private static long thousandths(String text) {
        long sum = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            sum += widthOf(text.codePointAt(i));
        }
        return sum;
    }

    /**
     * Width of one character: that of its letters without their accents, so that a width is the
     * sum of its characters' widths and a text is measured in one pass. Latin letters, by far the
     * most frequent, are looked up.
     */
    private static int widthOf(int codePoint) {
        return codePoint < LATIN_WIDTHS.length ? LATIN_WIDTHS[codePoint] : measure(codePoint);
    }

    private static int measure(int codePoint) {
        int sum = 0;
        String letters = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
        for (int i = 0; i < letters.length(); i += Character.charCount(letters.codePointAt(i))) {
            int c = letters.codePointAt(i);
            if (!isMark(c)) {
                for (char unit : Character.toChars(c)) {
                    sum += advance(unit);
                }
            }
        }
        return sum;
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static int advance(char c) {
        int lower = LOWER.indexOf(c);
        if (lower >= 0) {
            return LOWER_WIDTHS[lower];
        }
        int upper = UPPER.indexOf(c);
        if (upper >= 0) {
            return UPPER_WIDTHS[upper];
        }
        if (c >= '0' && c <= '9') {
            return 556;
        }
        return switch (c) {
            case ' ', '.', ',', ':', ';', '!', '/', '\\', '|' -> 278;
            case '(', ')', '[', ']', '-', '{', '}' -> 333;
            case '\'' -> 191;
            case '"' -> 355;
            case '«', '»' -> 556;
            case '@', '%', '&', '—', 'ñ', 'Ñ' -> 889;
            default -> 600;
        };
    }

    /**
     * Breaks a text into lines no wider than {@code maxWidth} at {@code fontSize}: at spaces, and
     * inside a word only when the word alone is too wide. Nothing of the text is lost. Each
     * character is measured a bounded number of times, however long its word.
     */
    public static List<String> wrap(String text, double fontSize, double maxWidth) {
        double maxEm = maxWidth / fontSize;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        long lineWidth = 0;
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            long wordWidth = thousandths(word);
            long candidate = line.isEmpty() ? wordWidth : lineWidth + advance(' ') + wordWidth;
            if (em(candidate) <= maxEm) {
                line.append(line.isEmpty() ? "" : " ").append(word);
                lineWidth = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            int start = 0;
            long restWidth = wordWidth;
            while (em(restWidth) > maxEm && start + Character.charCount(word.codePointAt(start)) < word.length()) {
                int end = start + Character.charCount(word.codePointAt(start));
                long width = widthOf(word.codePointAt(start));
                while (end < word.length() && em(width + widthOf(word.codePointAt(end))) <= maxEm) {
                    width += widthOf(word.codePointAt(end));
                    end += Character.charCount(word.codePointAt(end));
                }
                lines.add(word.substring(start, end));
                restWidth -= width;
                start = end;
            }
            line.append(word, start, word.length());
            lineWidth = restWidth;
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The longest start of {@code text} that still fits {@code maxWidth} at {@code fontSize} when
     * {@code suffix} is written after it; empty when not even the suffix alone fits.
     */
    public static String startWithin(String text, String suffix, double fontSize, double maxWidth) {
        long width = thousandths(suffix);
        int end = 0;
        while (end < text.length() && em(width + widthOf(text.codePointAt(end))) * fontSize <= maxWidth) {
            width += widthOf(text.codePointAt(end));
            end += Character.charCount(text.codePointAt(end));
        }
        return text.substring(0, end);
    }
}
