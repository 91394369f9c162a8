package io.github.bmmsite.archimate;

import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.notation.Diagram;
import io.github.bmmsite.notation.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The three storage formats read into the same model; broken files are diagnostics with file and line. */
class ArchimateReaderTest {

    static Path fixture(String name) {
        try {
            return Path.of(ArchimateReaderTest.class.getResource("/archimate/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Diagnostics name files by their file name, so that assertions do not depend on the checkout. */
    static Optional<ArchimateModel> read(Path path, Diagnostics diagnostics) {
        Path base = path.getParent();
        return ArchimateReader.read(path, p -> base.relativize(p), diagnostics);
    }

    static List<String> formatted(Diagnostics diagnostics) {
        return diagnostics.all().stream().map(Diagnostic::format).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"valid.archimate", "valid-exchange.xml", "collaboration"})
    void readsElementsRelationshipsAndViewsOfEveryFormat(String name) {
        Diagnostics diagnostics = new Diagnostics();
        ArchimateModel model = read(fixture(name), diagnostics).orElseThrow();

        assertThat(formatted(diagnostics)).isEmpty();
        assertThat(model.name()).isEqualTo("Trámites");
        assertThat(model.elements()).extracting(e -> e.type().name() + " " + e.name()).containsExactlyInAnyOrder(
                "Goal OT1: Atender al ciudadano", "BusinessActor Ciudadanía", "BusinessService Radicación de solicitudes",
                "ApplicationComponent Sistema de Trámites", "Grouping Canales");
        ArchimateElement goal = model.element("id-goal").orElseThrow();
        assertThat(goal.documentation()).isEqualTo("Atender cada trámite en menos de diez días.");
        assertThat(goal.properties()).isEqualTo(Map.of("responsable", "Dirección de Servicio"));
        assertThat(goal.type().label()).isEqualTo("Objetivo");
        assertThat(model.element("id-grouping").orElseThrow().isGrouping()).isTrue();

        assertThat(model.relationships()).extracting(r -> r.sourceId() + " " + r.type().id() + " " + r.targetId())
                .containsExactlyInAnyOrder("id-service serving id-actor", "id-app realization id-service",
                        "id-service influence id-goal", "id-grouping composition id-service");
        assertThat(model.relationship("id-r-influence").orElseThrow().documentation()).isEqualTo("Más canales, menos tiempo.");
        assertThat(model.relationship("id-r-realization").orElseThrow().name()).isEqualTo("realiza");

        ArchimateView view = model.view("id-view").orElseThrow();
        assertThat(view.name()).isEqualTo("Servicio al ciudadano");
        assertThat(view.documentation()).isEqualTo("Cómo se atiende a la ciudadanía.");
        assertThat(view.nodes()).extracting(ViewNode::id)
                .containsExactly("id-n-grouping", "id-n-actor", "id-n-goal", "id-n-app", "id-n-note");
        ViewNode grouping = view.nodes().get(0);
        assertThat(grouping.bounds()).isEqualTo(new Diagram.Bounds(100, 50, 300, 200));
        assertThat(grouping.children()).singleElement().satisfies(service -> {
            assertThat(service.elementId()).contains("id-service");
            // Archi writes nested bounds relative to the parent and -1 for the default size
            assertThat(service.bounds()).isEqualTo(new Diagram.Bounds(120, 90, 120, 55));
        });
        assertThat(view.nodes().get(2).bounds()).isEqualTo(new Diagram.Bounds(500, 300, 120, 55));
        assertThat(view.nodes().get(4).elementId()).isEmpty();
        assertThat(view.nodes().get(4).figure()).isEqualTo(ViewNode.Figure.NOTE);
        assertThat(view.nodes().get(4).label()).isEqualTo("Borrador para revisión");
        assertThat(view.connections()).extracting(c -> c.sourceNodeId() + ">" + c.targetNodeId())
                .containsExactlyInAnyOrder("id-n-grouping>id-n-service", "id-n-service>id-n-actor",
                        "id-n-service>id-n-goal", "id-n-app>id-n-service");
    }

    @ParameterizedTest
    @ValueSource(strings = {"valid.archimate", "valid-exchange.xml", "collaboration"})
    void aViewIsADiagramWithAbsoluteNestedBoxesBentNamedLinesAndTheNestingOnesApart(String name) {
        ArchimateModel model = read(fixture(name), new Diagnostics()).orElseThrow();
        Diagram diagram = model.diagram("id-view", id -> id.equals("id-app") ? Optional.empty() : Optional.of("K-" + id))
                .orElseThrow();

        assertThat(diagram.width()).isEqualTo(885);
        assertThat(diagram.height()).isEqualTo(360);
        Diagram.Box grouping = diagram.boxes().get(0);
        assertThat(grouping.elementKey()).isEmpty();
        assertThat(grouping.label()).isEqualTo("Canales");
        assertThat(grouping.type().orElseThrow().name()).isEqualTo("Grouping");
        assertThat(grouping.children()).singleElement().satisfies(service -> {
            assertThat(service.elementKey()).contains("K-id-service");
            assertThat(service.label()).isEqualTo("Radicación de solicitudes");
            assertThat(service.bounds()).isEqualTo(new Diagram.Bounds(120, 90, 120, 55));
        });
        assertThat(grouping.kind()).isEqualTo(Diagram.Kind.GROUPING);
        assertThat(diagram.boxes().get(3).elementKey()).isEmpty();
        assertThat(diagram.boxes().get(3).kind()).isEqualTo(Diagram.Kind.ELEMENT);
        assertThat(diagram.boxes().get(4).label()).isEqualTo("Borrador para revisión");
        assertThat(diagram.boxes().get(4).kind()).isEqualTo(Diagram.Kind.NOTE);
        // Archi's bendpoint offsets from the two centres disagree by a unit; their blend is the point.
        assertThat(diagram.lines()).containsExactlyInAnyOrder(
                new Diagram.Line("id-n-service", "id-n-actor", RelationType.SERVING, "",
                        List.of(new Diagram.Point(360, 40))),
                new Diagram.Line("id-n-service", "id-n-goal", RelationType.INFLUENCE),
                new Diagram.Line("id-n-app", "id-n-service", RelationType.REALIZATION, "realiza", List.of()));
        // The grouping's composition of the service it holds is shown by nesting, as Archi shows it.
        assertThat(diagram.nested()).containsExactly(
                new Diagram.Line("id-n-grouping", "id-n-service", RelationType.COMPOSITION));
        assertThat(model.diagram("id-nowhere", id -> Optional.empty())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tree.archimate", "tree-exchange.xml", "tree-collaboration"})
    void readsTheFoldersOfViewsAndThePropertiesOfViewsAndRelationshipsOfEveryFormat(String name) {
        Diagnostics diagnostics = new Diagnostics();
        ArchimateModel model = read(fixture(name), diagnostics).orElseThrow();

        assertThat(formatted(diagnostics)).isEmpty();
        ArchimateView root = model.view("id-v-root").orElseThrow();
        assertThat(root.folders()).as("a view right in the top folder of views").isEmpty();
        assertThat(root.properties()).isEqualTo(Map.of("titulo", "Vista principal"));
        ArchimateView deep = model.view("id-v-deep").orElseThrow();
        assertThat(deep.folders()).containsExactly("Estrategia", "Motivación");
        assertThat(deep.properties().keySet()).as("in file order").containsExactly("b", "a");
        ArchimateRelationship relationship = model.relationship("id-r").orElseThrow();
        assertThat(relationship.name()).isEqualTo("soporta");
        assertThat(relationship.documentation()).isEqualTo("Acordado en el comité.");
        assertThat(relationship.properties()).isEqualTo(Map.of("vigencia", "2025"));
    }

    @Test
    void readsTheSeedsModelSlice() {
        Path slice = Path.of("..", "content", "src", "model").toAbsolutePath().normalize();
        Diagnostics diagnostics = new Diagnostics();
        ArchimateModel model = ArchimateReader.read(slice, p -> p, diagnostics).orElseThrow();

        assertThat(formatted(diagnostics)).isEmpty();
        assertThat(model.name()).isEqualTo("SG");
        ArchimateView view = model.view("id-257a9a842fe0459c88cf09c4ebd37805").orElseThrow();
        assertThat(view.allNodes().filter(n -> n.elementId().isPresent())).hasSize(29);
        assertThat(view.connections()).hasSize(36);
        assertThat(model.relationships()).hasSize(36);
        assertThat(view.folders()).containsExactly("06.Dominios");
        assertThat(view.properties()).containsEntry("titulo", "Objetivos Estratégicos SG-OTIC");
        // a grouping written without y sits at the top; its children are placed relative to it
        ViewNode objetivosSg = view.nodes().get(0);
        assertThat(objetivosSg.bounds()).isEqualTo(new Diagram.Bounds(347, 0, 276, 780));
        assertThat(objetivosSg.children().get(0).bounds()).isEqualTo(new Diagram.Bounds(371, 552, 200, 64));
    }

    @Test
    void malformedXmlIsAnErrorWithItsLine() {
        Diagnostics diagnostics = new Diagnostics();
        assertThat(read(fixture("broken/malformed.archimate"), diagnostics)).isEmpty();
        assertThat(formatted(diagnostics)).singleElement().asString()
                .startsWith("malformed.archimate:5: error [BMM071] the model file is not well-formed XML:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"broken/xxe.archimate", "broken/billion-laughs.xml"})
    void aDtdIsRefusedSoEntitiesAreNeitherReadNorExpanded(String name) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        assertThat(read(fixture(name), diagnostics)).isEmpty();
        assertThat(formatted(diagnostics)).singleElement().asString().contains(": error [BMM072] ", "DTD");
        String hostname = Files.exists(Path.of("/etc/hostname")) ? Files.readString(Path.of("/etc/hostname")).strip() : "";
        if (!hostname.isEmpty()) {
            assertThat(formatted(diagnostics).get(0)).doesNotContain(hostname);
        }
    }

    @Test
    void aFactoryWithoutTheGuardWouldHaveExpandedTheEntities() throws Exception {
        // proves the fixture is a real attack: the JDK's defaults expand it
        javax.xml.stream.XMLInputFactory lax = javax.xml.stream.XMLInputFactory.newDefaultFactory();
        try (var in = Files.newInputStream(fixture("broken/billion-laughs.xml"))) {
            var reader = lax.createXMLStreamReader(in);
            boolean expanded = false;
            try {
                while (reader.hasNext()) {
                    if (reader.next() == javax.xml.stream.XMLStreamConstants.CHARACTERS && reader.getText().contains("lollol")) {
                        expanded = true;
                        break;
                    }
                }
            } catch (javax.xml.stream.XMLStreamException limit) {
                // the JDK's entity expansion limit stopped it: expansion was attempted
                expanded = limit.getMessage().contains("entity");
            }
            assertThat(expanded).isTrue();
        }
    }

    @Test
    void aFileThatIsNotAModelIsSaidSo() {
        Diagnostics diagnostics = new Diagnostics();
        assertThat(read(fixture("broken/not-a-model.xml"), diagnostics)).isEmpty();
        assertThat(formatted(diagnostics)).singleElement().asString()
                .startsWith("not-a-model.xml:1: error [BMM073] this is not an ArchiMate model: its root element is <project>");
    }

    @Test
    void missingIdsDuplicateIdsUnknownTypesAndDanglingReferencesInTheArchiFile() {
        Diagnostics diagnostics = new Diagnostics();
        ArchimateModel model = read(fixture("broken/references.archimate"), diagnostics).orElseThrow();

        assertThat(model.elements()).extracting(ArchimateElement::name).containsExactly("O1: Con id");
        assertThat(model.relationships()).isEmpty();
        assertThat(model.view("id-view").orElseThrow().nodes()).extracting(ViewNode::id).containsExactly("id-n2");
        assertThat(formatted(diagnostics)).containsExactly(
                "references.archimate:5: error [BMM074] this element 'O2: Sin id' has no id; every object of an ArchiMate model needs one (re-save the model in Archi)",
                "references.archimate:6: error [BMM075] the id 'id-goal' is already used at references.archimate:4; ids must be unique in a model",
                "references.archimate:7: warning [BMM077] 'Gizmo' is not an ArchiMate element type; the element 'Artilugio' is left out",
                "references.archimate:10: error [BMM076] the target 'id-nowhere' is not in the model; the reference is left out (was the object deleted outside Archi?)",
                "references.archimate:11: warning [BMM077] 'TeleportRelationship' is not an ArchiMate relationship type; the relationship is left out",
                "references.archimate:15: error [BMM076] the element 'id-missing' is not in the model; the reference is left out (was the object deleted outside Archi?)",
                "references.archimate:16: error [BMM078] 'x' must be a whole number, not 'diez'; 0 is used",
                "references.archimate:20: error [BMM076] the target box 'id-n9' is not in the model; the reference is left out (was the object deleted outside Archi?)");
    }

    @Test
    void missingIdsUnknownTypesAndDanglingReferencesInTheExchangeFormat() {
        Diagnostics diagnostics = new Diagnostics();
        ArchimateModel model = read(fixture("broken/references-exchange.xml"), diagnostics).orElseThrow();

        assertThat(model.elements()).extracting(ArchimateElement::name).containsExactly("O1: Con id");
        assertThat(formatted(diagnostics)).extracting(d -> d.substring(0, d.indexOf(']') + 1)).containsExactly(
                "references-exchange.xml:6: error [BMM074]",
                "references-exchange.xml:7: warning [BMM077]",
                "references-exchange.xml:10: error [BMM076]",
                "references-exchange.xml:11: warning [BMM077]",
                "references-exchange.xml:17: error [BMM076]",
                "references-exchange.xml:19: error [BMM076]");
    }

    @Test
    void aBrokenCollaborationFolderReportsEachFileAndKeepsTheRest() {
        Diagnostics diagnostics = new Diagnostics();
        Path folder = fixture("broken/collaboration");
        ArchimateModel model = ArchimateReader.read(folder, folder::relativize, diagnostics).orElseThrow();

        assertThat(model.elements()).extracting(ArchimateElement::name).containsExactly("O1: Bien");
        assertThat(formatted(diagnostics)).extracting(d -> d.substring(0, d.indexOf(']') + 1)).containsExactly(
                "model/motivation/Goal_roto.xml:5: error [BMM071]",
                "model/motivation/Goal_sin-id.xml:1: error [BMM074]",
                "model/relations/InfluenceRelationship_id-r1.xml:1: error [BMM076]",
                "model/relations/Notes.xml:1: error [BMM073]");
    }

    @Test
    void elementsNestedTenThousandLevelsDeepAreReportedWhereTheyGoTooDeep(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("m.archimate"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<archimate:model xmlns:archimate=\"http://www.archimatetool.com/archimate\" name=\"M\" id=\"id-m\">\n"
                + "<folder name=\"f\" type=\"business\">\n".repeat(10_000) + "</folder>".repeat(10_000)
                + "\n</archimate:model>\n");
        Diagnostics diagnostics = new Diagnostics();

        assertThat(read(file, diagnostics)).isEmpty();
        // The model element and 99 folders are read; the 100th folder is one level too many.
        assertThat(formatted(diagnostics)).containsExactly("m.archimate:102: error [BMM008] XML elements are nested"
                + " more than 100 levels deep here; Archi never writes that many, so the model file is not read");
    }

    @Test
    void aCollaborationFolderIsRecognisedByTheStartOfItsFolderFileWhateverItsSize(@TempDir Path folder)
            throws IOException {
        Path model = Files.createDirectories(folder.resolve("model"));
        Path root = Files.writeString(model.resolve("folder.xml"), "<archimate:ArchimateModel xmlns:archimate="
                + "\"http://www.archimatetool.com/archimate\" name=\"M\" id=\"id-m\"/>\n");
        // Three gigabytes, sparse: more than one array can hold, and more than the heap of small machines.
        try (RandomAccessFile file = new RandomAccessFile(root.toFile(), "rw")) {
            file.setLength(3L << 30);
        }
        Diagnostics diagnostics = new Diagnostics();

        assertThat(read(folder, diagnostics)).isPresent();
        assertThat(formatted(diagnostics)).singleElement().asString().contains("model/folder.xml:2: error [BMM071]");
    }

    @Test
    void aRelationshipToARelationshipIsLeftOutWithAWarningAndArchimateTwoNamesAreRead(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("m.archimate"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <archimate:model xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:archimate="http://www.archimatetool.com/archimate" name="M" id="id-m">
                  <folder name="Business" id="id-f" type="business">
                    <element xsi:type="archimate:BusinessActor" name="A" id="id-a"/>
                    <element xsi:type="archimate:BusinessRole" name="B" id="id-b"/>
                    <element xsi:type="archimate:AssignmentRelationship" id="id-r1" source="id-a" target="id-b"/>
                    <element xsi:type="archimate:AssociationRelationship" id="id-r2" source="id-a" target="id-r1"/>
                    <element xsi:type="archimate:UsedByRelationship" id="id-r3" source="id-b" target="id-a"/>
                  </folder>
                </archimate:model>
                """);
        Diagnostics diagnostics = new Diagnostics();
        ArchimateModel model = read(file, diagnostics).orElseThrow();

        assertThat(model.relationships()).extracting(r -> r.id() + " " + r.type().id())
                .containsExactly("id-r1 assignment", "id-r3 serving");
        assertThat(formatted(diagnostics)).containsExactly("m.archimate:7: warning [BMM077] the site does not show"
                + " relationships that connect to another relationship; this AssociationRelationship is left out");
    }

    @Test
    void aFolderMustHoldExactlyOneModel(@TempDir Path folder) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        assertThat(ArchimateReader.read(folder, p -> Path.of("modelo"), diagnostics)).isEmpty();
        Files.copy(fixture("valid.archimate"), folder.resolve("a.archimate"));
        assertThat(ArchimateReader.read(folder, p -> Path.of("modelo"), diagnostics)).isPresent();
        Files.copy(fixture("valid-exchange.xml"), folder.resolve("b.xml"));
        assertThat(ArchimateReader.read(folder, p -> Path.of("modelo"), diagnostics)).isEmpty();
        assertThat(ArchimateReader.read(folder.resolve("none.archimate"), p -> Path.of("nada"), diagnostics)).isEmpty();
        assertThat(formatted(diagnostics)).containsExactly(
                "modelo: error [BMM070] this folder holds 2 model files ([a.archimate, b.xml]); point bmm.model at one of them",
                "modelo: error [BMM070] this folder holds no model: no collaboration layout (model/folder.xml), no .archimate and no exchange .xml file",
                "nada: error [BMM070] bmm.model names neither a file nor a folder; point it at the model (.archimate, exchange .xml, or the collaboration folder)");
    }
}
