package io.github.bmmsite.render;

import io.github.bmmsite.diagram.AutoLayout;
import io.github.bmmsite.diagram.BoxLabel;
import io.github.bmmsite.diagram.Geometry;
import io.github.bmmsite.diagram.Notation;
import io.github.bmmsite.diagram.TextMeasure;
import io.github.bmmsite.diagram.ViewDiagrams;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.model.Diagram;
import io.github.bmmsite.model.Diagram.Bounds;
import io.github.bmmsite.model.Diagram.Box;
import io.github.bmmsite.model.Element;
import io.github.bmmsite.model.ElementType;
import io.github.bmmsite.model.RelationType;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.model.View;
import io.github.bmmsite.source.Placeholders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code diagram.ftl} draws, as plain maps: boxes with their wrapped names and links, lines
 * clipped to the boxes with the ArchiMate marks of their type, and the same relations as sentences.
 * Every coordinate is computed here; the template only writes markup, escaping every text.
 */
final class DiagramModels {

    /** Line ends and dash pattern of each relationship type, after the ArchiMate 3.x notation. */
    private record LineNotation(String dash, String start, String end) {
    }

    private static final Map<RelationType, LineNotation> LINE_NOTATION = Map.ofEntries(
            Map.entry(RelationType.REALIZATION, new LineNotation("3 3", null, "triangle-hollow")),
            Map.entry(RelationType.INFLUENCE, new LineNotation("8 5", null, "arrow-open")),
            Map.entry(RelationType.SERVING, new LineNotation(null, null, "arrow-open")),
            Map.entry(RelationType.ASSIGNMENT, new LineNotation(null, "dot", "triangle-filled")),
            Map.entry(RelationType.COMPOSITION, new LineNotation(null, "diamond-filled", null)),
            Map.entry(RelationType.AGGREGATION, new LineNotation(null, "diamond-hollow", null)),
            Map.entry(RelationType.ACCESS, new LineNotation("1.5 3", null, "arrow-open")),
            Map.entry(RelationType.TRIGGERING, new LineNotation(null, null, "triangle-filled")),
            Map.entry(RelationType.FLOW, new LineNotation("8 4", null, "triangle-filled")),
            Map.entry(RelationType.SPECIALIZATION, new LineNotation(null, null, "triangle-hollow")),
            Map.entry(RelationType.ASSOCIATION, new LineNotation(null, null, null)));

    /** Distance between lines that join the same two boxes. */
    private static final double PARALLEL_GAP = 9;
    private static final int BEVEL = 8;
    private static final int ICON_SIZE = 14;

    private final SiteModel model;
    private final ViewFigure figure;

    DiagramModels(Links links, FragmentRenderer fragments) {
        this.model = links.model();
        this.figure = new ViewFigure(links, fragments);
    }

    /**
     * {@code content.diagram} of a view page. When the view's introduction holds its figure, the
     * introduction comes in three parts ({@code before}, {@code figure}, {@code after}) so that the
     * template can draw the diagram in the figure's place when the image is missing, or offer it
     * right after the image.
     */
    Map<String, Object> of(View view, ViewDiagrams.Drawings drawings) {
        Map<String, Object> diagram = new LinkedHashMap<>();
        diagram.putAll(figure.around(view));
        diagram.put("title", "Diagrama de la vista «" + Placeholders.plain(view.title()) + "»");
        List<Map<String, Object>> relations = relations(drawings.wide());
        diagram.put("description", description(drawings.wide(), relations.size()));
        diagram.put("fromModel", drawings.fromModel());
        List<Map<String, Object>> drawn = new ArrayList<>();
        drawn.add(drawing(drawings.wide(), drawings.narrow().isPresent() ? "wide" : "only"));
        drawings.narrow().ifPresent(narrow -> drawn.add(drawing(narrow, "narrow")));
        diagram.put("drawings", drawn);
        diagram.put("relations", relations);
        diagram.put("legend", legend(drawings.wide()));
        return diagram;
    }

    /** The element types and relationship types the drawing uses, to explain its colours, outlines and lines. */
    private Map<String, Object> legend(Diagram diagram) {
        Map<String, Map<String, Object>> types = new LinkedHashMap<>();
        for (Box box : flatten(diagram.boxes())) {
            Optional<ElementType> type = box.elementKey().isEmpty() ? Optional.empty()
                    : box.type().or(() -> box.elementKey().flatMap(model::element).flatMap(Element::type));
            type.ifPresent(t -> types.computeIfAbsent(t.name(), name -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("label", t.label());
                entry.put("layer", Notation.layer(type));
                entry.put("outline", Notation.outline(type));
                Notation.icon(type).ifPresent(icon -> entry.put("icon", icon));
                return entry;
            }));
        }
        List<Map<String, Object>> relationTypes = new ArrayList<>();
        for (RelationType type : RelationType.values()) {
            if (diagram.lines().stream().anyMatch(line -> line.type() == type)) {
                Map<String, Object> entry = notation(type);
                entry.put("verb", type.verb());
                relationTypes.add(entry);
            }
        }
        Map<String, Object> legend = new LinkedHashMap<>();
        legend.put("types", new ArrayList<>(types.values()));
        legend.put("relations", relationTypes);
        return legend;
    }

    /** How lines of a type are drawn: {@code type}, and {@code dash}, {@code markerStart}, {@code markerEnd} when they have them. */
    private static Map<String, Object> notation(RelationType type) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", type.id());
        LineNotation notation = LINE_NOTATION.get(type);
        if (notation.dash() != null) {
            map.put("dash", notation.dash());
        }
        if (notation.start() != null) {
            map.put("markerStart", notation.start());
        }
        if (notation.end() != null) {
            map.put("markerEnd", notation.end());
        }
        return map;
    }

    private static String description(Diagram diagram, int relations) {
        long elements = flatten(diagram.boxes()).stream().map(Box::elementKey).flatMap(Optional::stream).distinct().count();
        long groups = flatten(diagram.boxes()).stream().filter(b -> b.elementKey().isEmpty()).count();
        StringBuilder text = new StringBuilder(count(elements, "elemento", "elementos"));
        if (groups > 0) {
            text.append(" en ").append(count(groups, "grupo", "grupos"));
        }
        text.append(" y ").append(count(relations, "relación", "relaciones")).append(". Cada elemento enlaza con su página;"
                + " las relaciones se describen también en texto después del diagrama.");
        return text.toString();
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private Map<String, Object> drawing(Diagram diagram, String variant) {
        Map<String, Object> drawing = new LinkedHashMap<>();
        drawing.put("variant", variant);
        drawing.put("id", "diagrama-" + variant);
        List<Box> boxes = flatten(diagram.boxes());
        // The model's boxes may reach beyond its drawing's size (Archi allows negative positions): show them all.
        int left = Math.min(0, boxes.stream().mapToInt(b -> b.bounds().x()).min().orElse(0));
        int top = Math.min(0, boxes.stream().mapToInt(b -> b.bounds().y()).min().orElse(0));
        int right = Math.max(diagram.width(), boxes.stream().mapToInt(b -> b.bounds().x() + b.bounds().width()).max().orElse(0));
        int bottom = Math.max(diagram.height(), boxes.stream().mapToInt(b -> b.bounds().y() + b.bounds().height()).max().orElse(0));
        drawing.put("x", left);
        drawing.put("y", top);
        drawing.put("width", right - left);
        drawing.put("height", bottom - top);
        List<Map<String, Object>> groups = new ArrayList<>();
        List<Map<String, Object>> elements = new ArrayList<>();
        for (Box box : boxes) {
            if (box.elementKey().isPresent()) {
                elements.add(elementBox(box, box.elementKey().flatMap(model::element)));
            } else {
                groups.add(groupBox(box));
            }
        }
        drawing.put("groups", groups);
        drawing.put("lines", lines(diagram, boxes));
        drawing.put("elements", elements);
        return drawing;
    }

    /** Parents before their children, so that children are drawn on top. */
    private static List<Box> flatten(List<Box> boxes) {
        List<Box> all = new ArrayList<>();
        for (Box box : boxes) {
            all.add(box);
            all.addAll(flatten(box.children()));
        }
        return all;
    }

    /** An element's box; one of an element that has no page is drawn alike, without a link. */
    private Map<String, Object> elementBox(Box box, Optional<Element> element) {
        Bounds b = box.bounds();
        Map<String, Object> map = bounds(b);
        element.ifPresent(e -> map.put("uri", SitePaths.of(e)));
        Optional<ElementType> type = box.type().or(() -> element.flatMap(Element::type));
        String title = Placeholders.plain(element.map(Element::title).orElse(box.label()));
        map.put("name", type.map(t -> title + " (" + t.label() + ")").orElse(title));
        map.put("layer", Notation.layer(type));
        String outline = Notation.outline(type);
        map.put("outline", outline);
        if (outline.equals("beveled")) {
            map.put("points", beveled(b));
        }
        int iconRow = AutoLayout.iconRow(type);
        Notation.icon(type).ifPresent(icon -> {
            map.put("icon", icon);
            map.put("iconX", b.x() + b.width() - ICON_SIZE - 6);
            map.put("iconY", b.y() + 5);
        });
        BoxLabel label = BoxLabel.fit(Placeholders.plain(box.label()), b.width(), b.height() - iconRow);
        map.put("fontSize", label.fontSize());
        map.put("cx", number(b.x() + b.width() / 2.0));
        Optional<String> strong = element.flatMap(Element::code).map(code -> code + ":").filter(box.label()::startsWith);
        double top = b.y() + iconRow + (b.height() - iconRow - label.lines().size() * label.lineHeight()) / 2.0;
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < label.lines().size(); i++) {
            String text = label.lines().get(i);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("y", number(top + label.lineHeight() * (i + 0.5) + label.fontSize() * 0.35));
            if (i == 0 && strong.isPresent() && text.startsWith(strong.get())) {
                line.put("strong", strong.get());
                text = text.substring(strong.get().length());
            }
            line.put("text", text);
            lines.add(line);
        }
        map.put("lines", lines);
        return map;
    }

    private Map<String, Object> groupBox(Box box) {
        Bounds b = box.bounds();
        Map<String, Object> map = bounds(b);
        model.group(box.label()).ifPresent(group -> map.put("uri", SitePaths.of(group)));
        List<Map<String, Object>> lines = new ArrayList<>();
        List<String> wrapped = TextMeasure.wrap(Placeholders.plain(box.label()), AutoLayout.GROUP_FONT_SIZE * 1.1,
                Math.max(1, b.width() - 20));
        for (int i = 0; i < wrapped.size(); i++) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("y", number(b.y() + 6 + AutoLayout.GROUP_LINE_HEIGHT * (i + 0.5)
                    + AutoLayout.GROUP_FONT_SIZE * 0.35));
            line.put("text", wrapped.get(i));
            lines.add(line);
        }
        map.put("labelX", b.x() + 10);
        map.put("lines", lines);
        map.put("name", Placeholders.plain(box.label()));
        return map;
    }

    private static Map<String, Object> bounds(Bounds b) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("x", b.x());
        map.put("y", b.y());
        map.put("width", b.width());
        map.put("height", b.height());
        return map;
    }

    private static String beveled(Bounds b) {
        int bevel = Math.min(BEVEL, Math.min(b.width(), b.height()) / 4);
        int x1 = b.x();
        int y1 = b.y();
        int x2 = b.x() + b.width();
        int y2 = b.y() + b.height();
        return x1 + bevel + "," + y1 + " " + (x2 - bevel) + "," + y1 + " " + x2 + "," + (y1 + bevel) + " "
                + x2 + "," + (y2 - bevel) + " " + (x2 - bevel) + "," + y2 + " " + (x1 + bevel) + "," + y2 + " "
                + x1 + "," + (y2 - bevel) + " " + x1 + "," + (y1 + bevel);
    }

    private static List<Map<String, Object>> lines(Diagram diagram, List<Box> boxes) {
        Map<String, Box> byId = new HashMap<>();
        boxes.forEach(box -> byId.putIfAbsent(box.id(), box));
        Map<List<String>, Integer> between = new HashMap<>();
        List<Diagram.Line> drawable = diagram.lines().stream()
                .filter(l -> byId.containsKey(l.sourceBoxId()) && byId.containsKey(l.targetBoxId())).toList();
        drawable.forEach(l -> between.merge(pair(l), 1, Integer::sum));
        Map<List<String>, Integer> drawnBetween = new HashMap<>();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Diagram.Line line : drawable) {
            Box source = byId.get(line.sourceBoxId());
            Box target = byId.get(line.targetBoxId());
            List<String> pair = pair(line);
            int index = drawnBetween.merge(pair, 1, Integer::sum) - 1;
            Map<String, Object> map = notation(line.type());
            if (source == target) {
                map.put("path", loop(source.bounds(), index));
            } else {
                // Lines drawn in the other direction are spread the other way, so the offset is taken from a fixed end.
                double side = line.sourceBoxId().compareTo(line.targetBoxId()) < 0 ? 1 : -1;
                double offset = (index - (between.get(pair) - 1) / 2.0) * PARALLEL_GAP * side;
                Geometry.Segment segment = Geometry.between(source.bounds(), target.bounds(), offset);
                map.put("path", "M" + number(segment.x1()) + " " + number(segment.y1()) + " L"
                        + number(segment.x2()) + " " + number(segment.y2()));
            }
            lines.add(map);
        }
        return lines;
    }

    /** The two boxes a line joins, in either direction. */
    private static List<String> pair(Diagram.Line line) {
        return line.sourceBoxId().compareTo(line.targetBoxId()) <= 0 ? List.of(line.sourceBoxId(), line.targetBoxId())
                : List.of(line.targetBoxId(), line.sourceBoxId());
    }

    /** A relation of an element with itself: a loop over the box's top right corner. */
    private static String loop(Bounds b, int index) {
        int size = 14 + 6 * index;
        int x = b.x() + b.width() - 12;
        int y = b.y();
        return "M" + x + " " + y + " C" + x + " " + (y - size) + " " + (x + 12 + size) + " " + (y - size)
                + " " + (x + 12 + size) + " " + (y + 12) + " L" + (x + 12) + " " + (y + 12);
    }

    /** The drawn relations as sentences ("OETI01 realiza O7"), each once, in drawing order. */
    private List<Map<String, Object>> relations(Diagram diagram) {
        Map<String, Box> byId = new HashMap<>();
        flatten(diagram.boxes()).forEach(box -> byId.putIfAbsent(box.id(), box));
        Set<List<Object>> seen = new LinkedHashSet<>();
        List<Map<String, Object>> sentences = new ArrayList<>();
        for (Diagram.Line line : diagram.lines()) {
            Box source = byId.get(line.sourceBoxId());
            Box target = byId.get(line.targetBoxId());
            if (source == null || target == null
                    || !seen.add(List.of(end(source), line.type(), end(target)))) {
                continue;
            }
            Map<String, Object> sentence = new LinkedHashMap<>();
            sentence.put("source", endRef(source));
            sentence.put("verb", line.type().verb());
            sentence.put("target", endRef(target));
            sentences.add(sentence);
        }
        return sentences;
    }

    private static String end(Box box) {
        return box.elementKey().orElse("box:" + box.label());
    }

    private Map<String, Object> endRef(Box box) {
        Map<String, Object> ref = new LinkedHashMap<>();
        Optional<Element> element = box.elementKey().flatMap(model::element);
        ref.put("title", Placeholders.plain(element.map(Element::title).orElse(box.label())));
        element.ifPresent(e -> ref.put("uri", SitePaths.of(e)));
        return ref;
    }

    /** Coordinates with at most one decimal, so that pages stay small and the same from bake to bake. */
    private static String number(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10)
                : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }
}
