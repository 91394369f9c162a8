package io.github.bmmsite.diagram;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

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

    private TextMeasure() {
    }

    /** Width of a text in em, bold texts being about a tenth wider. */
    public static double widthInEm(String text, boolean bold) {
        double thousandths = 0;
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        for (int i = 0; i < plain.length(); i++) {
            thousandths += advance(plain.charAt(i));
        }
        return thousandths / 1000 * SAFETY * (bold ? 1.1 : 1);
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
     * inside a word only when the word alone is too wide. Nothing of the text is lost.
     */
    public static List<String> wrap(String text, double fontSize, double maxWidth) {
        double maxEm = maxWidth / fontSize;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (widthInEm(candidate, false) <= maxEm) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (widthInEm(rest, false) > maxEm && rest.length() > 1) {
                int cut = 1;
                while (cut < rest.length() && widthInEm(rest.substring(0, cut + 1), false) <= maxEm) {
                    cut++;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
