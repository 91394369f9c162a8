package io.github.bmmsite.diagram;

import io.github.bmmsite.notation.Diagram;
import io.github.bmmsite.notation.Diagram.Bounds;
import io.github.bmmsite.notation.Diagram.Box;
import io.github.bmmsite.notation.ElementType;
import io.github.bmmsite.notation.RelationType;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ThumbnailTest {

    private static final Pattern RECT = Pattern.compile("M(-?\\d+) (-?\\d+)h(\\d+)v(\\d+)h-\\d+z");

    private static Box element(String id, String type, int x, int y, int width, int height) {
        return new Box(id, Optional.of(id), id, ElementType.named(type), new Bounds(x, y, width, height), List.of());
    }

    /** A Grouping of two goals, a process outside it realizing both. */
    private static Diagram small() {
        Box grouping = new Box("g", Diagram.Kind.GROUPING, Optional.empty(), "Objetivos", Optional.empty(),
                new Bounds(0, 0, 300, 200), List.of(element("O1", "Goal", 20, 40, 120, 55),
                element("O2", "Goal", 160, 40, 120, 55)));
        return new Diagram(600, 200, List.of(grouping, element("P", "BusinessProcess", 440, 60, 120, 55)),
                List.of(new Diagram.Line("P", "O1", RelationType.REALIZATION),
                        new Diagram.Line("P", "O2", RelationType.REALIZATION)));
    }

    @Test
    void drawsBoxesInTheirLayersColoursAndLinesWithoutText() throws Exception {
        String svg = Thumbnail.svg(small());

        Document document = parse(svg);
        Element root = document.getDocumentElement();
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 320 180");
        assertThat(root.getAttribute("width")).isEqualTo("320");
        assertThat(document.getElementsByTagName("text").getLength()).isZero();
        assertThat(svg).doesNotContain("O1", "Objetivos");
        assertThat(paths(document, "g")).hasSize(1);
        assertThat(rects(paths(document, "e motivation"))).hasSize(2);
        assertThat(rects(paths(document, "e business"))).hasSize(1);
        assertThat(String.join("", paths(document, "l"))).matches("(M\\d+ \\d+L\\d+ \\d+){2}");
        assertThat(svg).contains("@media (prefers-color-scheme:dark)");
        assertThat(Thumbnail.svg(small())).as("the same drawing, the same bytes").isEqualTo(svg);
    }

    /** Boxes over 560 × 200 units, into 304 × 164 within the margins: scaled by 304 / 560, centred top to bottom. */
    @Test
    void aWideDrawingFitsWhole() throws Exception {
        List<int[]> boxes = rects(paths(parse(Thumbnail.svg(small())), "e business"));
        assertThat(boxes.get(0)).containsExactly(247, 68, 65, 30);
        assertThat(boxes.get(0)[0] + boxes.get(0)[2]).as("its right edge on the right margin").isEqualTo(Thumbnail.WIDTH - 8);
    }

    /** Ten thousand elements five wide, as a view laid out by group: its top, in a few kilobytes. */
    @Test
    void aHugeDrawingShowsItsTopInAFewKilobytes() throws Exception {
        List<Box> boxes = new ArrayList<>();
        List<Diagram.Line> lines = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            boxes.add(element("E" + i, "Goal", 20 + (i % 5) * 168, 20 + (i / 5) * 80, 150, 60));
            if (i > 0) {
                lines.add(new Diagram.Line("E" + i, "E" + (i - 1), RelationType.INFLUENCE));
            }
        }
        String svg = Thumbnail.svg(new Diagram(860, 160_020, boxes, lines));

        assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThan(8_000);
        Document document = parse(svg);
        List<int[]> drawn = rects(paths(document, "e motivation"));
        assertThat(drawn).isNotEmpty().allSatisfy(box -> assertThat(box[1]).isLessThan(Thumbnail.HEIGHT));
        assertThat(drawn.get(0)[1]).as("the first row at the top").isEqualTo(8);
        assertThat(drawn.size() + String.join("", paths(document, "l")).split("M").length - 1)
                .isLessThanOrEqualTo(Thumbnail.MAX_SHAPES);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> paths(Document document, String className) {
        List<String> found = new ArrayList<>();
        var paths = document.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            if (path.getAttribute("class").equals(className)) {
                found.add(path.getAttribute("d"));
            }
        }
        return found;
    }

    private static List<int[]> rects(List<String> paths) {
        List<int[]> rects = new ArrayList<>();
        for (String path : paths) {
            Matcher matcher = RECT.matcher(path);
            while (matcher.find()) {
                rects.add(new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4))});
            }
        }
        return rects;
    }
}
