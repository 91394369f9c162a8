package io.github.bmmsite.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * A text as its box shows it: wrapped to the box's width at the largest font size that lets it
 * fit the box's height, shrinking in half steps down to {@link #FLOOR}. A text too long even at the
 * floor ends in "…" (the box's link and the text list of the view still carry it whole).
 * Line breaks in the text (a note's paragraphs) are kept.
 *
 * @param fontSize   in diagram units
 * @param lineHeight distance between baselines
 */
public record BoxLabel(double fontSize, double lineHeight, List<String> lines, boolean shortened) {

    /** The smallest font size: 9 px at the model's own scale, which zooming makes larger. */
    public static final double FLOOR = 9;
    /** Room kept above and below a name inside its box, as Archi keeps. */
    public static final int PADDING_Y = 4;
    private static final double STEP = 0.5;

    public BoxLabel {
        lines = List.copyOf(lines);
    }

    /** A name centred in an element's box of this size (padding not yet taken off). */
    public static BoxLabel fit(String label, int boxWidth, int boxHeight) {
        return fitText(label, boxWidth - 2 * AutoLayout.BOX_PADDING, boxHeight - 2 * PADDING_Y, AutoLayout.FONT_SIZE);
    }

    /**
     * A text in an area of this size, at {@code largest} font size or less.
     *
     * @param width  the width the lines may take
     * @param height the height the lines may take
     */
    public static BoxLabel fitText(String text, double width, double height, double largest) {
        double textWidth = Math.max(1, width);
        if (text.isBlank()) {
            return new BoxLabel(largest, lineHeight(largest), List.of(), false);
        }
        List<String> lines = List.of();
        double lineHeight = 0;
        double size = Math.max(FLOOR, largest);
        for (; size >= FLOOR; size -= STEP) {
            lineHeight = lineHeight(size);
            lines = wrap(text, size, textWidth);
            if (lines.size() * lineHeight <= height) {
                return new BoxLabel(size, lineHeight, lines, false);
            }
        }
        size = Math.max(FLOOR, size + STEP);
        int room = Math.max(1, (int) Math.floor(height / lineHeight));
        List<String> kept = new ArrayList<>(lines.subList(0, Math.min(room, lines.size())));
        String last = TextMeasure.startWithin(kept.get(kept.size() - 1), "…", size, textWidth);
        kept.set(kept.size() - 1, last.stripTrailing() + "…");
        return new BoxLabel(size, lineHeight, kept, true);
    }

    /** The distance between baselines at a font size: 18 units at the largest, in proportion below. */
    public static double lineHeight(double fontSize) {
        return fontSize * AutoLayout.LINE_HEIGHT / AutoLayout.FONT_SIZE;
    }

    /** Each paragraph wrapped on its own; an empty paragraph is an empty line. */
    private static List<String> wrap(String text, double fontSize, double width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\R")) {
            List<String> wrapped = TextMeasure.wrap(paragraph, fontSize, width);
            lines.addAll(wrapped.isEmpty() ? List.of("") : wrapped);
        }
        return lines;
    }
}
