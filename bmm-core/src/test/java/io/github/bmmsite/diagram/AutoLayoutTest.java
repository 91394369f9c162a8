package io.github.bmmsite.diagram;

import io.github.bmmsite.Fixtures;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.notation.Diagram;
import io.github.bmmsite.notation.Diagram.Bounds;
import io.github.bmmsite.notation.Diagram.Box;
import io.github.bmmsite.notation.RelationType;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.model.View;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AutoLayoutTest {

    private static final String VIEW = """
            ## Vista de prueba

            Introducción.

            ### Objetivos SG

            ### O1: Promover paz y reconciliación
            Texto.
            ### O2: Fortalecer institucionalidad y gobernanza TIC
            Texto.
            ### O3: Informar a la ciudadanía y fomentar participación
            Texto.
            ### O7: Fortalecer capacidades institucionales gestión y desempeño
            Texto.
            ### Objetivos OTIC

            ### OETI01: Fortalecer la implementación de la Política de Gobierno Digital
            Texto.
            ### OETI02: Fomentar el uso y la apropiación de las tecnologías de la Cuarta Revolución Industrial (4RI)
            Texto.
            ### OETI03: Gestionar la seguridad de la información y la seguridad digital
            Texto.
            ### Procesos

            ### Toma de decisiones
            Texto.
            ### Gestión de Trámites Ciudadanos
            Texto.
            """;

    private static final String MODEL = """
            types:
              Goal: [O1, O2, O3, O7, OETI01, OETI02, OETI03]
              BusinessProcess: [Toma de decisiones, Gestión de Trámites Ciudadanos]
            relations:
              realization:
                OETI01: O7
                OETI02: [O1, O2]
                Toma de decisiones: O7
              influence:
                OETI03: [O2, O7]
              serving:
                Gestión de Trámites Ciudadanos: OETI03
            """;

    private final Diagnostics diagnostics = new Diagnostics();

    private SiteModel model() {
        SiteModel model = Fixtures.model(diagnostics, Map.of(),
                List.of(Fixtures.document("vista.md", VIEW, diagnostics)),
                List.of(Fixtures.modelFile("vista.model.yaml", MODEL, diagnostics)));
        assertThat(diagnostics.all()).isEmpty();
        return model;
    }

    @Test
    void theSameModelIsAlwaysDrawnTheSameWay() {
        SiteModel model = model();
        View view = model.views().get(0);

        assertThat(new AutoLayout(5, 168).layout(model, view)).isEqualTo(new AutoLayout(5, 168).layout(model(), view));
    }

    @Test
    void eachGroupIsABoxHoldingItsElementsInTheDocumentsGroupOrder() {
        SiteModel model = model();
        Diagram diagram = new AutoLayout(5, 168).layout(model, model.views().get(0));

        assertThat(diagram.boxes()).extracting(Box::label).containsExactly("Objetivos SG", "Objetivos OTIC", "Procesos");
        assertThat(diagram.boxes()).allSatisfy(group -> {
            assertThat(group.elementKey()).isEmpty();
            assertThat(group.children()).allSatisfy(child -> assertThat(inside(child.bounds(), group.bounds())).isTrue());
        });
        assertThat(diagram.boxes().get(0).children()).extracting(b -> b.elementKey().orElseThrow())
                .containsExactly("O1", "O2", "O3", "O7");
        assertThat(diagram.boxes().get(1).children()).extracting(Box::label)
                .contains("OETI01: Fortalecer la implementación de la Política de Gobierno Digital");
        assertThat(diagram.boxes().get(1).children().get(0).type()).hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("Goal"));
        assertThat(elements(diagram)).hasSize(9);
    }

    @Test
    void boxesDoNotOverlapAndStayInsideTheDrawing() {
        SiteModel model = model();
        for (AutoLayout layout : List.of(new AutoLayout(5, 168), new AutoLayout(2, 156), new AutoLayout(1, 100))) {
            Diagram diagram = layout.layout(model, model.views().get(0));
            Bounds all = new Bounds(0, 0, diagram.width(), diagram.height());
            List<Box> boxes = elements(diagram);
            for (int i = 0; i < boxes.size(); i++) {
                assertThat(inside(boxes.get(i).bounds(), all)).as(boxes.get(i).label()).isTrue();
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertThat(overlap(boxes.get(i).bounds(), boxes.get(j).bounds()))
                            .as(boxes.get(i).label() + " and " + boxes.get(j).label()).isFalse();
                }
            }
            for (int i = 0; i + 1 < diagram.boxes().size(); i++) {
                assertThat(overlap(diagram.boxes().get(i).bounds(), diagram.boxes().get(i + 1).bounds())).isFalse();
                assertThat(inside(diagram.boxes().get(i).bounds(), all)).isTrue();
            }
        }
    }

    @Test
    void rowsHoldAtMostTheColumnsAndEveryNameFitsItsBoxWhole() {
        SiteModel model = model();
        Diagram diagram = new AutoLayout(2, 156).layout(model, model.views().get(0));

        assertThat(diagram.boxes().get(0).children()).extracting(b -> b.bounds().y()).containsExactly(
                diagram.boxes().get(0).children().get(0).bounds().y(), diagram.boxes().get(0).children().get(0).bounds().y(),
                diagram.boxes().get(0).children().get(2).bounds().y(), diagram.boxes().get(0).children().get(2).bounds().y());
        assertThat(elements(diagram)).allSatisfy(box -> {
            BoxLabel label = BoxLabel.fit(box.label(), box.bounds().width(),
                    box.bounds().height() - AutoLayout.iconRow(box.type()));
            assertThat(label.shortened()).as(box.label()).isFalse();
            assertThat(label.fontSize()).as(box.label()).isEqualTo(AutoLayout.FONT_SIZE);
        });
    }

    @Test
    void everyRelationBetweenDrawnElementsIsOneLine() {
        SiteModel model = model();
        Diagram diagram = new AutoLayout(5, 168).layout(model, model.views().get(0));

        assertThat(diagram.lines()).hasSize(model.relations().size()).doesNotHaveDuplicates();
        assertThat(diagram.lines()).contains(
                new Diagram.Line("element:OETI01", "element:O7", RelationType.REALIZATION),
                new Diagram.Line("element:OETI03", "element:O2", RelationType.INFLUENCE),
                new Diagram.Line("element:Gestión de Trámites Ciudadanos", "element:OETI03", RelationType.SERVING));
        List<String> ids = elements(diagram).stream().map(Box::id).toList();
        assertThat(diagram.lines()).allSatisfy(line -> assertThat(ids).contains(line.sourceBoxId(), line.targetBoxId()));
    }

    @Test
    void lowerGroupsAreOrderedUnderWhatTheyRelateTo() {
        SiteModel model = model();
        Diagram diagram = new AutoLayout(5, 168).layout(model, model.views().get(0));

        // OETI02 realises O1 and O2, the leftmost goals; OETI03 and OETI01 point at O2 and O7, further right.
        assertThat(diagram.boxes().get(1).children()).extracting(b -> b.elementKey().orElseThrow())
                .containsExactly("OETI02", "OETI03", "OETI01");
    }

    @Test
    void aViewWithoutGroupsIsAGridOfItsElements() {
        Diagnostics diagnostics = new Diagnostics();
        SiteModel model = Fixtures.model(diagnostics, Map.of(), List.of(Fixtures.document("v.md",
                "## V\n\n### A1: Uno\nTexto.\n### A2: Dos\nTexto.\n### A3: Tres\nTexto.\n", diagnostics)), List.of());
        Diagram diagram = new AutoLayout(2, 120).layout(model, model.views().get(0));

        assertThat(diagram.boxes()).hasSize(3).allSatisfy(box -> assertThat(box.elementKey()).isPresent());
        assertThat(diagram.lines()).isEmpty();
        assertThat(diagram.height()).isPositive();
    }

    private static List<Box> elements(Diagram diagram) {
        List<Box> found = new ArrayList<>();
        collect(diagram.boxes(), found);
        return found;
    }

    private static void collect(List<Box> boxes, List<Box> found) {
        for (Box box : boxes) {
            if (box.elementKey().isPresent()) {
                found.add(box);
            }
            collect(box.children(), found);
        }
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.x() + inner.width() <= outer.x() + outer.width()
                && inner.y() + inner.height() <= outer.y() + outer.height();
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }
}
