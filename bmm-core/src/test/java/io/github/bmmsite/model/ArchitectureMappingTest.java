package io.github.bmmsite.model;

import io.github.bmmsite.Fixtures;
import io.github.bmmsite.LinearTime;
import io.github.bmmsite.archimate.ArchimateModel;
import io.github.bmmsite.archimate.ArchimateReader;
import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.notation.Diagram;
import io.github.bmmsite.notation.ElementType;
import io.github.bmmsite.source.Placeholders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents matched to the views and elements of an architecture model. */
class ArchitectureMappingTest {

    private static final String DOCUMENT = """
            ## Servicio al ciudadano

            ![Vista](images/v.png){#fig:id-view}

            ### Canales

            ### OT1. Atender  al CIUDADANO
            Texto del objetivo.
            ### ciudadania
            Quienes hacen trámites.
            ### $SISTEMA
            El sistema.
            ### Sin modelo
            Nadie lo dibujó.
            """;

    private static ArchimateModel model(String fixture, Diagnostics diagnostics) {
        try {
            Path path = Path.of(ArchitectureMappingTest.class.getResource("/archimate/" + fixture).toURI());
            return ArchimateReader.read(path, Path::getFileName, diagnostics).orElseThrow();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Assembled(SiteModel site, Diagnostics diagnostics) {
        List<String> relations() {
            return site.relations().stream().map(r -> r.sourceKey() + " " + r.type().id() + " " + r.targetKey()).toList();
        }

        List<String> problems() {
            return diagnostics.all().stream().map(Diagnostic::format).toList();
        }
    }

    private static Assembled assemble(String markdown, ArchimateModel architecture, Diagnostics diagnostics) {
        return assemble(markdown, architecture, diagnostics, ArchitectureOptions.DEFAULT);
    }

    private static Assembled assemble(String markdown, ArchimateModel architecture, Diagnostics diagnostics,
                                      ArchitectureOptions options) {
        Map<String, String> variables = Map.of("SISTEMA", "Sistema de Trámites");
        ModelAssembler assembler = new ModelAssembler(diagnostics, new Placeholders(variables));
        SiteModel site = assembler.assemble(List.of(Fixtures.document("servicio.md", markdown, diagnostics)), List.of(),
                Optional.of(architecture), options);
        return new Assembled(site, diagnostics);
    }

    @Test
    void headingsMatchByCodeOrByNameWhateverTheAccentsCaseSpacingOrPlaceholders() {
        Diagnostics diagnostics = new Diagnostics();
        Assembled result = assemble(DOCUMENT, model("valid.archimate", diagnostics), diagnostics);

        assertThat(result.site().element("OT1").orElseThrow().type()).map(ElementType::name).contains("Goal");
        assertThat(result.site().element("OT1").orElseThrow().name()).as("the model's spelling")
                .isEqualTo("Atender al ciudadano");
        assertThat(result.site().element("Ciudadanía").orElseThrow().type()).map(ElementType::name).contains("BusinessActor");
        assertThat(result.site().element("Sistema de Trámites").orElseThrow().type()).map(ElementType::name)
                .contains("ApplicationComponent");
        // the composition from the grouping to its member is the group, not a relation
        assertThat(result.relations()).containsExactly("Sistema de Trámites realization Radicación de solicitudes",
                "Radicación de solicitudes influence OT1", "Radicación de solicitudes serving Ciudadanía");
        assertThat(result.problems()).containsExactly(
                "servicio.md:7: note [BMM089] 'OT1: Atender  al CIUDADANO' is written 'OT1: Atender al ciudadano' in the"
                        + " architecture model (valid.archimate:4); its page uses the model's spelling",
                "servicio.md:9: note [BMM089] 'ciudadania' is written 'Ciudadanía' in the architecture model"
                        + " (valid.archimate:10); its page uses the model's spelling",
                "servicio.md:13: note [BMM096] 'Sin modelo' names no element of the architecture model and has no code,"
                        + " so it is shown as a section of '$SISTEMA'");
    }

    @Test
    void aHeadingThatNamesNoElementIsASectionOfTheElementAbove() {
        Diagnostics diagnostics = new Diagnostics();
        Assembled result = assemble(DOCUMENT, model("valid.archimate", diagnostics), diagnostics);

        Element system = result.site().element("Sistema de Trámites").orElseThrow();
        assertThat(io.github.bmmsite.parse.PandocNodes.plainText(system.description().blocks()))
                .isEqualTo("El sistema. Sin modelo Nadie lo dibujó.");
        assertThat(result.site().elements()).extracting(Element::name).doesNotContain("Sin modelo");
    }

    @Test
    void theViewsElementsThatTheDocumentSkipsGetPagesWithTheModelsText() {
        Diagnostics diagnostics = new Diagnostics();
        Assembled result = assemble(DOCUMENT, model("valid-exchange.xml", diagnostics), diagnostics);

        Element service = result.site().element("Radicación de solicitudes").orElseThrow();
        assertThat(service.described()).isFalse();
        assertThat(service.text()).isEqualTo(Element.Text.MODEL);
        assertThat(io.github.bmmsite.parse.PandocNodes.plainText(service.description().blocks()))
                .isEqualTo("Recibe las solicitudes por todos los canales.");
        assertThat(service.location().toString()).isEqualTo("valid-exchange.xml:21");
        assertThat(result.site().views().get(0).elementKeys())
                .containsExactly("OT1", "Ciudadanía", "Sistema de Trámites", "Radicación de solicitudes");
        assertThat(result.site().element("OT1").orElseThrow().described()).isTrue();
    }

    @Test
    void theModelsDocumentationIsMarkdown(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("m.archimate"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <archimate:model xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:archimate="http://www.archimatetool.com/archimate" name="M" id="id-m">
                  <folder name="Application" id="id-f" type="application">
                    <element xsi:type="archimate:ApplicationComponent" name="Portal" id="id-a">
                      <documentation>Sitio **oficial**:
                - trámites
                - pagos

                | Dato | Valor |
                |---|---|
                | Estado | Productivo |
                </documentation>
                    </element>
                  </folder>
                  <folder name="Views" id="id-fv" type="diagrams">
                    <element xsi:type="archimate:ArchimateDiagramModel" name="Vista" id="id-v">
                      <child xsi:type="archimate:DiagramModelArchimateObject" id="id-n1" archimateElement="id-a"><bounds x="0" y="0"/></child>
                    </element>
                  </folder>
                </archimate:model>
                """);
        Diagnostics diagnostics = new Diagnostics();
        ArchimateModel architecture = ArchimateReader.read(folder.resolve("m.archimate"), Path::getFileName, diagnostics)
                .orElseThrow();
        Assembled result = assemble("## Vista\n\n![V](v.png){#fig:id-v}\n", architecture, diagnostics);

        Element portal = result.site().element("Portal").orElseThrow();
        assertThat(portal.description().blocks()).extracting(block -> block.getClass().getSimpleName())
                .containsExactly("Paragraph", "BulletList", "TableBlock");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void groupsAreTheGroupingsTheViewDrawsTheElementsIn() {
        Diagnostics diagnostics = new Diagnostics();
        Assembled result = assemble(DOCUMENT, model("collaboration", diagnostics), diagnostics);

        // under the heading "Canales" in the document, but drawn outside the grouping: no group
        assertThat(result.site().element("OT1").orElseThrow().group()).isEmpty();
        assertThat(result.site().element("Radicación de solicitudes").orElseThrow().group()).contains("Canales");
        assertThat(result.site().group("Canales").orElseThrow().memberKeys())
                .containsExactly("Radicación de solicitudes");
    }

    @Test
    void theViewIsADiagramWhoseBoxesLinkToTheElementsPages() {
        Diagnostics diagnostics = new Diagnostics();
        ArchimateModel architecture = model("valid.archimate", diagnostics);
        Assembled result = assemble(DOCUMENT, architecture, diagnostics);

        Diagram diagram = result.site().diagram(result.site().views().get(0).slug()).orElseThrow();
        assertThat(diagram.boxes()).extracting(b -> b.elementKey().orElse("-")).containsExactly(
                "-", "Ciudadanía", "OT1", "Sistema de Trámites", "-");
        assertThat(diagram.boxes().get(0).children()).extracting(b -> b.elementKey().orElseThrow())
                .containsExactly("Radicación de solicitudes");
    }

    @Test
    void relationshipsThroughJunctionsRelateTheElementsOnEitherSide() {
        Diagnostics diagnostics = new Diagnostics();
        Assembled result = assemble("## Notación\n\n![Vista](images/v.png){#fig:id-view}\n",
                model("notation/notation.archimate", diagnostics), diagnostics);

        // Radicar flows into an "or" junction and on to Responder; Responder triggers Radicar through an "and" one.
        assertThat(result.relations()).contains("Radicar flow Responder", "Responder triggering Radicar");
        assertThat(result.site().elements()).extracting(Element::name)
                .containsExactlyInAnyOrder("Sistema de gestión documental de la entidad", "Clasificar", "Archivar",
                        "Radicar", "Responder");
    }

    @Test
    void aDocumentWhoseFigureIsNoViewOfTheModelGetsOnlyWhatItsNamesMatch() {
        Diagnostics diagnostics = new Diagnostics();
        String other = DOCUMENT.replace("#fig:id-view", "#fig:id-otra");
        Assembled result = assemble(other, model("valid.archimate", diagnostics), diagnostics,
                new ArchitectureOptions(ArchitectureOptions.Views.DOCUMENTED, Set.of()));

        assertThat(result.relations()).isEmpty();
        assertThat(result.site().elements()).extracting(Element::key)
                .containsExactly("OT1", "Ciudadanía", "Sistema de Trámites");
        assertThat(result.site().element("OT1").orElseThrow().type()).map(ElementType::name).contains("Goal");
        assertThat(result.site().element("OT1").orElseThrow().group()).as("no view of the model draws it: the heading's")
                .contains("Canales");
        assertThat(result.problems()).filteredOn(p -> !p.contains(": note ")).singleElement().asString().startsWith(
                "servicio.md:3: warning [BMM079] the figure id 'id-otra' is the id of no view of the architecture model");
    }

    @Test
    void aViewWithoutFigureIsMatchedByItsNamesAlone() {
        Diagnostics diagnostics = new Diagnostics();
        Assembled result = assemble("## Sin figura\n\n### OT1: Atender al ciudadano\nTexto.\n",
                model("valid.archimate", diagnostics), diagnostics);

        assertThat(result.site().element("OT1").orElseThrow().type()).map(ElementType::name).contains("Goal");
        assertThat(result.problems()).singleElement().asString().startsWith(
                "servicio.md:1: warning [BMM079] the view 'Sin figura' has no figure {#fig:id-…}");
    }

    @Test
    void aHeadingThatMatchesTwoElementsOfTheViewIsReported(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("dos.archimate"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <archimate:model xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:archimate="http://www.archimatetool.com/archimate" name="Dos" id="id-m">
                  <folder name="Business" id="id-f" type="business">
                    <element xsi:type="archimate:BusinessProcess" name="Gestión" id="id-a"/>
                    <element xsi:type="archimate:BusinessFunction" name="gestion" id="id-b"/>
                  </folder>
                  <folder name="Views" id="id-fv" type="diagrams">
                    <element xsi:type="archimate:ArchimateDiagramModel" name="Vista" id="id-v">
                      <child xsi:type="archimate:DiagramModelArchimateObject" id="id-n1" archimateElement="id-a"><bounds x="0" y="0"/></child>
                      <child xsi:type="archimate:DiagramModelArchimateObject" id="id-n2" archimateElement="id-b"><bounds x="200" y="0"/></child>
                    </element>
                  </folder>
                </archimate:model>
                """);
        Diagnostics diagnostics = new Diagnostics();
        ArchimateModel architecture = ArchimateReader.read(folder.resolve("dos.archimate"), Path::getFileName, diagnostics)
                .orElseThrow();
        Assembled result = assemble("## Vista\n\n![V](v.png){#fig:id-v}\n\n### Gestión\nTexto.\n", architecture, diagnostics);

        assertThat(result.problems()).containsExactly(
                "servicio.md:5: warning [BMM081] 'Gestión' matches 2 elements of the view 'Vista' ([dos.archimate:4,"
                        + " dos.archimate:5]); give them distinct codes or names");
        // the heading is none of them; each drawn element has its own page, told apart by its type
        assertThat(result.site().elements()).extracting(Element::slug)
                .containsExactly("gestion", "gestion-proceso-de-negocio", "gestion-funcion-de-negocio");
    }

    @Test
    void placeholdersInTheModelsNamesAreFilledBeforeMatching(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("m.archimate"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <archimate:model xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:archimate="http://www.archimatetool.com/archimate" name="M" id="id-m">
                  <folder name="Application" id="id-f" type="application">
                    <element xsi:type="archimate:ApplicationComponent" name="$SISTEMA" id="id-a"/>
                    <element xsi:type="archimate:ApplicationService" name="Consulta en $PORTAL" id="id-b"/>
                  </folder>
                  <folder name="Views" id="id-fv" type="diagrams">
                    <element xsi:type="archimate:ArchimateDiagramModel" name="Vista" id="id-v">
                      <child xsi:type="archimate:DiagramModelArchimateObject" id="id-n1" archimateElement="id-a"><bounds x="0" y="0"/></child>
                      <child xsi:type="archimate:DiagramModelArchimateObject" id="id-n2" archimateElement="id-b"><bounds x="200" y="0"/></child>
                    </element>
                  </folder>
                </archimate:model>
                """);
        Diagnostics diagnostics = new Diagnostics();
        ArchimateModel architecture = ArchimateReader.read(folder.resolve("m.archimate"), Path::getFileName, diagnostics)
                .orElseThrow();
        Assembled result = assemble("## Vista\n\n![V](v.png){#fig:id-v}\n\n### Sistema de tramites\nTexto.\n",
                architecture, diagnostics);

        assertThat(result.site().element("Sistema de Trámites").orElseThrow().type()).map(ElementType::name)
                .contains("ApplicationComponent");
        assertThat(result.site().element("Consulta en $PORTAL").orElseThrow().described()).isFalse();
        assertThat(result.problems()).containsExactly("m.archimate:5: warning [BMM020] the placeholder $PORTAL has no"
                + " value; set it in the plugin's <variables>", "servicio.md:5: note [BMM089] 'Sistema de tramites' is"
                + " written 'Sistema de Trámites' in the architecture model (m.archimate:4); its page uses the model's"
                + " spelling");
    }

    @Test
    void namesAreComparedWithoutAccentsCaseOrRunsOfSpaces() {
        assertThat(NameKey.normal("  Gestión   de\u00A0Trámites ")).isEqualTo("gestion de tramites");
        assertThat(NameKey.normal("ÑANDÚ")).isEqualTo("nandu");
    }

    @Test
    void aTwentyMegabyteModelNameIsWorkedOutOnce(@TempDir Path folder) throws IOException, URISyntaxException {
        // Letters and digits: telling a code from the name went back over the name once per digit.
        String name = "A1".repeat(10_000_000);
        Path fixture = Path.of(ArchitectureMappingTest.class.getResource("/archimate/valid.archimate").toURI());
        Files.writeString(folder.resolve("m.archimate"),
                Files.readString(fixture).replace("\"Ciudadanía\"", '"' + name + '"'));
        Diagnostics diagnostics = new Diagnostics();
        ArchimateModel architecture = ArchimateReader.read(folder.resolve("m.archimate"), Path::getFileName, diagnostics)
                .orElseThrow();
        // Every element heading that matches nothing on its view was compared with every name of the model.
        String headings = "### SM%d: Sin modelo\nTexto.\n".repeat(200)
                .formatted(IntStream.range(0, 200).boxed().toArray());

        Assembled result = LinearTime.of(() -> assemble("## Servicio al ciudadano\n\n![V](v.png){#fig:id-view}\n\n"
                + headings, architecture, diagnostics));

        assertThat(result.site().element(name)).map(Element::described).contains(false);
        assertThat(result.problems()).filteredOn(p -> p.contains("[BMM080]")).hasSize(200);
    }
}
