package io.github.bmmsite.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * The name of an element as its box shows it: wrapped to the box's width at the largest font size
 * that lets it fit the box's height. A name too long even at the smallest size ends in "…"; the
 * box's link and the text list of the view still carry it whole.
 *
 * @param fontSize   in diagram units
 * @param lineHeight distance between baselines
 */
public record BoxLabel(int fontSize, int lineHeight, List<String> lines, boolean shortened) {

    private static final int[] FONT_SIZES = {AutoLayout.FONT_SIZE, 12, 11};

    public BoxLabel {
        lines = List.copyOf(lines);
    }

    public static BoxLabel fit(String label, int boxWidth, int boxHeight) {
        int textWidth = Math.max(1, boxWidth - 2 * AutoLayout.BOX_PADDING);
        List<String> lines = List.of();
        int lineHeight = 0;
        int fontSize = 0;
        for (int size : FONT_SIZES) {
            fontSize = size;
            lineHeight = size == AutoLayout.FONT_SIZE ? AutoLayout.LINE_HEIGHT : Math.round(size * 1.25f);
            lines = TextMeasure.wrap(label, size, textWidth);
            if (lines.size() * lineHeight <= boxHeight - 2 * AutoLayout.BOX_PADDING + 2) {
                return new BoxLabel(size, lineHeight, lines, false);
            }
        }
        int room = Math.max(1, (boxHeight - 2 * AutoLayout.BOX_PADDING + 2) / lineHeight);
        if (lines.size() <= room) {
            return new BoxLabel(fontSize, lineHeight, lines, false);
        }
        List<String> kept = new ArrayList<>(lines.subList(0, room));
        String last = TextMeasure.startWithin(kept.get(room - 1), "…", fontSize, textWidth);
        kept.set(room - 1, last.stripTrailing() + "…");
        return new BoxLabel(fontSize, lineHeight, kept, true);
    }
}
