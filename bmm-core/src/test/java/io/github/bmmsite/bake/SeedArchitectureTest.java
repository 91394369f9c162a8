package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed baked with its architecture model (content/src/model): relations and types come from
 * the model, the view's processes that the export skipped get pages, and the hand-written model
 * file that the seed used before agrees with the model.
 */
class SeedArchitectureTest {

    /** The 16 relations between elements the document describes, as the hand-written model file had them. */
    static final List<String> DESCRIBED = List.of(
            "OETI01 realization O7", "OETI02 realization O5", "OETI02 realization O6",
            "Capacidad de Transformación Digital realization OETI01",
            "Capacidad de Transformación Digital realization OETI02",
            "Procesos de apoyo a la gestión realization O10", "Gestión de Trámites Ciudadanos realization O10",
            "Gestión de Información Interna realization O10", "Toma de decisiones realization O7",
            "OETI03 influence O2", "OETI03 influence O7",
            "Tecnología como Habilitador Transversal (PETI OTIC) influence O2",
            "Tecnología como Habilitador Transversal (PETI OTIC) influence O5",
            "Tecnología como Habilitador Transversal (PETI OTIC) influence O7",
            "Alineación con Plan Distrital de Desarrollo influence O3",
            "Alineación con Plan Distrital de Desarrollo influence O8");

    /** The view's seven processes without documentation, which the export leaves out of the document. */
    static final List<String> UNDESCRIBED = List.of("Fortalecimiento de la Gestión Pública", "Gestión de Contratación",
            "Gestión del Conocimiento", "Gestión del Talento Humano", "Gestión de Recursos Físicos",
            "Gestión de Servicios Administrativos y Tecnológicos", "Gestión Financiera");

    @TempDir
    static Path work;

    static Path site;
    static BakeResult result;

    @BeforeAll
    static void bake() throws Exception {
        site = work.resolve("site");
        result = new Baker(SeedSite.options(work, site)).bake();
    }

    /** {@code source type target} per row of the open data, which lists every relation of the site. */
    static List<String> relations(Path site) throws IOException {
        String json = Files.readString(site.resolve("datos/relaciones.json"));
        Matcher row = Pattern.compile("\\{\"origen\":\"([^\"]*)\",\"relacion\":\"[^\"]*\",\"tipo_archimate\":\"([^\"]*)\","
                + "\"destino\":\"([^\"]*)\"\\}")
                .matcher(json.replaceAll("\\s*([{}:,])\\s*", "$1"));
        List<String> rows = new ArrayList<>();
        while (row.find()) {
            rows.add(row.group(1) + " " + row.group(2) + " " + row.group(3));
        }
        return rows;
    }

    @Test
    void showsExactlyTheSixteenDescribedRelationsAndTheSevenRealizationsOfUndescribedProcesses() throws IOException {
        List<String> expected = new ArrayList<>(DESCRIBED);
        UNDESCRIBED.forEach(process -> expected.add(process + " realization O10"));
        assertThat(relations(site)).containsExactlyInAnyOrderElementsOf(expected).hasSize(23);
    }

    @Test
    void everyElementOfTheViewHasAPageAndTheUndescribedOnesSaySo() throws IOException {
        String page = Files.readString(site.resolve("elementos/gestion-financiera.html"));
        assertThat(page).contains("<h1>Gestión Financiera</h1>", "Proceso de negocio",
                "<em>Sin descripción en el documento.</em>", "<h3 class=\"relation-verb\">Realiza</h3>",
                "href=\"../elementos/o10.html\"", "href=\"../grupos/procesos-y-capacidades.html\"");
        assertThat(Files.readString(site.resolve("elementos/o10.html")))
                .contains("href=\"../elementos/gestion-financiera.html\"", "href=\"../elementos/gestion-de-contratacion.html\"");
        assertThat(Files.readString(site.resolve("elementos/toma-de-decisiones.html")))
                .doesNotContain("Sin descripción en el documento");
        assertThat(Files.readString(site.resolve("grupos/procesos-y-capacidades.html")))
                .contains("Este grupo contiene 12 elementos", "<em>Sin descripción en el documento.</em>");
    }

    @Test
    void typesAndGroupsComeFromTheModel() throws IOException {
        assertThat(Files.readString(site.resolve("elementos/oeti02.html")))
                .contains("Objetivo", "href=\"../grupos/objetivos-otic.html\"");
        // the document lists the principles under its heading "Objetivos OTIC"; the view draws them outside
        assertThat(Files.readString(site.resolve("grupos/objetivos-otic.html"))).contains("Este grupo contiene 3 elementos");
        assertThat(Files.readString(site.resolve("elementos/alineacion-con-plan-distrital-de-desarrollo.html")))
                .contains("Principio", "href=\"../grupos/principios-peti.html\"");
    }

    @Test
    void theModelBringsNoProblemOfItsOwn() {
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactlyInAnyOrder("BMM020", "BMM021");
    }

    /** A copy of the seed's document with another model file, baked with or without the architecture model. */
    private static BakeResult bakeWith(Path project, String modelFile, boolean withArchitecture) throws Exception {
        Path source = Files.createDirectories(project.resolve("src/bmm"));
        String document = "06.BMM.ObjetivosEstrategicosSG-OTIC.md";
        Files.copy(SeedSite.SOURCE.resolve(document), source.resolve(document));
        Files.writeString(source.resolve("seed.model.yaml"), modelFile);
        BakeOptions seed = SeedSite.options(project.resolve("target"), project.resolve("target/site"));
        BakeOptions options = seed.toBuilder().projectDir(project).source(source).templates(null).assets(null)
                .model(withArchitecture ? SeedSite.MODEL : null).build();
        return new Baker(options).bake();
    }

    private static String handWritten() throws IOException {
        return Files.readString(Path.of("src/test/resources/seed/hand-written.model.yaml"));
    }

    @Test
    void withoutTheModelTheHandWrittenFileStillGivesTheSixteenRelations(@TempDir Path project) throws Exception {
        BakeResult alone = bakeWith(project, handWritten(), false);
        assertThat(alone.diagnostics()).extracting(Diagnostic::code).containsExactlyInAnyOrder("BMM020", "BMM021");
        assertThat(relations(project.resolve("target/site"))).containsExactlyInAnyOrderElementsOf(DESCRIBED);
        assertThat(project.resolve("target/site/elementos/gestion-financiera.html")).doesNotExist();
    }

    @Test
    void theHandWrittenFileAgreesWithTheModel(@TempDir Path project) throws Exception {
        BakeResult both = bakeWith(project, handWritten(), true);
        assertThat(both.diagnostics()).extracting(Diagnostic::code).containsExactlyInAnyOrder("BMM020", "BMM021");
        assertThat(relations(project.resolve("target/site"))).hasSize(23);
    }

    @Test
    void aModelFileThatContradictsTheModelIsAnErrorWithItsLine(@TempDir Path project) {
        String contradicting = """
                groups:
                  Objetivos SG: [OETI01]
                types:
                  Principle: [O7]
                relations:
                  influence:
                    OETI01: O7
                  serving:
                    O1: O2
                """;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> bakeWith(project, contradicting, true))
                .isInstanceOfSatisfying(BakeFailedException.class, e -> assertThat(e.diagnostics())
                        .extracting(d -> d.format().replace(SeedSite.MODEL.toString(), "MODEL"))
                        .filteredOn(d -> d.contains("[BMM08")).containsExactly(
                                "src/bmm/seed.model.yaml:2: error [BMM082] 'OETI01' is drawn in the grouping"
                                        + " 'Objetivos OTIC' of the architecture model"
                                        + " (MODEL/motivation/Goal_id-4780038f0aa24faab7ea555021126bee.xml:1),"
                                        + " not in 'Objetivos SG'; fix one of them",
                                "src/bmm/seed.model.yaml:4: error [BMM082] 'O7' is a Goal in the architecture model"
                                        + " (MODEL/motivation/Goal_id-420057a3db3f4cc88b8645ee8a26527a.xml:1),"
                                        + " not a Principle; fix one of them",
                                "src/bmm/seed.model.yaml:7: error [BMM082] the architecture model relates 'OETI01' to"
                                        + " 'O7' by realization"
                                        + " (MODEL/relations/RealizationRelationship_id-edbeecf9ab044d0585a103f41d7e1c81.xml:1),"
                                        + " not by influence; fix one of them",
                                "src/bmm/seed.model.yaml:9: warning [BMM083] the architecture model has no relation from"
                                        + " 'O1' to 'O2'; it is shown, but add it in Archi (or remove it here) so that both agree"));
    }
}
