package io.github.bmmsite.render;

import io.github.bmmsite.Fixtures;
import io.github.bmmsite.archimate.ArchimateModel;
import io.github.bmmsite.archimate.ArchimateReader;
import io.github.bmmsite.archimate.ArchimateRelationship;
import io.github.bmmsite.archimate.LargeModelFixture;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.engine.TemplateEngine;
import io.github.bmmsite.engine.TemplateSet;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.notation.Diagram;
import io.github.bmmsite.notation.RelationType;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.write.OutputFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Archi's notation read from a handcrafted model, in Archi's file and in the exchange format, and
 * drawn: a container with its name at the top left and a visual group inside, the nested
 * composition listed in words, a bent and named line, "and" and "or" junctions, and notes; and
 * the large view of {@link LargeModelFixture} drawn at the model's scale with every name whole.
 */
class NotationDiagramTest {

    private static ArchimateModel read(String name) throws URISyntaxException {
        Path file = Path.of(NotationDiagramTest.class.getResource("/archimate/notation/" + name).toURI());
        Diagnostics diagnostics = new Diagnostics();
        ArchimateModel model = ArchimateReader.read(file, Path::getFileName, diagnostics).orElseThrow();
        assertThat(diagnostics.all()).isEmpty();
        return model;
    }

    private static Diagram diagram(ArchimateModel model) {
        return model.diagram("id-view", id -> Optional.empty()).orElseThrow();
    }

    private static List<Diagram.Box> all(List<Diagram.Box> boxes) {
        return boxes.stream().flatMap(box -> Stream.concat(Stream.of(box), all(box.children()).stream()))
                .toList();
    }

    private static Document render(Diagram diagram) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        SiteModel model = Fixtures.model(diagnostics, Map.of(), List.of(Fixtures.document("v.md",
                "## Vista\n\nLa vista dibujada desde el modelo.\n", diagnostics)), List.of())
                .withDiagrams(Map.of("vista", diagram));
        Links links = Fixtures.links(model, Map.of(), diagnostics);
        List<OutputFile> pages = new SiteRenderer(new TemplateEngine(new TemplateSet(null, null),
                Locale.forLanguageTag("es")), diagnostics)
                .render(links, Map.of("site_title", "Sitio", "site_language", "es"));
        assertThat(diagnostics.all()).isEmpty();
        OutputFile view = pages.stream().filter(p -> p.sitePath().equals("vistas/vista.html")).findFirst().orElseThrow();
        return Jsoup.parse(new String(((OutputFile.Bytes) view).content(), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"notation.archimate", "notation-exchange.xml"})
    void junctionsNotesGroupsBendpointsAndNestingAreReadAlikeFromBothFormats(String name) throws Exception {
        ArchimateModel model = read(name);

        assertThat(model.junction("id-or").orElseThrow().or()).isTrue();
        assertThat(model.junction("id-and").orElseThrow().or()).isFalse();
        assertThat(model.relationships()).extracting(ArchimateRelationship::id)
                .containsExactly("id-r-compose", "id-r-compose2", "id-r-serve", "id-r-serve-deep");
        // Through the junctions, the elements before relate to those after, by the first name found.
        assertThat(model.relationshipsThroughJunctions())
                .extracting(r -> r.id() + " " + r.sourceId() + " " + r.type().id() + " " + r.targetId() + " " + r.name())
                .containsExactly("id-r-in+id-r-out id-p1 flow id-p2 expedientes",
                        "id-r-and-in+id-r-and-out id-p2 triggering id-p1 ");

        Diagram diagram = diagram(model);
        assertThat(diagram.boxes()).extracting(Diagram.Box::kind).containsExactly(Diagram.Kind.ELEMENT,
                Diagram.Kind.ELEMENT, Diagram.Kind.OR_JUNCTION, Diagram.Kind.ELEMENT, Diagram.Kind.AND_JUNCTION,
                Diagram.Kind.NOTE, Diagram.Kind.NOTE);
        Diagram.Box container = diagram.boxes().get(0);
        assertThat(container.children()).extracting(Diagram.Box::kind)
                .containsExactly(Diagram.Kind.ELEMENT, Diagram.Kind.GROUP);
        assertThat(container.children().get(1).label()).isEqualTo("Apoyo");
        assertThat(container.children().get(1).children().get(0).bounds()).isEqualTo(new Diagram.Bounds(180, 120, 120, 56));
        assertThat(diagram.boxes().get(5).label()).startsWith("Borrador.").contains("Revisar con");
        // The composition of the box nested in the container is shown by the nesting, as in Archi;
        // the serving of a box nested deeper (in a group inside) is drawn.
        assertThat(diagram.nested()).containsExactly(new Diagram.Line("id-n-app", "id-n-fn", RelationType.COMPOSITION));
        assertThat(diagram.lines()).contains(
                new Diagram.Line("id-n-fn", "id-n-p1", RelationType.SERVING, "soporta", List.of(new Diagram.Point(360, 160))),
                new Diagram.Line("id-n-app", "id-n-fn2", RelationType.SERVING))
                .hasSize(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"notation.archimate", "notation-exchange.xml"})
    void theDrawingPaintsFramesThenLinesThenNamesAndBoxesAndItsNotationIsArchis(String name) throws Exception {
        Element svg = render(diagram(read(name))).selectFirst("svg.bmm-diagram-only");
        List<String> layers = svg.children().stream().map(NotationDiagramTest::layer)
                .filter(layer -> !layer.isEmpty()).distinct().toList();
        assertThat(layers).containsExactly("frame", "line", "name", "box", "line name");

        // The container: its figure under the lines, its name at its top left, above the first child (y = 80).
        Element container = svg.selectFirst("g.bmm-diagram-container");
        assertThat(container.attr("aria-label")).isEqualTo("Sistema de gestión documental de la entidad (Componente de aplicación)");
        Element firstLine = container.selectFirst("text tspan");
        assertThat(firstLine.attr("x")).isEqualTo("28");
        assertThat(Double.parseDouble(firstLine.attr("y"))).isLessThan(80);
        assertThat(String.join(" ", container.select("text > tspan").eachText()))
                .isEqualTo("Sistema de gestión documental de la entidad");

        // The visual group: a frame and a tab with its name.
        assertThat(svg.select("path.bmm-diagram-frame-group")).hasSize(1);
        assertThat(svg.select(".bmm-diagram-group-group .bmm-diagram-group-label").text()).isEqualTo("Apoyo");

        // The bent line: from Clasificar's border through the bendpoint to Radicar's border, named at its middle.
        Element bent = svg.select(".bmm-rel-serving path").stream()
                .filter(p -> p.attr("d").contains(" L360 160 ")).findFirst().orElseThrow();
        double[] start = point(bent.attr("d"), 0);
        double[] end = point(bent.attr("d"), 2);
        assertThat(start).containsExactly(160, 120);
        assertThat(end[1]).isEqualTo(96);
        assertThat(svg.select(".bmm-diagram-line-label text")).extracting(Element::text)
                .containsExactlyInAnyOrder("soporta", "expedientes");
        assertThat(svg.select(".bmm-diagram-line-label rect")).hasSize(2);

        // Junctions: a filled dot for "and", a hollow one for "or".
        assertThat(svg.select("circle.bmm-diagram-junction")).hasSize(2);
        assertThat(svg.select("circle.bmm-diagram-junction-or").attr("cx")).isEqualTo("460.5");

        // Notes: paper with a folded corner, the text from the top left; a web address is a link.
        Element note = svg.selectFirst("g.bmm-diagram-note");
        assertThat(note.selectFirst("polygon").attr("points")).isEqualTo("20,300 220,300 220,357 207,370 20,370");
        assertThat(note.select("tspan")).extracting(Element::text).first().isEqualTo("Borrador.");
        assertThat(note.select("a")).isEmpty();
        assertThat(svg.select("a.bmm-diagram-note").attr("href")).isEqualTo("https://www.archimatetool.com/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"notation.archimate", "notation-exchange.xml"})
    void theTextVersionSaysWhatJunctionsAndNestingDraw(String name) throws Exception {
        Document page = render(diagram(read(name)));

        assertThat(page.select(".bmm-diagram-relations li")).extracting(Element::text).containsExactlyInAnyOrder(
                "Clasificar sirve a Radicar",
                "Sistema de gestión documental de la entidad sirve a Archivar",
                "Radicar fluye hacia Responder (a través de un cruce «o»)",
                "Responder desencadena Radicar (a través de un cruce «y»)",
                "Sistema de gestión documental de la entidad se compone de Clasificar (en el diagrama, «Clasificar»"
                        + " está dentro de «Sistema de gestión documental de la entidad»)");
        assertThat(page.select(".bmm-diagram-legend li")).extracting(Element::text)
                .contains("Cruce «y»", "Cruce «o»");
    }

    @Test
    void theLargeViewIsDrawnWithEveryNameWholeAndEachContainersNameAboveItsChildren(@TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("large.archimate");
        LargeModelFixture.write(file);
        Diagnostics diagnostics = new Diagnostics();
        ArchimateModel model = ArchimateReader.read(file, Path::getFileName, diagnostics).orElseThrow();
        Diagram diagram = model.diagram(LargeModelFixture.LARGE_VIEW_ID, id -> Optional.empty()).orElseThrow();
        assertThat(all(diagram.boxes())).hasSize(LargeModelFixture.LARGE_BOXES);

        Element svg = render(diagram).selectFirst("svg.bmm-diagram-only");

        assertThat(svg.select("text")).extracting(Element::text).noneMatch(text -> text.strip().endsWith("…"));
        assertThat(svg.select("circle.bmm-diagram-junction")).hasSize(2);
        assertThat(svg.select("g.bmm-diagram-note, a.bmm-diagram-note")).hasSize(3);
        assertThat(svg.select(".bmm-diagram-line-label text")).hasSize(
                (int) diagram.lines().stream().filter(line -> !line.label().isBlank()).count());
        List<Diagram.Box> containers = all(diagram.boxes()).stream()
                .filter(box -> box.kind() == Diagram.Kind.ELEMENT && !box.children().isEmpty()).toList();
        assertThat(containers).hasSize(48);
        for (Diagram.Box container : containers) {
            Element label = svg.select("g.bmm-diagram-container").stream()
                    .filter(g -> g.attr("aria-label").startsWith(container.label() + " (")).findFirst().orElseThrow();
            double firstChild = container.children().stream().mapToInt(c -> c.bounds().y()).min().orElseThrow();
            List<Element> lines = label.select("text > tspan");
            assertThat(String.join(" ", lines.stream().map(Element::text).toList())).isEqualTo(container.label());
            assertThat(Double.parseDouble(lines.get(0).attr("x"))).as("left-aligned")
                    .isEqualTo(container.bounds().x() + 8.0);
            // A name in the drawing's font size does not repeat it.
            Element text = label.selectFirst("text");
            double fontSize = Double.parseDouble(text.hasAttr("font-size") ? text.attr("font-size") : svg.attr("font-size"));
            assertThat(Double.parseDouble(lines.get(lines.size() - 1).attr("y")) + fontSize * 0.3)
                    .as(container.label()).isLessThanOrEqualTo(firstChild);
        }
    }

    /** Which layer of the drawing an element of the SVG belongs to. */
    private static String layer(Element child) {
        String type = child.attr("class");
        if (type.contains("bmm-diagram-frame")) {
            return "frame";
        }
        if (type.contains("bmm-diagram-line-label")) {
            return "line name";
        }
        if (type.contains("bmm-diagram-line")) {
            return "line";
        }
        if (type.contains("bmm-diagram-container") || type.contains("bmm-diagram-group")) {
            return "name";
        }
        // Elements come in runs of one layer.
        if (type.contains("bmm-diagram-element") || type.contains("bmm-diagram-note") || type.contains("junction")
                || type.startsWith("bmm-layer-")) {
            return "box";
        }
        return "";
    }

    /** The {@code index}th point of an SVG path of straight segments ("M x y L x y …"). */
    private static double[] point(String path, int index) {
        String[] numbers = path.replaceAll("[ML]", " ").trim().split("\\s+");
        return Arrays.stream(numbers, 2 * index, 2 * index + 2).mapToDouble(Double::parseDouble).toArray();
    }
}
