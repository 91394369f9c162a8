package io.github.bmmsite.diagram;

import io.github.bmmsite.notation.Diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A view's drawing in small, for the cards that link to the view: its boxes in their layers' colours
 * and its lines, no text (the card's link says the view's title), {@link #WIDTH} × {@link #HEIGHT}. A
 * drawing much taller than wide shows its top; at most {@link #MAX_SHAPES} shapes are drawn, boxes of
 * under half a unit left out, so a thumbnail stays a few kilobytes whatever the view's size. Its colours
 * follow the reader's light or dark scheme, as the drawing on the view's page does.
 */
public final class Thumbnail {

    public static final int WIDTH = 320;
    public static final int HEIGHT = 180;
    static final int MAX_SHAPES = 400;
    private static final int MARGIN = 8;
    /** Below this scale boxes are too small to tell apart: the thumbnail shows the drawing's top instead. */
    private static final double MIN_SCALE = 0.12;

    private static final String STYLE = "<style>"
            + ".bg{fill:#fff}.l{fill:none;stroke:#3d4654}.e{stroke:#4b4b4b;stroke-width:.75}"
            + ".f{fill:#eceeee;stroke:#5c6b80;stroke-width:.75}.g{fill:none;stroke:#5c6b80;stroke-dasharray:3 2}"
            + ".motivation{fill:#e4ddff}.strategy{fill:#f8e3b8}.business{fill:#fff6b0}.application{fill:#c9f2f7}"
            + ".technology{fill:#d5edc7}.implementation{fill:#ffe1e1}.other{fill:#f2f5fa}.note{fill:#fff}"
            + "@media (prefers-color-scheme:dark){"
            + ".bg{fill:#0f1722}.l{stroke:#b9c3d1}.e{stroke:#9aa8bb}.f{fill:#1d2836;stroke:#8a9ab0}.g{stroke:#8a9ab0}"
            + ".motivation{fill:#342c61}.strategy{fill:#4a3916}.business{fill:#454013}.application{fill:#134349}"
            + ".technology{fill:#22442a}.implementation{fill:#4f2424}.other,.note{fill:#1a2533}}"
            + "</style>";

    private final StringBuilder frames = new StringBuilder();
    /** The path of the boxes with nothing inside, by class: one path each, painted over the lines. */
    private final Map<String, StringBuilder> leaves = new LinkedHashMap<>();
    private final StringBuilder lines = new StringBuilder();
    private final double scale;
    private final double left;
    private final double top;
    private final double originX;
    private final double originY;
    private int shapes;

    private Thumbnail(Diagram diagram) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Diagram.Box box : all(diagram.boxes(), new ArrayList<>())) {
            Diagram.Bounds b = box.bounds();
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.x() + b.width());
            maxY = Math.max(maxY, b.y() + b.height());
        }
        double width = Math.max(1, maxX - minX);
        double height = Math.max(1, maxY - minY);
        double room = WIDTH - 2 * MARGIN;
        double fit = Math.min(room / width, (HEIGHT - 2 * MARGIN) / height);
        scale = fit >= MIN_SCALE ? fit : Math.min(room / width, MIN_SCALE);
        originX = minX;
        originY = minY;
        left = MARGIN + (room - width * scale) / 2;
        top = MARGIN + Math.max(0, (HEIGHT - 2 * MARGIN - height * scale) / 2);
    }

    /** The thumbnail of a drawing, as the bytes of an SVG file (the same drawing gives the same bytes). */
    public static String svg(Diagram diagram) {
        Thumbnail thumbnail = new Thumbnail(diagram);
        thumbnail.draw(diagram);
        return thumbnail.markup();
    }

    private void draw(Diagram diagram) {
        Map<String, Diagram.Bounds> byId = new HashMap<>();
        all(diagram.boxes(), new ArrayList<>()).forEach(box -> byId.put(box.id(), box.bounds()));
        List<Diagram.Box> leafBoxes = new ArrayList<>();
        drawFrames(diagram.boxes(), leafBoxes);
        for (Diagram.Line line : diagram.lines()) {
            Diagram.Bounds from = byId.get(line.sourceBoxId());
            Diagram.Bounds to = byId.get(line.targetBoxId());
            if (from != null && to != null && shapes < MAX_SHAPES) {
                drawLine(from, line.bendpoints(), to);
            }
        }
        for (Diagram.Box box : leafBoxes) {
            if (box.kind() == Diagram.Kind.ELEMENT || box.kind() == Diagram.Kind.NOTE) {
                String kind = box.kind() == Diagram.Kind.NOTE ? "note" : Notation.layer(box.type());
                rect(box.bounds(), leaves.computeIfAbsent(kind, k -> new StringBuilder()));
            }
        }
    }

    /** Groups and boxes that hold others, outer ones first; the others are kept for later, in order. */
    private void drawFrames(List<Diagram.Box> boxes, List<Diagram.Box> leafBoxes) {
        for (Diagram.Box box : boxes) {
            boolean frame = box.kind() == Diagram.Kind.GROUP || box.kind() == Diagram.Kind.GROUPING
                    || !box.children().isEmpty();
            if (!frame) {
                leafBoxes.add(box);
                continue;
            }
            StringBuilder path = new StringBuilder();
            if (rect(box.bounds(), path)) {
                String style = switch (box.kind()) {
                    case GROUP -> "f";
                    case GROUPING -> "g";
                    default -> "e " + Notation.layer(box.type());
                };
                frames.append("<path class=\"").append(style).append("\" d=\"").append(path).append("\"/>\n");
            }
            drawFrames(box.children(), leafBoxes);
        }
    }

    /** Adds a box's outline to {@code path}; false when it is left out (too small, out of sight or one too many). */
    private boolean rect(Diagram.Bounds bounds, StringBuilder path) {
        long x = Math.round(x(bounds.x()));
        long y = Math.round(y(bounds.y()));
        long width = Math.round(bounds.width() * scale);
        long height = Math.round(bounds.height() * scale);
        if (shapes >= MAX_SHAPES || bounds.width() * scale < 0.5 || bounds.height() * scale < 0.5
                || x >= WIDTH || y >= HEIGHT) {
            return false;
        }
        shapes++;
        path.append('M').append(x).append(' ').append(y)
                .append('h').append(Math.max(1, width)).append('v').append(Math.max(1, height))
                .append('h').append(-Math.max(1, width)).append('z');
        return true;
    }

    private void drawLine(Diagram.Bounds from, List<Diagram.Point> bendpoints, Diagram.Bounds to) {
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {x(from.centreX()), y(from.centreY())});
        bendpoints.forEach(point -> points.add(new double[] {x(point.x()), y(point.y())}));
        points.add(new double[] {x(to.centreX()), y(to.centreY())});
        if (points.stream().allMatch(point -> point[1] >= HEIGHT)) {
            return;
        }
        shapes++;
        for (int i = 0; i < points.size(); i++) {
            lines.append(i == 0 ? 'M' : 'L').append(Math.round(points.get(i)[0])).append(' ')
                    .append(Math.round(points.get(i)[1]));
        }
    }

    private double x(double modelX) {
        return left + (modelX - originX) * scale;
    }

    private double y(double modelY) {
        return top + (modelY - originY) * scale;
    }

    private String markup() {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\">\n").append(STYLE).append('\n')
                .append("<rect class=\"bg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\"/>\n").append(frames);
        if (!lines.isEmpty()) {
            svg.append("<path class=\"l\" d=\"").append(lines).append("\"/>\n");
        }
        leaves.forEach((kind, path) -> {
            if (!path.isEmpty()) {
                svg.append("<path class=\"e ").append(kind).append("\" d=\"").append(path).append("\"/>\n");
            }
        });
        return svg.append("</svg>\n").toString();
    }

    private static List<Diagram.Box> all(List<Diagram.Box> boxes, List<Diagram.Box> into) {
        for (Diagram.Box box : boxes) {
            into.add(box);
            all(box.children(), into);
        }
        return into;
    }
}
