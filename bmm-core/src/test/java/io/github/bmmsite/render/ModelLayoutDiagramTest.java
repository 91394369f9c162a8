package io.github.bmmsite.render;

import io.github.bmmsite.Fixtures;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.engine.TemplateEngine;
import io.github.bmmsite.engine.TemplateSet;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.notation.Diagram;
import io.github.bmmsite.notation.Diagram.Bounds;
import io.github.bmmsite.notation.Diagram.Box;
import io.github.bmmsite.notation.ElementType;
import io.github.bmmsite.notation.RelationType;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.write.OutputFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A view whose layout comes from the architecture model ({@link SiteModel#withDiagrams}): boxes at the
 * model's bounds, its names drawn as text whatever they hold, and every relationship type with its mark.
 */
class ModelLayoutDiagramTest {

    private static final String DOCUMENT = """
            ## Vista

            ### A1: Uno
            Texto.
            ### A2: Dos
            Texto.
            """;
    private static final String HOSTILE = "<script>alert(\"x\")</script> & 'q' </svg><a href=\"javascript:x\">";

    private final Diagnostics diagnostics = new Diagnostics();

    private Document render(Diagram diagram) throws Exception {
        return render(DOCUMENT, diagram);
    }

    private Document render(String document, Diagram diagram) throws Exception {
        SiteModel model = Fixtures.model(diagnostics, Map.of(), List.of(Fixtures.document("v.md", document, diagnostics)),
                List.of()).withDiagrams(Map.of("vista", diagram));
        Links links = Fixtures.links(model, Map.of(), diagnostics);
        List<OutputFile> pages = new SiteRenderer(new TemplateEngine(new TemplateSet(null, null), Locale.forLanguageTag("es")),
                diagnostics).render(links, Map.of("site_title", "Sitio", "site_language", "es"));
        assertThat(diagnostics.all()).isEmpty();
        OutputFile view = pages.stream().filter(p -> p.sitePath().equals("vistas/vista.html")).findFirst().orElseThrow();
        return Jsoup.parse(new String(((OutputFile.Bytes) view).content(), StandardCharsets.UTF_8));
    }

    private static Box element(String id, String key, String label, int x, int y) {
        return new Box(id, Optional.of(key), label, ElementType.named("Goal"), new Bounds(x, y, 120, 55), List.of());
    }

    @Test
    void boxesStandWhereTheModelPutsThemAndPhonesGetTheLayoutByGroup() throws Exception {
        Box a1 = element("id-1", "A1", "A1: Uno", 24, 60);
        Box a2 = element("id-2", "A2", "A2: Dos", 400, 60);
        Box grouping = new Box("id-g", Optional.empty(), "Agrupación del modelo", ElementType.named("Grouping"),
                new Bounds(12, 24, 560, 120), List.of(a1, a2));
        Document page = render(new Diagram(600, 160, List.of(grouping),
                List.of(new Diagram.Line("id-1", "id-2", RelationType.REALIZATION),
                        new Diagram.Line("id-1", "no-such-box", RelationType.SERVING))));

        Element wide = page.selectFirst("svg.bmm-diagram-wide");
        assertThat(wide.attr("viewBox")).isEqualTo("0 0 600 160");
        assertThat(wide.select(".bmm-diagram-group .bmm-diagram-tab").attr("d")).startsWith("M12 24 H");
        assertThat(wide.select(".bmm-diagram-group text").text()).isEqualTo("Agrupación del modelo");
        // The box is its figure (outline and icon, one for every box of its size and type) at its top left.
        Element box = wide.selectFirst("a[href=../elementos/a2.html] use.bmm-diagram-box");
        assertThat(List.of(box.attr("x"), box.attr("y"))).containsExactly("400", "60");
        assertThat(wide.select("symbol[id=" + box.attr("href").substring(1) + "] path").attr("d"))
                .isEqualTo("M8 0h104l8 8v39l-8 8h-104l-8 -8v-39z");
        assertThat(wide.select("a.bmm-diagram-element use.bmm-diagram-box").eachAttr("href")).containsOnly(box.attr("href"));
        assertThat(wide.select(".bmm-diagram-line path")).hasSize(1);
        assertThat(page.select("svg.bmm-diagram-narrow a.bmm-diagram-element")).hasSize(2);
        assertThat(page.select(".bmm-diagram-relations li")).extracting(Element::text)
                .containsExactly("A1: Uno realiza A2: Dos");
    }

    @Test
    void anElementWithoutAPageIsDrawnWithoutALink() throws Exception {
        Box described = element("id-1", "A1", "A1: Uno", 24, 24);
        Box undescribed = new Box("id-9", Optional.of("Proceso sin descripción"), "Proceso sin descripción",
                ElementType.named("BusinessProcess"), new Bounds(24, 200, 120, 55), List.of());
        Document page = render(new Diagram(600, 300, List.of(described, undescribed),
                List.of(new Diagram.Line("id-9", "id-1", RelationType.REALIZATION))));

        Element svg = page.selectFirst("svg.bmm-diagram-wide");
        Element box = svg.selectFirst("g.bmm-diagram-element");
        assertThat(box.attr("aria-label")).isEqualTo("Proceso sin descripción (Proceso de negocio)");
        assertThat(box.attr("role")).isEqualTo("img");
        assertThat(box.parent().hasClass("bmm-layer-business")).as("its run's layer").isTrue();
        assertThat(svg.select("a.bmm-diagram-element")).hasSize(1);
        assertThat(page.select(".bmm-diagram-relations li")).extracting(Element::text)
                .containsExactly("Proceso sin descripción realiza A1: Uno");
        assertThat(page.select(".bmm-diagram-legend li")).extracting(Element::text)
                .containsExactly("Objetivo", "Proceso de negocio", "realiza");
    }

    @Test
    void aViewThatDescribesNoElementIsStillDrawnFromTheModel() throws Exception {
        Box undescribed = new Box("id-9", Optional.of("Proceso"), "Proceso", ElementType.named("BusinessProcess"),
                new Bounds(24, 24, 120, 55), List.of());
        Document page = render("## Vista\n\nSolo la introducción.\n", new Diagram(200, 100, List.of(undescribed), List.of()));

        assertThat(page.select("svg.bmm-diagram-only g.bmm-diagram-element")).hasSize(1);
        assertThat(page.select("svg.bmm-diagram-narrow")).isEmpty();
    }

    @Test
    void boxesLeftOrAboveTheOriginAreStillShown() throws Exception {
        Document page = render(new Diagram(300, 100, List.of(element("id-1", "A1", "A1: Uno", -50, -20),
                element("id-2", "A2", "A2: Dos", 200, 90)), List.of()));

        // Narrower than the layout for phones, so the only drawing.
        assertThat(page.selectFirst("svg.bmm-diagram-only").attr("viewBox")).isEqualTo("-50 -20 370 165");
    }

    @Test
    void aNameFromTheModelIsTextNeverMarkup() throws Exception {
        Document page = render(new Diagram(600, 200, List.of(element("id-1", "A1", HOSTILE, 24, 24),
                new Box("note", Optional.empty(), HOSTILE, Optional.empty(), new Bounds(300, 24, 200, 100), List.of())),
                List.of(new Diagram.Line("note", "id-1", RelationType.ASSOCIATION))));

        Element wide = page.selectFirst("svg.bmm-diagram-wide");
        assertThat(wide.select("script, foreignObject")).isEmpty();
        assertThat(wide.select("a")).extracting(a -> a.attr("href")).noneMatch(href -> href.startsWith("javascript"));
        assertThat(wide.select("a.bmm-diagram-element text").text()).startsWith("<script>alert");
        assertThat(wide.select(".bmm-diagram-group text").text().replace(" ", "")).isEqualTo(HOSTILE.replace(" ", ""));
        assertThat(page.select(".bmm-diagram-relations li").text()).startsWith(HOSTILE + " está asociado con A1: Uno");
        assertThat(page.select("svg.bmm-diagram-svg")).hasSize(2);
        assertThat(page.select("svg.bmm-diagram-svg svg")).isEmpty();
    }

    @Test
    void everyRelationshipTypeIsDrawnOnceWithItsArchimateMarks() throws Exception {
        List<Diagram.Line> lines = new ArrayList<>();
        for (RelationType type : RelationType.values()) {
            lines.add(new Diagram.Line("id-1", "id-2", type));
        }
        lines.add(new Diagram.Line("id-1", "id-1", RelationType.ASSOCIATION));
        Document page = render(new Diagram(600, 400, List.of(element("id-1", "A1", "A1: Uno", 24, 24),
                element("id-2", "A2", "A2: Dos", 24, 300)), lines));

        Element wide = page.selectFirst("svg.bmm-diagram-wide");
        for (RelationType type : RelationType.values()) {
            assertThat(wide.select(".bmm-rel-" + type.id() + " path")).as(type.id())
                    .hasSize(type == RelationType.ASSOCIATION ? 2 : 1);
        }
        // The dash patterns are the stylesheet's, by type (DiagramBrowserTest reads them as drawn).
        assertThat(marks(wide, "realization")).isEqualTo("null|triangle-hollow");
        assertThat(marks(wide, "influence")).isEqualTo("null|arrow-open");
        assertThat(marks(wide, "serving")).isEqualTo("null|arrow-open");
        assertThat(marks(wide, "assignment")).isEqualTo("dot|triangle-filled");
        assertThat(marks(wide, "composition")).isEqualTo("diamond-filled|null");
        assertThat(marks(wide, "aggregation")).isEqualTo("diamond-hollow|null");
        assertThat(marks(wide, "specialization")).isEqualTo("null|triangle-hollow");
        assertThat(wide.select("[stroke-dasharray]")).isEmpty();
        // Every mark a run of lines names is defined in the same drawing.
        for (Element line : wide.select("g.bmm-diagram-line")) {
            for (String attribute : List.of("marker-start", "marker-end")) {
                if (line.hasAttr(attribute)) {
                    String id = line.attr(attribute).replaceAll("^url\\(#(.*)\\)$", "$1");
                    assertThat(wide.select("marker[id=" + id + "]")).as(id).hasSize(1);
                }
            }
        }
        // Parallel lines between the same boxes do not lie on each other.
        assertThat(wide.select(".bmm-diagram-line path").eachAttr("d")).doesNotHaveDuplicates();
        assertThat(page.select(".bmm-diagram-relations li")).hasSize(RelationType.values().length + 1);
    }

    /** The marks at the start and end of the lines of a type, which their run gives. */
    private static String marks(Element svg, String type) {
        Element run = svg.selectFirst("g.bmm-rel-" + type);
        return marker(run, "marker-start") + "|" + marker(run, "marker-end");
    }

    private static String marker(Element line, String name) {
        return line.hasAttr(name) ? line.attr(name).replaceAll("^url\\(#diagrama-wide-(.*)\\)$", "$1") : "null";
    }
}
