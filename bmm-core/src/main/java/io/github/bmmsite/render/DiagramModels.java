package io.github.bmmsite.render;

import io.github.bmmsite.diagram.AutoLayout;
import io.github.bmmsite.diagram.BoxLabel;
import io.github.bmmsite.diagram.Geometry;
import io.github.bmmsite.diagram.LineEnds;
import io.github.bmmsite.diagram.Notation;
import io.github.bmmsite.diagram.TextMeasure;
import io.github.bmmsite.diagram.ViewDiagrams;
import io.github.bmmsite.html.FragmentRenderer;
import io.github.bmmsite.html.ViewFigure;
import io.github.bmmsite.i18n.Messages;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.notation.Diagram;
import io.github.bmmsite.notation.Diagram.Bounds;
import io.github.bmmsite.notation.Diagram.Box;
import io.github.bmmsite.notation.Diagram.Point;
import io.github.bmmsite.model.Element;
import io.github.bmmsite.notation.ElementType;
import io.github.bmmsite.notation.RelationType;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.model.View;
import io.github.bmmsite.source.Placeholders;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code diagram.ftl} draws ({@link ViewDiagram}), in the order they are painted: the frames of
 * groups and containers, the lines (clipped to the boxes, with the ArchiMate marks of their type),
 * the names of groups and containers, the other boxes with their names and links, and the lines'
 * names; and the same relations as sentences. Every coordinate is computed here; the template
 * only writes markup, escaping every text.
 */
final class DiagramModels {

    /**
     * Line ends of each relationship type, after the ArchiMate 3.x notation; the dash patterns of
     * realization, influence, access and flow are the stylesheet's, by type.
     */
    private record LineNotation(String start, String end) {
    }

    private static final Map<RelationType, LineNotation> LINE_NOTATION = Map.ofEntries(
            Map.entry(RelationType.REALIZATION, new LineNotation(null, "triangle-hollow")),
            Map.entry(RelationType.INFLUENCE, new LineNotation(null, "arrow-open")),
            Map.entry(RelationType.SERVING, new LineNotation(null, "arrow-open")),
            Map.entry(RelationType.ASSIGNMENT, new LineNotation("dot", "triangle-filled")),
            Map.entry(RelationType.COMPOSITION, new LineNotation("diamond-filled", null)),
            Map.entry(RelationType.AGGREGATION, new LineNotation("diamond-hollow", null)),
            Map.entry(RelationType.ACCESS, new LineNotation(null, "arrow-open")),
            Map.entry(RelationType.TRIGGERING, new LineNotation(null, "triangle-filled")),
            Map.entry(RelationType.FLOW, new LineNotation(null, "triangle-filled")),
            Map.entry(RelationType.SPECIALIZATION, new LineNotation(null, "triangle-hollow")),
            Map.entry(RelationType.ASSOCIATION, new LineNotation(null, null)));

    /** Distance between lines that join the same two boxes. */
    private static final double PARALLEL_GAP = 9;
    private static final int BEVEL = 8;
    private static final int ICON_SIZE = 14;
    private static final int ICON_TOP = 5;
    /** How far a mark reaches past a line's end, kept inside the drawing. */
    private static final int MARK_SIZE = 14;
    /** Archi's: a visual group's tab is 18 px high at least. */
    private static final int GROUP_TAB_HEIGHT = 18;
    private static final int GROUP_LABEL_TOP = 4;
    /** Archi's: a note's corner folds over 13 px. */
    private static final int NOTE_FOLD = 13;
    private static final int NOTE_PADDING = 5;
    private static final int NOTE_FONT_SIZE = 13;
    /** The part of a box's width that left-aligned text (names of containers, notes) is wrapped to. */
    private static final double LEFT_ALIGNED_ROOM = 0.9;
    private static final int LINE_LABEL_FONT_SIZE = 12;
    /** Where along its line a name may stand, the middle first. */
    private static final double[] LABEL_PLACES = {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8};

    private final SiteModel model;
    private final ViewFigure figure;
    private final Messages messages;

    DiagramModels(Links links, FragmentRenderer fragments, Messages messages) {
        this.model = links.model();
        this.figure = new ViewFigure(links, fragments);
        this.messages = messages;
    }

    /**
     * {@code content.diagram} of a view page. When the view's introduction holds its figure, the
     * introduction comes in three parts ({@code before}, {@code figure}, {@code after}) so that the
     * template can draw the diagram in the figure's place when the image is missing, or offer it
     * right after the image.
     */
    ViewDiagram of(View view, ViewDiagrams.Drawings drawings) {
        List<ViewDiagram.Sentence> relations = relations(drawings.wide());
        List<ViewDiagram.Drawing> drawn = new ArrayList<>();
        drawn.add(drawing(drawings.wide(), drawings.narrow().isPresent() ? "wide" : "only"));
        drawings.narrow().ifPresent(narrow -> drawn.add(drawing(narrow, "narrow")));
        return new ViewDiagram(figure.around(view), messages.text("diagram.title", Placeholders.plain(view.title())),
                description(drawings.wide(), relations.size()), drawings.fromModel(), drawn, relations,
                legend(drawings.wide()));
    }

    /** The element types and relationship types the drawing uses, to explain its colours, outlines and lines. */
    private ViewDiagram.Legend legend(Diagram diagram) {
        Map<String, ViewDiagram.LegendType> types = new LinkedHashMap<>();
        for (Box box : flatten(diagram.boxes())) {
            Optional<ElementType> type = box.elementKey().isEmpty() ? Optional.empty()
                    : box.type().or(() -> box.elementKey().flatMap(model::element).flatMap(Element::type));
            type.ifPresent(t -> types.computeIfAbsent(t.name(), name -> new ViewDiagram.LegendType(
                    messages.elementType(t.name()), Notation.layer(type), Notation.outline(type), Notation.icon(type))));
        }
        List<ViewDiagram.LegendRelation> relationTypes = new ArrayList<>();
        for (RelationType type : RelationType.values()) {
            if (diagram.lines().stream().anyMatch(line -> line.type() == type)) {
                relationTypes.add(new ViewDiagram.LegendRelation(notation(type), messages.verb(type.id(), true)));
            }
        }
        List<ViewDiagram.LegendJunction> junctions = new ArrayList<>();
        for (Diagram.Kind kind : List.of(Diagram.Kind.AND_JUNCTION, Diagram.Kind.OR_JUNCTION)) {
            if (flatten(diagram.boxes()).stream().anyMatch(box -> box.kind() == kind)) {
                String name = junctionName(kind);
                junctions.add(new ViewDiagram.LegendJunction(kind == Diagram.Kind.OR_JUNCTION,
                        Character.toUpperCase(name.charAt(0)) + name.substring(1)));
            }
        }
        return new ViewDiagram.Legend(List.copyOf(types.values()), types.values().stream()
                .flatMap(type -> type.icon().stream()).distinct().toList(), junctions, relationTypes);
    }

    /** How lines of a type are drawn: {@code type}, and {@code markerStart}, {@code markerEnd} when they have them. */
    private static ViewDiagram.LineStyle notation(RelationType type) {
        LineNotation notation = LINE_NOTATION.get(type);
        return new ViewDiagram.LineStyle(type.id(), Optional.ofNullable(notation.start()),
                Optional.ofNullable(notation.end()));
    }

    private String description(Diagram diagram, int relations) {
        long elements = flatten(diagram.boxes()).stream().map(Box::elementKey).flatMap(Optional::stream).distinct().count();
        long groups = flatten(diagram.boxes()).stream()
                .filter(b -> b.kind() == Diagram.Kind.GROUPING || b.kind() == Diagram.Kind.GROUP).count();
        return messages.text("diagram.summary", messages.count("count.elements", elements),
                groups > 0 ? messages.text("diagram.summary.inGroups", messages.count("count.groups", groups)) : "",
                messages.count("count.relations", relations));
    }

    private ViewDiagram.Drawing drawing(Diagram diagram, String variant) {
        List<Box> boxes = flatten(diagram.boxes());
        List<ViewDiagram.Frame> frames = new ArrayList<>();
        List<ViewDiagram.Label> labels = new ArrayList<>();
        List<ViewDiagram.Leaf> leaves = new ArrayList<>();
        Map<List<Object>, ViewDiagram.Figure> figures = new LinkedHashMap<>();
        String id = "diagrama-" + variant;
        for (Box box : boxes) {
            switch (box.kind()) {
                case GROUPING, GROUP -> {
                    frames.add(groupFrame(box));
                    labels.add(groupLabel(box));
                }
                case NOTE -> leaves.add(note(box));
                case AND_JUNCTION, OR_JUNCTION -> leaves.add(junction(box));
                case ELEMENT -> {
                    Optional<Element> element = box.elementKey().flatMap(model::element);
                    if (box.children().isEmpty()) {
                        leaves.add(elementBox(box, element, figure(box, element, id, figures)));
                    } else {
                        frames.add(containerFrame(box, element));
                        labels.add(containerLabel(box, element));
                    }
                }
            }
        }
        List<ViewDiagram.LineLabel> lineLabels = new ArrayList<>();
        List<List<Point>> routes = new ArrayList<>();
        List<ViewDiagram.LineRun> lines = lines(diagram, boxes, routes, lineLabels);
        // The model's boxes may reach beyond its drawing's size (Archi allows negative positions), and so
        // may bendpoints: show them all.
        double left = 0;
        double top = 0;
        double right = diagram.width();
        double bottom = diagram.height();
        for (Box box : boxes) {
            Bounds b = box.bounds();
            left = Math.min(left, b.x());
            top = Math.min(top, b.y());
            right = Math.max(right, b.x() + b.width());
            bottom = Math.max(bottom, b.y() + b.height());
        }
        for (List<Point> route : routes) {
            for (Point point : route) {
                left = Math.min(left, Math.floor(point.x()) - MARK_SIZE);
                top = Math.min(top, Math.floor(point.y()) - MARK_SIZE);
                right = Math.max(right, Math.ceil(point.x()) + MARK_SIZE);
                bottom = Math.max(bottom, Math.ceil(point.y()) + MARK_SIZE);
            }
        }
        List<String> icons = boxes.stream().filter(box -> box.kind() == Diagram.Kind.ELEMENT)
                .flatMap(box -> Notation.icon(type(box, box.elementKey().flatMap(model::element))).stream())
                .distinct().toList();
        return new ViewDiagram.Drawing(variant, id, number(AutoLayout.FONT_SIZE), icons, List.copyOf(figures.values()),
                frames, lines, labels, runsByLayer(leaves), lineLabels,
                (int) left, (int) top, (int) (right - left), (int) (bottom - top));
    }

    /** The boxes in their order, elements of one layer after another in one run, notes and junctions in runs of their own. */
    private static List<ViewDiagram.LeafRun> runsByLayer(List<ViewDiagram.Leaf> leaves) {
        List<ViewDiagram.LeafRun> runs = new ArrayList<>();
        Optional<String> layer = Optional.empty();
        List<ViewDiagram.Leaf> run = new ArrayList<>();
        for (ViewDiagram.Leaf leaf : leaves) {
            Optional<String> next = leaf instanceof ViewDiagram.ElementBox box ? Optional.of(box.shape().layer())
                    : Optional.empty();
            if (!next.equals(layer) && !run.isEmpty()) {
                runs.add(new ViewDiagram.LeafRun(layer, run));
                run = new ArrayList<>();
            }
            layer = next;
            run.add(leaf);
        }
        if (!run.isEmpty()) {
            runs.add(new ViewDiagram.LeafRun(layer, run));
        }
        return runs;
    }

    /** The font size of a name, when it is not the drawing's. */
    private static Optional<String> ownFontSize(BoxLabel label) {
        return label.fontSize() == AutoLayout.FONT_SIZE ? Optional.empty() : Optional.of(number(label.fontSize()));
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

    /**
     * The figure of a box: its outline and icon, from its top left; one for every box of its size and type.
     *
     * @param figures the drawing's figures so far, by outline, size and icon; a new one is added
     */
    private static String figure(Box box, Optional<Element> element, String drawing,
                                 Map<List<Object>, ViewDiagram.Figure> figures) {
        Bounds b = box.bounds();
        Optional<ElementType> type = type(box, element);
        String outline = Notation.outline(type);
        Optional<String> icon = Notation.icon(type);
        List<Object> key = List.of(outline, b.width(), b.height(), icon);
        return figures.computeIfAbsent(key, k -> new ViewDiagram.Figure(drawing + "-caja-" + (figures.size() + 1),
                outline, b.width(), b.height(),
                outline.equals("beveled") ? Optional.of(beveled(new Bounds(0, 0, b.width(), b.height())))
                        : Optional.empty(), icon, icon.map(i -> iconLeft(b.width())), icon.map(i -> ICON_TOP))).id();
    }

    /** An element's box; one of an element that has no page is drawn alike, without a link. */
    private ViewDiagram.ElementBox elementBox(Box box, Optional<Element> element, String figure) {
        Bounds b = box.bounds();
        int iconRow = AutoLayout.iconRow(type(box, element));
        BoxLabel label = BoxLabel.fit(Placeholders.plain(box.label()), b.width(), b.height() - iconRow);
        double top = b.y() + iconRow + (b.height() - iconRow - label.lines().size() * label.lineHeight()) / 2.0;
        return new ViewDiagram.ElementBox(shape(box, element), "element", figure, ownFontSize(label),
                number(b.centreX()), textLines(label, top, strongCode(box, element)));
    }

    /** What element boxes and containers share: bounds, link, accessible name, colour, outline and icon. */
    private ViewDiagram.Shape shape(Box box, Optional<Element> element) {
        Bounds b = box.bounds();
        Optional<ElementType> type = type(box, element);
        String title = Placeholders.plain(element.map(Element::title).orElse(box.label()));
        String outline = Notation.outline(type);
        Optional<String> icon = Notation.icon(type);
        return new ViewDiagram.Shape(bounds(b), element.map(SitePaths::of),
                type.map(t -> messages.text("diagram.elementWithType", title, messages.elementType(t.name())))
                        .orElse(title), Notation.layer(type), outline,
                outline.equals("beveled") ? Optional.of(beveled(b)) : Optional.empty(), icon,
                icon.map(i -> b.x() + iconLeft(b.width())), icon.map(i -> b.y() + ICON_TOP));
    }

    /** A type icon's left in a box of this width: at its top right. */
    private static int iconLeft(int width) {
        return width - ICON_SIZE - 6;
    }

    private static Optional<ElementType> type(Box box, Optional<Element> element) {
        return box.type().or(() -> element.flatMap(Element::type));
    }

    /** The code in bold at the start of the first line ("O7:"), when the name starts with the element's code. */
    private static Optional<String> strongCode(Box box, Optional<Element> element) {
        return element.flatMap(Element::code).map(code -> code + ":").filter(box.label()::startsWith);
    }

    /** The baseline of each line, from the top of the first, and its text; the first may start with a bold code. */
    private static List<ViewDiagram.TextLine> textLines(BoxLabel label, double top, Optional<String> strong) {
        List<ViewDiagram.TextLine> lines = new ArrayList<>();
        for (int i = 0; i < label.lines().size(); i++) {
            String text = label.lines().get(i);
            String y = number(top + label.lineHeight() * (i + 0.5) + label.fontSize() * 0.35);
            if (i == 0 && strong.isPresent() && text.startsWith(strong.get())) {
                lines.add(new ViewDiagram.TextLine(y, strong, text.substring(strong.get().length())));
            } else {
                lines.add(new ViewDiagram.TextLine(y, Optional.empty(), text));
            }
        }
        return lines;
    }

    /** A box with boxes inside (an element that contains others): its figure, under the lines. */
    private ViewDiagram.ContainerFrame containerFrame(Box box, Optional<Element> element) {
        return new ViewDiagram.ContainerFrame(shape(box, element), "container");
    }

    /**
     * A container's name, at its top left as Archi writes it, in the room above its first child
     * (one line at least); over the lines, with the link to the element's page.
     */
    private ViewDiagram.ContainerLabel containerLabel(Box box, Optional<Element> element) {
        Bounds b = box.bounds();
        ViewDiagram.Shape shape = shape(box, element);
        int iconRoom = shape.icon().isPresent() ? ICON_SIZE + 8 : 0;
        int childrenTop = box.children().stream().mapToInt(c -> c.bounds().y()).min().orElse(b.y() + b.height());
        double room = Math.max(BoxLabel.lineHeight(BoxLabel.FLOOR), childrenTop - b.y() - 2.0 * BoxLabel.PADDING_Y);
        double width = b.width() - 2 * AutoLayout.BOX_PADDING - iconRoom;
        // Left-aligned, a line has no margin on its right to take a font wider than measured.
        BoxLabel label = BoxLabel.fitText(Placeholders.plain(box.label()), width * LEFT_ALIGNED_ROOM, room,
                AutoLayout.FONT_SIZE);
        return new ViewDiagram.ContainerLabel(shape, "container", b.x() + AutoLayout.BOX_PADDING / 2, b.y() + 1,
                number(width + AutoLayout.BOX_PADDING),
                number(label.lines().size() * label.lineHeight() + 2 * BoxLabel.PADDING_Y - 2),
                ownFontSize(label), b.x() + AutoLayout.BOX_PADDING,
                textLines(label, b.y() + BoxLabel.PADDING_Y, strongCode(box, element)));
    }

    /**
     * A Grouping (dashed) or a visual group (filled) as Archi draws them: a frame under a tab at its
     * top left that holds the name (drawn with the name, over the lines). The tab is at least
     * {@code 1/1.4} (Grouping) or half (group) of the frame's width.
     */
    private static ViewDiagram.GroupFrame groupFrame(Box box) {
        Bounds b = box.bounds();
        String tabBottom = number(b.y() + tab(box).height());
        return new ViewDiagram.GroupFrame(groupKind(box), "M" + b.x() + " " + tabBottom + " H" + (b.x() + b.width())
                + " V" + (b.y() + b.height()) + " H" + b.x() + " Z");
    }

    private static String groupKind(Box box) {
        return box.kind() == Diagram.Kind.GROUPING ? "grouping" : "group";
    }

    private record Tab(double width, double height, BoxLabel label) {
    }

    private static Tab tab(Box box) {
        Bounds b = box.bounds();
        List<String> lines = TextMeasure.wrap(Placeholders.plain(box.label()), AutoLayout.GROUP_FONT_SIZE * 1.1,
                Math.max(1, b.width() - 2 * AutoLayout.BOX_PADDING));
        // A group's name wraps to the frame's width, never cut: the tab grows down to hold it.
        BoxLabel label = new BoxLabel(AutoLayout.GROUP_FONT_SIZE, AutoLayout.GROUP_LINE_HEIGHT, lines, false);
        double widest = lines.stream().mapToDouble(l -> TextMeasure.widthInEm(l, true)).max().orElse(0)
                * AutoLayout.GROUP_FONT_SIZE;
        double least = box.kind() == Diagram.Kind.GROUPING ? b.width() / 1.4 : b.width() / 2.0;
        double width = Math.min(b.width(), Math.max(least, widest + 2 * AutoLayout.BOX_PADDING));
        double height = Math.min(b.height(), Math.max(GROUP_TAB_HEIGHT,
                lines.size() * label.lineHeight() + 2 * GROUP_LABEL_TOP));
        return new Tab(width, height, label);
    }

    /** A group's name in its tab, over the lines, with the link to the group's page when the site has one. */
    private ViewDiagram.GroupLabel groupLabel(Box box) {
        Bounds b = box.bounds();
        Optional<String> uri = box.kind() == Diagram.Kind.GROUPING
                ? model.group(box.label()).map(SitePaths::of) : Optional.empty();
        Tab tab = tab(box);
        BoxLabel label = tab.label();
        List<ViewDiagram.TextLine> lines = new ArrayList<>();
        for (int i = 0; i < label.lines().size(); i++) {
            lines.add(new ViewDiagram.TextLine(number(b.y() + GROUP_LABEL_TOP + label.lineHeight() * (i + 0.5)
                    + AutoLayout.GROUP_FONT_SIZE * 0.35), Optional.empty(), label.lines().get(i)));
        }
        return new ViewDiagram.GroupLabel(groupKind(box), uri, "M" + b.x() + " " + b.y() + " H"
                + number(b.x() + tab.width()) + " V" + number(b.y() + tab.height()) + " H" + b.x() + " Z",
                b.x() + AutoLayout.BOX_PADDING, lines, Placeholders.plain(box.label()));
    }

    /**
     * A note: its text at the top left, wrapped and shrunk to fit, in a box whose bottom right
     * corner is folded. A note that is only a web address links to it.
     */
    private ViewDiagram.NoteBox note(Box box) {
        Bounds b = box.bounds();
        int fold = Math.min(NOTE_FOLD, Math.min(b.width(), b.height()) / 2);
        int x2 = b.x() + b.width();
        int y2 = b.y() + b.height();
        String points = b.x() + "," + b.y() + " " + x2 + "," + b.y() + " " + x2 + "," + (y2 - fold) + " "
                + (x2 - fold) + "," + y2 + " " + b.x() + "," + y2;
        String text = Placeholders.plain(box.label());
        BoxLabel label = BoxLabel.fitText(text, (b.width() - 2 * NOTE_PADDING) * LEFT_ALIGNED_ROOM,
                b.height() - 2 * NOTE_PADDING, NOTE_FONT_SIZE);
        return new ViewDiagram.NoteBox(bounds(b), "note", points,
                "M" + (x2 - fold) + " " + y2 + " V" + (y2 - fold) + " H" + x2, number(label.fontSize()),
                b.x() + NOTE_PADDING, textLines(label, b.y() + NOTE_PADDING, Optional.empty()), webAddress(text), text);
    }

    /** The text as a link target, when it is one http(s) address and nothing else. */
    private static Optional<String> webAddress(String text) {
        String candidate = text.strip();
        if (!candidate.matches("(?i)https?://\\S+")) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(candidate);
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri.toASCIIString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** A junction: a dot in its box, filled for "and", hollow for "or". */
    private static ViewDiagram.JunctionBox junction(Box box) {
        Bounds b = box.bounds();
        return new ViewDiagram.JunctionBox("junction", box.kind() == Diagram.Kind.OR_JUNCTION, number(b.centreX()),
                number(b.centreY()), number(Math.min(b.width(), b.height()) / 2.0));
    }

    private static ViewDiagram.Bounds bounds(Bounds b) {
        return new ViewDiagram.Bounds(b.x(), b.y(), b.width(), b.height());
    }

    /** A box with its corners cut, as a path of relative steps, which are shorter than its points. */
    private static String beveled(Bounds b) {
        int bevel = Math.min(BEVEL, Math.min(b.width(), b.height()) / 4);
        int side = b.width() - 2 * bevel;
        int height = b.height() - 2 * bevel;
        return "M" + (b.x() + bevel) + " " + b.y() + "h" + side + "l" + bevel + " " + bevel + "v" + height
                + "l-" + bevel + " " + bevel + "h-" + side + "l-" + bevel + " -" + bevel + "v-" + height + "z";
    }

    /**
     * The drawn lines, from border to border: straight between the boxes' centres (several between
     * the same boxes drawn apart), or through their bendpoints; crowded marks moved apart
     * ({@link LineEnds}). Each line's route goes to {@code routes} and its name, at its middle, to
     * {@code labels}.
     */
    private static List<ViewDiagram.LineRun> lines(Diagram diagram, List<Box> boxes, List<List<Point>> routes,
                                                   List<ViewDiagram.LineLabel> labels) {
        Map<String, Box> byId = new HashMap<>();
        boxes.forEach(box -> byId.putIfAbsent(box.id(), box));
        List<Diagram.Line> drawable = diagram.lines().stream()
                .filter(l -> byId.containsKey(l.sourceBoxId()) && byId.containsKey(l.targetBoxId())).toList();
        Map<List<String>, Integer> between = new HashMap<>();
        drawable.forEach(l -> between.merge(pair(l), 1, Integer::sum));
        Map<List<String>, Integer> drawnBetween = new HashMap<>();
        List<LineEnds.Route> routed = new ArrayList<>();
        // A relation of a box with itself is a loop, not a route between borders: by index in drawable.
        Map<Integer, String> loops = new HashMap<>();
        for (int i = 0; i < drawable.size(); i++) {
            Diagram.Line line = drawable.get(i);
            Box source = byId.get(line.sourceBoxId());
            Box target = byId.get(line.targetBoxId());
            List<String> pair = pair(line);
            int index = drawnBetween.merge(pair, 1, Integer::sum) - 1;
            if (source == target) {
                loops.put(i, loop(source.bounds(), index));
                continue;
            }
            // Lines drawn in the other direction are spread the other way, so the offset is taken from a fixed end.
            double side = line.sourceBoxId().compareTo(line.targetBoxId()) < 0 ? 1 : -1;
            double offset = (index - (between.get(pair) - 1) / 2.0) * PARALLEL_GAP * side;
            LineNotation notation = LINE_NOTATION.get(line.type());
            routed.add(new LineEnds.Route(source.bounds(), target.bounds(), route(line, source, target, offset),
                    notation.start() != null, notation.end() != null));
        }
        Iterator<List<Point>> spread = LineEnds.spread(routed).iterator();
        List<ViewDiagram.LineRun> lines = new ArrayList<>();
        List<double[]> placed = new ArrayList<>();
        for (int i = 0; i < drawable.size(); i++) {
            Diagram.Line line = drawable.get(i);
            if (loops.containsKey(i)) {
                addLine(lines, line.type(), loops.get(i));
                continue;
            }
            List<Point> points = spread.next();
            routes.add(points);
            StringBuilder path = new StringBuilder();
            for (Point point : points) {
                path.append(path.length() == 0 ? "M" : " L").append(number(point.x())).append(' ').append(number(point.y()));
            }
            addLine(lines, line.type(), path.toString());
            if (!line.label().isBlank()) {
                labels.add(lineLabel(Placeholders.plain(line.label()), points, placed));
            }
        }
        return lines;
    }

    /** A line after the others, in their run when it is of their type. */
    private static void addLine(List<ViewDiagram.LineRun> runs, RelationType type, String path) {
        if (runs.isEmpty() || !runs.get(runs.size() - 1).style().type().equals(type.id())) {
            runs.add(new ViewDiagram.LineRun(notation(type), new ArrayList<>()));
        }
        runs.get(runs.size() - 1).paths().add(path);
    }

    /** A line's points from the source's border through its bendpoints to the target's border. */
    private static List<Point> route(Diagram.Line line, Box source, Box target, double offset) {
        Bounds from = source.bounds();
        Bounds to = target.bounds();
        if (line.bendpoints().isEmpty() && !source.isJunction() && !target.isJunction() && !overlap(from, to)) {
            Geometry.Segment segment = Geometry.between(from, to, offset);
            return List.of(new Point(segment.x1(), segment.y1()), new Point(segment.x2(), segment.y2()));
        }
        List<Point> points = new ArrayList<>();
        Point first = line.bendpoints().isEmpty() ? new Point(to.centreX(), to.centreY()) : line.bendpoints().get(0);
        Point last = line.bendpoints().isEmpty() ? new Point(from.centreX(), from.centreY())
                : line.bendpoints().get(line.bendpoints().size() - 1);
        points.add(Geometry.anchor(from, source.isJunction(), first));
        points.addAll(line.bendpoints());
        points.add(Geometry.anchor(to, target.isJunction(), last));
        return points;
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
                && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }

    /**
     * A line's name at its middle, as Archi writes it, on a background that hides the line under
     * it; moved along the line, when another name already stands there, to the nearest free place.
     *
     * @param placed the rectangles (x, y, width, height) of the names placed so far; this one is added
     */
    private static ViewDiagram.LineLabel lineLabel(String text, List<Point> path, List<double[]> placed) {
        double width = TextMeasure.widthInEm(text, false) * LINE_LABEL_FONT_SIZE + 6;
        double height = LINE_LABEL_FONT_SIZE * 1.25 + 2;
        Point at = Geometry.along(path, 0.5);
        for (double fraction : LABEL_PLACES) {
            Point candidate = Geometry.along(path, fraction);
            double[] box = {candidate.x() - width / 2, candidate.y() - height / 2, width, height};
            if (placed.stream().noneMatch(other -> box[0] < other[0] + other[2] && other[0] < box[0] + box[2]
                    && box[1] < other[1] + other[3] && other[1] < box[1] + box[3])) {
                at = candidate;
                break;
            }
        }
        placed.add(new double[] {at.x() - width / 2, at.y() - height / 2, width, height});
        return new ViewDiagram.LineLabel(text, number(at.x() - width / 2), number(at.y() - height / 2), number(width),
                number(height), number(at.x()), number(at.y() + LINE_LABEL_FONT_SIZE * 0.35));
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

    /**
     * The relations of the drawing as sentences ("OETI01 realiza O7"), each once, in drawing order:
     * the lines between elements; through junctions, from the element before to each element
     * after, with a note; then those shown by nesting one box in another (a Grouping's members
     * aside: they are its group), with a note.
     */
    private List<ViewDiagram.Sentence> relations(Diagram diagram) {
        Map<String, Box> byId = new HashMap<>();
        Map<String, Box> parents = new HashMap<>();
        for (Box box : flatten(diagram.boxes())) {
            byId.putIfAbsent(box.id(), box);
            box.children().forEach(child -> parents.put(child.id(), box));
        }
        Set<List<Object>> seen = new LinkedHashSet<>();
        List<ViewDiagram.Sentence> sentences = new ArrayList<>();
        for (Diagram.Line line : diagram.lines()) {
            Box source = byId.get(line.sourceBoxId());
            Box target = byId.get(line.targetBoxId());
            if (source == null || target == null || source.isJunction()) {
                continue;
            }
            if (!target.isJunction()) {
                sentence(source, line.type(), target, Optional.empty(), seen, sentences);
                continue;
            }
            for (Box reached : throughJunction(diagram, byId, target, line.type(), new LinkedHashSet<>())) {
                sentence(source, line.type(), reached,
                        Optional.of(messages.text("diagram.throughJunction", junctionName(target.kind()))),
                        seen, sentences);
            }
        }
        for (Diagram.Line line : diagram.nested()) {
            Box source = byId.get(line.sourceBoxId());
            Box target = byId.get(line.targetBoxId());
            if (source == null || target == null) {
                continue;
            }
            boolean targetInside = parents.get(target.id()) == source;
            Box parent = targetInside ? source : target;
            Box child = targetInside ? target : source;
            if (parent.kind() != Diagram.Kind.GROUPING) {
                sentence(source, line.type(), target, Optional.of(messages.text("diagram.nested",
                        Placeholders.plain(child.label()), Placeholders.plain(parent.label()))), seen, sentences);
            }
        }
        return sentences;
    }

    /** The boxes, not junctions, that lines of this type lead to from the junction, through other junctions. */
    private static List<Box> throughJunction(Diagram diagram, Map<String, Box> byId, Box junction, RelationType type,
                                             Set<String> passed) {
        List<Box> reached = new ArrayList<>();
        if (!passed.add(junction.id())) {
            return reached;
        }
        for (Diagram.Line out : diagram.lines()) {
            Box next = byId.get(out.targetBoxId());
            if (out.sourceBoxId().equals(junction.id()) && out.type() == type && next != null) {
                reached.addAll(next.isJunction() ? throughJunction(diagram, byId, next, type, passed) : List.of(next));
            }
        }
        return reached;
    }

    private String junctionName(Diagram.Kind kind) {
        return messages.text(kind == Diagram.Kind.OR_JUNCTION ? "diagram.junction.or" : "diagram.junction.and");
    }

    private void sentence(Box source, RelationType type, Box target, Optional<String> note, Set<List<Object>> seen,
                          List<ViewDiagram.Sentence> sentences) {
        if (seen.add(List.of(end(source), type, end(target)))) {
            sentences.add(new ViewDiagram.Sentence(endRef(source), messages.verb(type.id(), true), endRef(target), note));
        }
    }

    private static String end(Box box) {
        return box.elementKey().orElse("box:" + box.label());
    }

    private ViewDiagram.End endRef(Box box) {
        Optional<Element> element = box.elementKey().flatMap(model::element);
        return new ViewDiagram.End(Placeholders.plain(element.map(Element::title).orElse(box.label())),
                element.map(SitePaths::of));
    }

    /** Coordinates with at most one decimal, so that pages stay small and the same from bake to bake. */
    private static String number(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10)
                : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }
}
