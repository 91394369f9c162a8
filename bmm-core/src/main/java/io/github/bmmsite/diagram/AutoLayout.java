package io.github.bmmsite.diagram;

import io.github.bmmsite.notation.Diagram;
import io.github.bmmsite.notation.Diagram.Bounds;
import io.github.bmmsite.notation.Diagram.Box;
import io.github.bmmsite.model.Element;
import io.github.bmmsite.notation.ElementType;
import io.github.bmmsite.model.Group;
import io.github.bmmsite.model.Relation;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.model.View;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Draws a view that the architecture model gives no layout for: each group of the view is a box
 * holding its elements in a grid of a fixed number of columns, groups stacked in the order the
 * document presents them, elements of no group last. Boxes of one row share their height, which
 * the longest wrapped name sets. The result depends only on the model, so two bakes draw the same.
 */
public final class AutoLayout {

    /** Font size of element names, in diagram units; the page scales the drawing as a whole. */
    public static final int FONT_SIZE = 14;
    public static final int LINE_HEIGHT = 18;
    public static final int BOX_PADDING = 8;
    public static final int GROUP_FONT_SIZE = 15;
    public static final int GROUP_LINE_HEIGHT = 20;
    /** Room kept above a name for the type's icon. */
    public static final int ICON_ROW = 12;

    private static final int MIN_LINES = 2;
    private static final int GAP_X = 28;
    private static final int GAP_Y = 36;
    private static final int GROUP_PADDING = 14;
    private static final int GROUP_GAP = 40;
    private static final int MARGIN = 4;

    private final int columns;
    private final int boxWidth;

    /**
     * @param columns  elements per row
     * @param boxWidth width of an element box, in diagram units
     */
    public AutoLayout(int columns, int boxWidth) {
        if (columns < 1 || boxWidth < 4 * BOX_PADDING) {
            throw new IllegalArgumentException("at least one column of boxes wider than their padding");
        }
        this.columns = columns;
        this.boxWidth = boxWidth;
    }

    public Diagram layout(SiteModel model, View view) {
        Set<String> placed = new LinkedHashSet<>();
        Map<String, List<Element>> bands = new LinkedHashMap<>();
        for (String groupName : view.groupNames()) {
            model.group(groupName).map(Group::memberKeys).ifPresent(keys -> keys.stream()
                    .filter(view.elementKeys()::contains).filter(placed::add)
                    .forEach(key -> bands.computeIfAbsent(groupName, g -> new ArrayList<>())
                            .add(model.element(key).orElseThrow())));
        }
        List<Element> ungrouped = view.elementKeys().stream().filter(placed::add)
                .map(key -> model.element(key).orElseThrow()).toList();

        int innerWidth = columns * boxWidth + (columns - 1) * GAP_X;
        int width = 2 * MARGIN + 2 * GROUP_PADDING + innerWidth;
        List<Box> boxes = new ArrayList<>();
        Map<String, Double> centres = new HashMap<>();
        int y = MARGIN;
        for (Map.Entry<String, List<Element>> band : bands.entrySet()) {
            List<String> title = TextMeasure.wrap(band.getKey(), GROUP_FONT_SIZE * 1.1, innerWidth);
            int header = title.size() * GROUP_LINE_HEIGHT + 10;
            List<Element> ordered = underRelated(band.getValue(), model, centres);
            List<Box> children = grid(ordered, MARGIN + GROUP_PADDING, y + GROUP_PADDING + header, innerWidth);
            children.forEach(c -> centres.put(c.elementKey().orElseThrow(), c.bounds().x() + c.bounds().width() / 2.0));
            int bottom = children.stream().mapToInt(b -> b.bounds().y() + b.bounds().height()).max().orElseThrow();
            int height = bottom + GROUP_PADDING - y;
            boxes.add(new Box("group:" + band.getKey(), Optional.empty(), band.getKey(), Optional.empty(),
                    new Bounds(MARGIN, y, width - 2 * MARGIN, height), children));
            y += height + GROUP_GAP;
        }
        if (!ungrouped.isEmpty()) {
            List<Box> loose = grid(underRelated(ungrouped, model, centres), MARGIN + GROUP_PADDING, y, innerWidth);
            boxes.addAll(loose);
            y = loose.stream().mapToInt(b -> b.bounds().y() + b.bounds().height()).max().orElseThrow() + GROUP_GAP;
        }
        int height = Math.max(y - GROUP_GAP + MARGIN, 2 * MARGIN);
        return new Diagram(width, height, boxes, lines(model, placed));
    }

    /**
     * The elements of a band in the order that puts each under the elements above it that it is
     * related to (the mean of their centres), which uncrosses most lines. Elements related to nothing
     * drawn above keep their place in the order of the document. The first band keeps its order.
     */
    private static List<Element> underRelated(List<Element> elements, SiteModel model, Map<String, Double> centres) {
        if (centres.isEmpty()) {
            return elements;
        }
        Map<String, Double> position = new HashMap<>();
        double spread = centres.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            List<Double> related = new ArrayList<>();
            for (Relation relation : model.outgoing(element.key())) {
                Optional.ofNullable(centres.get(relation.targetKey())).ifPresent(related::add);
            }
            for (Relation relation : model.incoming(element.key())) {
                Optional.ofNullable(centres.get(relation.sourceKey())).ifPresent(related::add);
            }
            position.put(element.key(), related.isEmpty()
                    ? spread * (i + 0.5) / elements.size()
                    : related.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
        }
        List<Element> ordered = new ArrayList<>(elements);
        ordered.sort(Comparator.comparingDouble((Element e) -> position.get(e.key())));
        return ordered;
    }

    /** Rows of {@code columns} boxes, centred, each row as high as its tallest name needs. */
    private List<Box> grid(List<Element> elements, int left, int top, int innerWidth) {
        List<Box> boxes = new ArrayList<>();
        int y = top;
        for (int start = 0; start < elements.size(); start += columns) {
            List<Element> row = elements.subList(start, Math.min(elements.size(), start + columns));
            int height = 0;
            for (Element element : row) {
                int lines = Math.max(MIN_LINES, wrapLabel(element.title(), boxWidth).size());
                height = Math.max(height, lines * LINE_HEIGHT + 2 * BOX_PADDING + iconRow(element.type()));
            }
            int rowWidth = row.size() * boxWidth + (row.size() - 1) * GAP_X;
            int x = left + (innerWidth - rowWidth) / 2;
            for (Element element : row) {
                boxes.add(new Box("element:" + element.key(), Optional.of(element.key()), element.title(),
                        element.type(), new Bounds(x, y, boxWidth, height), List.of()));
                x += boxWidth + GAP_X;
            }
            y += height + GAP_Y;
        }
        return boxes;
    }

    /** The room a box keeps above its name for the icon of its type. */
    public static int iconRow(Optional<ElementType> type) {
        return Notation.icon(type).isPresent() ? ICON_ROW : 0;
    }

    /** The lines of a name in a box of this width, as the drawing will show them. */
    public static List<String> wrapLabel(String label, int boxWidth) {
        return TextMeasure.wrap(label, FONT_SIZE, boxWidth - 2 * BOX_PADDING);
    }

    /** Every relation between two drawn elements, once, in declaration order. */
    private static List<Diagram.Line> lines(SiteModel model, Set<String> placed) {
        Set<List<Object>> seen = new LinkedHashSet<>();
        List<Diagram.Line> lines = new ArrayList<>();
        for (Relation relation : model.relations()) {
            if (placed.contains(relation.sourceKey()) && placed.contains(relation.targetKey())
                    && seen.add(List.of(relation.sourceKey(), relation.type(), relation.targetKey()))) {
                lines.add(new Diagram.Line("element:" + relation.sourceKey(), "element:" + relation.targetKey(),
                        relation.type()));
            }
        }
        return lines;
    }
}
